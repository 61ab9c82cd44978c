import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    vertical-align: middle;
  }
  .message {
    /* As wide as the control, never wider: a message moves nothing beside it. */
    align-self: stretch;
    contain: inline-size;
    margin-top: 0.25rem;
    font-size: 0.8125rem;
    color: var(--sd-color-danger, #b42318);
  }
  [part='group'] {
    display: inline-flex;
    align-items: stretch;
    border: 1px solid var(--sd-color-border, #c7ccd1);
    border-radius: var(--sd-radius, 0.5rem);
    background: var(--sd-color-surface, #fff);
    overflow: hidden;
    height: var(--sd-quantity-height, 2.5rem);
  }
  button {
    all: unset;
    box-sizing: border-box;
    display: grid;
    place-items: center;
    /* 44 px is the smallest comfortable touch target. */
    min-width: var(--sd-quantity-button-width, 2.75rem);
    cursor: pointer;
    color: var(--sd-color-primary, #0b6e4f);
    font-size: 1.25rem;
    line-height: 1;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }
  button:hover:not([aria-disabled='true']) {
    background: var(--sd-color-primary-soft, #e6f4ef);
  }
  button[aria-disabled='true'] {
    color: var(--sd-color-disabled, #9aa5b1);
    cursor: not-allowed;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--sd-color-focus, #1a73e8);
    outline-offset: -3px;
  }
  input {
    width: var(--sd-quantity-input-width, 3rem);
    border: 0;
    border-inline: 1px solid var(--sd-color-border, #c7ccd1);
    text-align: center;
    font: inherit;
    font-variant-numeric: tabular-nums;
    color: inherit;
    background: transparent;
    padding: 0;
    -moz-appearance: textfield;
  }
  :host([disabled]) [part='group'] {
    opacity: 0.6;
  }
  :host([size='small']) [part='group'] {
    height: 2.25rem;
  }
  svg {
    width: 1rem;
    height: 1rem;
  }
`;
