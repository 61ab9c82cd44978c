import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-width: 0;
    container-type: inline-size;
    --_radius: var(--sd-radius, 0.5rem);
    --_muted: var(--sd-color-muted, #52606d);
    --_line-height: 1.3;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    border: 1px solid var(--sd-color-border, #dde1e5);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--sd-color-surface, #fff);
  }
  [part='media'] {
    position: relative;
    flex: none;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    background: #f1f3f5;
  }
  [part='image'],
  [part='composition'] img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  [part='composition'] {
    display: grid;
    height: 100%;
    grid-template-columns: repeat(2, 1fr);
    gap: 2px;
  }
  [part='composition'].n1 {
    grid-template-columns: 1fr;
  }
  [part='composition'].n3 img:first-child {
    grid-row: span 2;
  }
  [part='composition'].n4 {
    grid-template-rows: repeat(2, 1fr);
  }
  [part='composition'] img {
    min-height: 0;
  }
  [part='highlight'] {
    position: absolute;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    inset: 0.5rem auto auto 0.5rem;
    max-width: calc(100% - 1rem);
    padding: 0.2rem 0.55rem;
    border-radius: 999px;
    background: var(--sd-bundle-card-highlight-bg, #b42318);
    color: #fff;
    font-size: 0.75rem;
    font-weight: 700;
    line-height: var(--_line-height);
  }
  :host([state='unavailable']) [part='media'] > img,
  :host([state='unavailable']) [part='composition'] {
    opacity: 0.55;
    filter: grayscale(0.6);
  }
  .body {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem;
    min-width: 0;
  }
  p {
    margin: 0;
  }
  [part='type'] {
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--sd-color-primary, #0b6e4f);
  }
  [part='name'] {
    --_lines: 2;
    font-size: 1.0625rem;
    font-weight: 700;
    line-height: var(--_line-height);
  }
  [part='products'] {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  [part='product'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
    line-height: var(--_line-height);
  }
  [part='product-image'] {
    flex: none;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: calc(var(--_radius) * 0.75);
    object-fit: cover;
    background: #f1f3f5;
  }
  .product-text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  [part='product-short'] {
    color: var(--sd-color-danger, #b42318);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  [part='prices'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5rem;
    margin-top: auto;
    padding-top: 0.25rem;
    font-variant-numeric: tabular-nums;
  }
  [part='original-price'] {
    color: var(--_muted);
  }
  [part='final-price'] {
    font-size: 1.375rem;
    line-height: 1.2;
  }
  [part='saving'] {
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--sd-bundle-card-saving-color, #137333);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
    min-width: 0;
  }
  [part='limit'] {
    flex: 0 0 100%;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  [part='quantity'] {
    flex: none;
    max-width: 100%;
  }
  /* Beside the quantity when "Add bundle to cart" fits on one line, else under it, full width. */
  [part='button'] {
    flex: 1 1 11rem;
    min-width: 0;
  }
  :host([state='added']) [part='button'] {
    background: var(--sd-color-success, #137333);
    border-color: var(--sd-color-success, #137333);
  }
  /* Two lines kept whether or not there is a message: buttons of a row of cards stay in line. */
  [part='status'] {
    --_lines: 2;
    flex: 0 0 100%;
    contain: inline-size;
    height: calc(2 * var(--_line-height) * 1em);
    font-size: 0.8125rem;
    line-height: var(--_line-height);
    color: var(--_muted);
  }
  :host([state='error']) [part='status'],
  .absent [part='status'] {
    color: var(--sd-color-danger, #b42318);
  }
  .absent {
    gap: 0.75rem;
    padding: 0.75rem;
  }
  .absent [part='status'] {
    height: auto;
    font-size: 0.875rem;
  }
  /*
   * The details take at least the height of a three-product bundle's, loading or drawn, so that
   * a card at the top of a page moves nothing under it when its bundle arrives (the page's head
   * stylesheet reserves the same box); a bundle with more products grows.
   */
  .body {
    min-height: calc(var(--sd-bundle-card-body-height, 23.375rem) + var(--_button-line, 0rem));
  }
  .skeleton {
    border-radius: var(--_radius);
  }
  .skeleton.media {
    flex: none;
    aspect-ratio: 16 / 9;
    border-radius: 0;
  }
  .skeleton.line {
    height: 1.25rem;
  }
  .skeleton.short {
    width: 60%;
  }
  /* Where the drawn button is: above the status line's two lines. */
  .skeleton.action {
    height: 2.75rem;
    margin: auto 0 calc(0.5rem + 2 * var(--_line-height) * 0.8125rem);
  }
  /* The button under the quantity, full width, where the two do not fit side by side. */
  @container (width < 21.75rem) {
    [part='button'] {
      flex-basis: 100%;
    }
    .body {
      --_button-line: 3rem;
    }
  }
  /* A narrow card (160 px): the quantity selector and the button keep their full size. */
  @container (max-width: 12rem) {
    .body {
      padding: 0.5rem;
    }
  }
  /* A wide card (a single deal on a page): picture beside the details. */
  @container (min-width: 36rem) {
    [part='base']:not(.absent) {
      flex-direction: row;
    }
    [part='media'],
    .skeleton.media {
      flex: 0 0 45%;
      aspect-ratio: auto;
      min-height: 16rem;
    }
    /* The picture fills the details' height; its own size does not make the card taller. */
    [part='media'] > img,
    [part='composition'] {
      position: absolute;
      inset: 0;
    }
  }
`;
