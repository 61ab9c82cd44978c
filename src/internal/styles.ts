import { css } from 'lit';

/**
 * Shared design tokens. Element tokens are read with fallbacks (never declared on
 * :host) so that any ancestor, e.g. a theme's :root, can set them.
 */
export const base = css`
  :host {
    font-family: var(--sd-font-family, inherit);
    color: var(--sd-color-text, #1f2933);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--sd-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  .spinner {
    width: 1em;
    height: 1em;
    flex: none;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: sd-spin 0.7s linear infinite;
  }
  @keyframes sd-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2s;
    }
  }
`;

/** The loading placeholder's shimmer (each element sets its placeholders' size and corners). */
export const skeletonStyles = css`
  .skeleton {
    background: linear-gradient(90deg, #eef0f2 25%, #f6f7f8 50%, #eef0f2 75%);
    background-size: 200% 100%;
    animation: shimmer 1.2s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
