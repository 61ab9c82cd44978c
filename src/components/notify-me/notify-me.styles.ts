import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  form,
  [part='confirmation'] {
    display: grid;
    /* minmax(0, 1fr): a field or a long word never makes the form wider than its card. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--sd-color-border, #dde1e5);
    border-radius: var(--sd-radius, 0.5rem);
    background: var(--sd-color-surface, #fff);
    overflow-wrap: anywhere;
  }
  [part='title'] {
    --_lines: 3;
    margin: 0;
    font-size: 1rem;
    font-weight: 700;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
  }
  label,
  legend {
    font-size: 0.875rem;
    font-weight: 600;
  }
  input[type='email'],
  input[type='tel'] {
    width: 100%;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--sd-color-border-strong, #9aa5b1);
    border-radius: var(--sd-radius, 0.5rem);
    font: inherit;
    color: inherit;
    background: var(--sd-color-surface, #fff);
  }
  input[aria-invalid='true'] {
    border-color: var(--sd-color-danger, #b42318);
  }
  .hint {
    font-size: 0.8125rem;
    color: var(--sd-color-muted, #52606d);
  }
  .error {
    font-size: 0.8125rem;
    color: var(--sd-color-danger, #b42318);
  }
  fieldset {
    /* A fieldset is as wide as its content by default (min-inline-size: min-content). */
    min-width: 0;
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    width: 100%;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
    font-weight: 400;
  }
  .choice input {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--sd-color-primary, #0b6e4f);
  }
  [part='submit'] {
    width: 100%;
  }
  [part='submit'][aria-busy='true'] {
    border-color: var(--sd-color-primary, #0b6e4f);
    background: var(--sd-color-primary, #0b6e4f);
    color: var(--sd-color-on-primary, #fff);
    opacity: 0.7;
    cursor: progress;
  }
  [part='message'] {
    margin: 0;
    font-size: 0.875rem;
  }
  [part='message'].failed {
    color: var(--sd-color-danger, #b42318);
  }
  [part='confirmation'] {
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    background: var(--sd-notify-confirmed-bg, #e3f4ea);
    border-color: transparent;
    color: var(--sd-notify-confirmed-color, #0f5f34);
  }
  [part='confirmation'] svg {
    width: 1.25rem;
    height: 1.25rem;
  }
  [part='confirmation'] p {
    margin: 0;
  }
`;
