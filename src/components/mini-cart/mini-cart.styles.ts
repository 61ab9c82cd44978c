import { css } from 'lit';

export const styles = css`
  /* The same box before the script runs (smart-dairy-widgets.css). */
  :host {
    display: inline-block;
    min-width: 2.75rem;
    min-height: 2.75rem;
    vertical-align: middle;
    --_primary: var(--sd-color-primary, #0b6e4f);
    --_border: var(--sd-color-border, #dde1e5);
    --_muted: var(--sd-color-muted, #52606d);
    --_surface: var(--sd-color-surface, #fff);
    --_radius: var(--sd-radius, 0.5rem);
  }

  [part='toggle'] {
    position: relative;
    background: var(--sd-mini-cart-toggle-bg, transparent);
    color: var(--sd-mini-cart-toggle-color, currentColor);
  }
  [part='toggle']:hover {
    background: var(--sd-mini-cart-toggle-hover-bg, rgb(0 0 0 / 0.06));
  }
  [part='toggle'] svg {
    width: 1.5rem;
    height: 1.5rem;
  }
  [part='badge'] {
    position: absolute;
    top: 0;
    right: 0;
    min-width: 1.25rem;
    height: 1.25rem;
    padding: 0 0.3rem;
    border-radius: 999px;
    background: var(--sd-mini-cart-badge-bg, #c81e1e);
    color: var(--sd-mini-cart-badge-color, #fff);
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  dialog {
    position: fixed;
    inset: 0 0 0 auto;
    margin: 0;
    padding: 0;
    width: min(var(--sd-mini-cart-width, 25rem), 100vw);
    max-width: 100vw;
    height: 100dvh;
    max-height: none;
    border: 0;
    background: var(--_surface);
    color: var(--sd-color-text, #1f2933);
    box-shadow: -8px 0 24px rgb(0 0 0 / 0.18);
    z-index: var(--sd-z-index, 1055);
    overscroll-behavior: contain;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    animation: slide-in 0.25s ease-out;
  }
  dialog::backdrop {
    background: var(--sd-mini-cart-backdrop, rgb(15 23 42 / 0.45));
    animation: fade-in 0.25s ease-out;
  }
  @keyframes slide-in {
    from {
      transform: translateX(100%);
    }
  }
  @keyframes fade-in {
    from {
      opacity: 0;
    }
  }
  @media (max-width: 30rem) {
    dialog {
      width: 100vw;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    dialog[open],
    dialog::backdrop {
      animation: none;
    }
  }

  [part='header'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 1rem 1.25rem;
    border-bottom: 1px solid var(--_border);
  }
  [part='title'] {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  [part='title']:focus {
    outline: none;
  }
  .count {
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--_muted);
  }

  [part='body'] {
    flex: 1 1 auto;
    overflow-y: auto;
    padding: 0 1.25rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part='line'] {
    display: grid;
    grid-template-columns: 4rem minmax(0, 1fr) auto;
    grid-template-areas: 'image info total' 'image controls controls' 'image notes notes';
    column-gap: 0.75rem;
    padding: 1rem 0;
    border-bottom: 1px solid var(--_border);
  }
  [part='line-image'] {
    grid-area: image;
  }
  .info {
    grid-area: info;
    min-width: 0;
  }
  .controls {
    grid-area: controls;
  }
  .notes {
    grid-area: notes;
  }
  [part='line'][aria-busy='true'] [part='line-total'] {
    opacity: 0.6;
  }
  [part='line-image'] {
    width: 4rem;
    height: 4rem;
    border-radius: var(--_radius);
    object-fit: cover;
    background: #f1f3f5;
  }
  [part='line-name'] {
    --_lines: 2;
    margin: 0 0 0.125rem;
    font-size: 0.9375rem;
    font-weight: 600;
    line-height: 1.3;
  }
  [part='line-price'] {
    margin: 0 0 0.5rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .controls {
    display: flex;
    /* Top-aligned: a message under the quantity never moves the remove button. */
    align-items: flex-start;
    gap: 0.5rem;
  }
  [part='quantity-readonly'] {
    display: flex;
    align-items: center;
    min-height: 2.25rem;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  [part='remove'] {
    width: 2.5rem;
    height: 2.5rem;
    border-radius: var(--_radius);
    color: var(--sd-color-danger, #b42318);
  }
  [part='remove']:hover {
    background: rgb(180 35 24 / 0.08);
  }
  [part='remove'] svg {
    width: 1.125rem;
    height: 1.125rem;
  }
  [part='low-stock'] svg {
    width: 0.875rem;
    height: 0.875rem;
    flex: none;
  }
  [part='low-stock'],
  [part='line-error'] {
    margin: 0.375rem 0 0;
    font-size: 0.8125rem;
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  [part='low-stock'] {
    color: var(--sd-color-warning, #8a4b00);
  }
  [part='line-error'] {
    color: var(--sd-color-danger, #b42318);
  }
  [part='line-total'] {
    grid-area: total;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    display: flex;
    align-items: flex-start;
    gap: 0.25rem;
  }
  [part='bundle'] {
    padding-top: 0.75rem;
  }
  [part='bundle-title'] {
    margin: 0;
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_primary);
  }
  [part='bundle'] [part='line'] {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--sd-color-primary-soft, #cde8df);
  }

  [part='empty'],
  [part='loading'],
  [part='error'] {
    display: grid;
    justify-items: center;
    gap: 1rem;
    padding: 3rem 1rem;
    text-align: center;
    color: var(--_muted);
  }
  [part='empty'] svg {
    width: 4rem;
    height: 4rem;
    color: #b8c0c8;
  }
  .skeleton {
    width: 100%;
    height: 4rem;
    border-radius: var(--_radius);
  }

  [part='footer'] {
    padding: 1rem 1.25rem calc(1rem + env(safe-area-inset-bottom));
    border-top: 1px solid var(--_border);
    display: grid;
    gap: 0.5rem;
  }
  [part='subtotal'] {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    margin: 0;
    font-weight: 700;
  }
  [part='subtotal'] strong {
    font-size: 1.25rem;
    font-variant-numeric: tabular-nums;
  }
  .note {
    margin: 0 0 0.5rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  [part='footer'] .button {
    display: flex;
  }
`;
