import { css } from 'lit';

export const styles = css`
  /* The same box before the script runs (smart-dairy-widgets.css) and in every state. */
  :host {
    display: inline-block;
    max-width: 100%;
    min-height: calc(3.25rem + var(--sd-quick-add-status-lines, 2) * 1.05625rem);
    vertical-align: top;
    --_lines: var(--sd-quick-add-status-lines, 2);
    --_line-height: 1.3;
  }
  [part='base'] {
    /* The quantity selector's own message is laid over the status lines (see below). */
    position: relative;
    display: flex;
    flex-wrap: wrap;
    /* A message under the quantity never moves the button. */
    align-items: flex-start;
    gap: 0.5rem;
  }
  [part='button'] {
    flex: 1 1 auto;
    min-width: 0;
  }
  :host([state='added']) [part='button'] {
    background: var(--sd-color-success, #137333);
    border-color: var(--sd-color-success, #137333);
  }
  /*
   * The status lines keep their space whether or not there is a message, so a
   * message never moves this button out of line with the buttons of other cards.
   * contain: inline-size keeps a long message from widening the element.
   */
  .notes {
    flex: 0 0 100%;
    contain: inline-size;
    display: flex;
    flex-direction: column;
    --_lines: var(--sd-quick-add-status-lines, 2);
    height: calc(var(--_lines) * var(--_line-height) * 1em);
    overflow: hidden;
    font-size: 0.8125rem;
    line-height: var(--_line-height);
  }
  [part='status'] {
    margin: 0;
    color: var(--sd-color-muted, #52606d);
  }
  /* The link to the product page keeps the last line; the reason gets the others. */
  [part='status']:has(+ [part='product-link']) {
    --_lines: calc(var(--sd-quick-add-status-lines, 2) - 1);
  }
  [part='product-link'] {
    flex: none;
    color: var(--sd-color-primary, #0b6e4f);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  :host([state='error']) [part='status'] {
    color: var(--sd-color-danger, #b42318);
  }
  /* The quantity selector's message ("Please enter a whole number") covers the status lines instead of pushing them down. */
  sd-quantity-selector::part(message) {
    position: absolute;
    inset: auto 0 0 0;
    height: calc(var(--_lines) * var(--_line-height) * 0.8125rem);
    margin: 0;
    overflow: hidden;
    font-size: 0.8125rem;
    line-height: var(--_line-height);
    background: var(--sd-color-surface, #fff);
  }
  [part='quantity'] {
    flex: none;
  }
`;
