import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-width: 0;
    --_gap: var(--sd-bundle-list-gap, 1rem);
    /* A card's usual height (two or three products), given to what stands for a card
       before it is drawn: the placeholders, a card far from the viewport, and the
       element's box in smart-dairy-widgets.css. Keep the three in step. */
    --_card-height: var(--sd-bundle-list-card-height, 35.5rem);
  }
  [part='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sd-bundle-list-min, 15rem)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='item'] {
    display: flex;
    min-width: 0;
    /* A card far from the viewport is not styled, laid out or painted until the
       shopper scrolls near it (a list of 14 cards below the fold cost a slow phone one
       rendering step of about 200 ms). Meanwhile it keeps its box, the last size it
       had or else a card's usual height, and stays in the accessibility tree and in
       find-in-page. Its place clips what the card paints outside it: a theme that gives
       ::part(card) a shadow gives it to ::part(item), or sets the property to visible. */
    content-visibility: var(--sd-bundle-list-content-visibility, auto);
    contain-intrinsic-block-size: auto var(--_card-height);
  }
  [part='card'] {
    flex: 1 1 auto;
  }

  [part='controls'] {
    display: flex;
    justify-content: flex-end;
    gap: 0.25rem;
    margin-bottom: 0.5rem;
  }
  [part='controls'][hidden] {
    display: none;
  }
  [part='previous'],
  [part='next'] {
    border: 1px solid var(--sd-color-border, #dde1e5);
    background: var(--sd-color-surface, #fff);
    color: var(--sd-color-primary, #0b6e4f);
  }
  [part='previous'][aria-disabled='true'],
  [part='next'][aria-disabled='true'] {
    color: var(--sd-color-disabled, #9aa5b1);
    cursor: not-allowed;
  }
  [part='scroller'] {
    /* The containing block of the cards' absolutely positioned parts (badges, visually
       hidden text): without it they escape the scroller's clip and the host page
       scrolls sideways by the whole row's width. */
    position: relative;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    /* Room for the focus rings of the cards' controls, which the scroller would cut. */
    padding: 4px;
    scroll-padding-inline: 4px;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='scroller'] {
      scroll-behavior: smooth;
    }
  }
  :host([layout='row']) [part='list'] {
    display: flex;
    width: max-content;
    min-width: 100%;
  }
  :host([layout='row']) [part='item'] {
    flex: none;
    width: var(--sd-bundle-list-card-width, min(18rem, 85cqi));
    scroll-snap-align: start;
  }
  :host([layout='row']) [part='scroller'] {
    container-type: inline-size;
  }

  [part='loading'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sd-bundle-list-min, 15rem)), 1fr));
    gap: var(--_gap);
  }
  /* The row's placeholders take the row's place: the buttons' line above it (2.75rem and
     0.5rem), the scroller's 4px padding, and cards of the row's width side by side. */
  :host([layout='row']) [part='loading'] {
    display: flex;
    overflow: hidden;
    padding: calc(3.25rem + 4px) 4px 4px;
    container-type: inline-size;
  }
  :host([layout='row']) .skeleton {
    flex: none;
    width: var(--sd-bundle-list-card-width, min(18rem, 85cqi));
  }
  .skeleton {
    height: var(--_card-height);
    border-radius: calc(var(--sd-radius, 0.5rem) * 1.5);
  }
  [part='empty'],
  [part='error'] {
    margin: 0;
    padding: 1.5rem 1rem;
    border: 1px dashed var(--sd-color-border, #dde1e5);
    border-radius: var(--sd-radius, 0.5rem);
    text-align: center;
    color: var(--sd-color-muted, #52606d);
  }
  [part='error'] {
    display: grid;
    justify-items: center;
    gap: 0.75rem;
    color: var(--sd-color-danger, #b42318);
  }
  [part='error'] p {
    margin: 0;
  }
`;
