import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part='button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid transparent;
    border-radius: var(--sd-radius, 0.5rem);
    background: var(--sd-color-primary, #0b6e4f);
    color: var(--sd-color-on-primary, #fff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    flex: 1 1 auto;
    transition: background-color 0.15s ease;
    -webkit-tap-highlight-color: transparent;
  }
  [part='button']:hover:not([aria-disabled='true']) {
    background: var(--sd-color-primary-hover, #095c42);
  }
  [part='button'][aria-disabled='true'] {
    background: var(--sd-color-disabled-bg, #e4e7eb);
    color: var(--sd-color-disabled, #616e7c);
    cursor: not-allowed;
  }
  :host([data-state='added']) [part='button'] {
    background: var(--sd-color-success, #137333);
  }
  [part='status'] {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.8125rem;
    min-height: 1.2em;
    color: var(--sd-color-muted, #52606d);
  }
  :host([data-state='error']) [part='status'] {
    color: var(--sd-color-danger, #b42318);
  }
  svg {
    width: 1.1em;
    height: 1.1em;
  }
  @media (prefers-reduced-motion: reduce) {
    [part='button'] {
      transition: none;
    }
  }
`;
