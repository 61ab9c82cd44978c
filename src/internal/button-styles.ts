import { css } from 'lit';

/**
 * The widgets' buttons, styled once. `.button` is a text button or link
 * (`.primary` filled, `.secondary` outlined); `.icon-button` is a round 44 px
 * touch target holding one icon. Disabled buttons use `aria-disabled="true"`
 * (they stay focusable, so the reason next to them can be found).
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.5rem 1rem;
    border: 1px solid var(--sd-color-primary, #0b6e4f);
    border-radius: var(--sd-radius, 0.5rem);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    cursor: pointer;
    transition: background-color 0.15s ease;
    -webkit-tap-highlight-color: transparent;
  }
  .button.primary {
    background: var(--sd-color-primary, #0b6e4f);
    color: var(--sd-color-on-primary, #fff);
  }
  .button.primary:hover:not([aria-disabled='true']) {
    background: var(--sd-color-primary-hover, #095c42);
  }
  .button.secondary {
    background: transparent;
    color: var(--sd-color-primary, #0b6e4f);
  }
  .button.secondary:hover:not([aria-disabled='true']) {
    background: var(--sd-color-primary-soft, #e6f4ef);
  }
  .button[aria-disabled='true'] {
    border-color: transparent;
    background: var(--sd-color-disabled-bg, #e4e7eb);
    color: var(--sd-color-disabled, #616e7c);
    cursor: not-allowed;
  }
  .button svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  .icon-button:hover {
    background: rgb(0 0 0 / 0.06);
  }
  .icon-button svg {
    width: 1.25rem;
    height: 1.25rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
`;
