import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  [part='scroller'] {
    /* Products are sized against the row (cqi), never against their own content. */
    container-type: inline-size;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scrollbar-width: thin;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='scroller'] {
      scroll-behavior: smooth;
    }
  }
  [part='list'] {
    display: flex;
    gap: 0.75rem;
    width: max-content;
    margin: 0;
    /* Room for the focus ring, which the scroller would otherwise cut. */
    padding: 0.3125rem;
    list-style: none;
  }
  [part='item'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    width: var(--sd-recently-viewed-item-width, 9.5rem);
    width: min(var(--sd-recently-viewed-item-width, 9.5rem), 80cqi);
    scroll-snap-align: start;
    scroll-margin-inline: 0.3125rem;
  }
  [part='link'] {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    color: inherit;
    text-decoration: none;
    border-radius: var(--sd-radius, 0.5rem);
  }
  a[part='link']:hover [part='name'] {
    text-decoration: underline;
  }
  [part='image'] {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 1;
    object-fit: cover;
    border-radius: var(--sd-radius, 0.5rem);
    background: var(--sd-color-image-bg, #eef0f2);
  }
  [part='name'] {
    --_lines: 2;
    font-size: 0.875rem;
    line-height: 1.3;
  }
  [part='price'] {
    font-weight: 700;
    font-size: 0.9375rem;
  }
  [part='quick-add'] {
    display: block;
    margin-top: auto;
  }
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  [part='previous'],
  [part='next'] {
    border: 1px solid var(--sd-color-border, #c7ccd1);
  }
  [part='previous'][aria-disabled='true'],
  [part='next'][aria-disabled='true'] {
    opacity: 0.4;
    cursor: default;
  }
  [part='previous'][aria-disabled='true']:hover,
  [part='next'][aria-disabled='true']:hover {
    background: transparent;
  }
  [part='controls'] [hidden] {
    display: none;
  }
  [part='clear'] {
    margin-inline-start: auto;
    font-size: 0.875rem;
  }
`;
