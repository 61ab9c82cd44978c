import { css } from 'lit';

export const styles = css`
  /*
   * The same box in every state — loading, each status, nothing to show — as
   * smart-dairy-widgets.css gives it before the script runs: no layout shift.
   * The line height is the badge's own, so the page's line height changes nothing.
   */
  :host {
    display: inline-block;
    min-height: 1.75rem;
    min-width: 6rem;
    max-width: 100%;
    vertical-align: middle;
    line-height: 1.25rem;
    overflow-wrap: anywhere;
  }
  [part='badge'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.25rem 0.625rem;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.25rem;
    max-width: 100%;
    background: var(--_bg);
    color: var(--_fg);
  }
  :host([status='in_stock']) {
    --_bg: var(--sd-stock-in-bg, #e3f4ea);
    --_fg: var(--sd-stock-in-color, #0f5f34);
  }
  :host([status='low_stock']) {
    --_bg: var(--sd-stock-low-bg, #fff1d6);
    --_fg: var(--sd-stock-low-color, #7a4300);
  }
  :host([status='out_of_stock']) {
    --_bg: var(--sd-stock-out-bg, #fde7e7);
    --_fg: var(--sd-stock-out-color, #9b1c1c);
  }
  :host([status='preorder']) {
    --_bg: var(--sd-stock-preorder-bg, #e8eefc);
    --_fg: var(--sd-stock-preorder-color, #1e429f);
  }
  svg {
    width: 1rem;
    height: 1rem;
    flex: none;
  }
  [part='details'] {
    display: block;
    margin-top: 0.25rem;
    font-size: 0.8125rem;
    color: var(--sd-color-muted, #52606d);
  }
  :host([compact]) [part='badge'] {
    padding: 0.125rem 0.5rem;
    font-size: 0.75rem;
    line-height: 1rem;
  }
  /* Compact (product cards): one line, always 1.25rem tall; details cut with an ellipsis (the label says the status). */
  :host([compact]) {
    min-height: 1.25rem;
    height: 1.25rem;
    line-height: 1rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  :host([compact]) [part='details'] {
    display: inline;
    margin: 0 0 0 0.375rem;
    font-size: 0.75rem;
  }
  .placeholder {
    display: inline-block;
    width: 6rem;
    max-width: 100%;
    height: 1.25rem;
    border-radius: 999px;
    background: var(--sd-stock-placeholder, #eef0f2);
  }
`;
