import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='list'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .round {
    display: inline-grid;
    place-items: center;
    width: var(--sd-share-size, 2.75rem);
    height: var(--sd-share-size, 2.75rem);
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: var(--_bg);
    color: var(--sd-share-color, #fff);
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  .round:hover {
    filter: brightness(0.88);
  }
  .round svg {
    width: 56%;
    height: 56%;
  }
  .whatsapp {
    --_bg: var(--sd-share-whatsapp, #0f7b5f);
  }
  .facebook {
    --_bg: var(--sd-share-facebook, #1461cc);
  }
  .x {
    --_bg: var(--sd-share-x, #000);
  }
  .telegram {
    --_bg: var(--sd-share-telegram, #1a73a8);
  }
  .linkedin {
    --_bg: var(--sd-share-linkedin, #0a66c2);
  }
  .email {
    --_bg: var(--sd-share-email, #52606d);
  }
  .copy {
    --_bg: var(--sd-share-copy, #52606d);
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: var(--sd-share-size, 2.75rem);
    max-width: 100%;
    padding: 0 1rem;
    border: 1px solid var(--sd-color-primary, #0b6e4f);
    border-radius: 999px;
    background: transparent;
    color: var(--sd-color-primary, #0b6e4f);
    font-weight: 600;
    cursor: pointer;
  }
  .pill:hover {
    background: var(--sd-color-primary-soft, #e6f4ef);
  }
  .pill svg {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
  }
  [part='fallback'] {
    flex: 1 1 100%;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    font-size: 0.875rem;
  }
  [part='fallback-input'] {
    width: 100%;
    min-width: 0;
    padding: 0.5rem;
    border: 1px solid var(--sd-color-border, #9aa5b1);
    border-radius: var(--sd-radius, 0.5rem);
    font: inherit;
    color: inherit;
    background: var(--sd-color-surface, #fff);
  }
  [part='status'] {
    flex: 1 1 100%;
    margin: 0;
    font-size: 0.875rem;
    color: var(--sd-color-muted, #52606d);
    overflow-wrap: anywhere;
  }
`;
