import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    overscroll-behavior-x: contain;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
  }
  [part='section'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  [part='section-title'],
  [part='faqs-title'] {
    margin: 0;
    font-size: 1.0625rem;
    font-weight: 700;
    line-height: 1.3;
  }
  [part='text'] {
    margin: 0;
  }
  [part='list'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part='list'] li + li {
    margin-top: 0.25rem;
  }
  [part='table'] {
    width: 100%;
    /* Words stay whole in a table: a narrow column scrolls it instead of breaking them letter by letter. */
    overflow-wrap: normal;
    border-collapse: collapse;
    font-size: 0.875rem;
    line-height: 1.35;
  }
  caption {
    padding-bottom: 0.375rem;
    text-align: start;
    color: var(--sd-color-muted, #52606d);
  }
  th,
  td {
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--sd-color-border, #dde1e5);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--sd-product-guide-table-head, #f3f5f4);
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  [part='faqs'] {
    display: flex;
    flex-direction: column;
  }
  [part='faqs-title'] {
    margin-bottom: 0.25rem;
  }
  .faq {
    border-bottom: 1px solid var(--sd-color-border, #dde1e5);
  }
  [part='question'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.625rem 0.25rem;
    border: 0;
    background: transparent;
    color: inherit;
    font-weight: 600;
    line-height: 1.35;
    text-align: start;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  [part='question'] > span {
    min-width: 0;
  }
  [part='question'] svg {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    color: var(--sd-color-primary, #0b6e4f);
    transition: transform 0.2s ease;
  }
  [part='question'][aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  [part='answer'] {
    padding: 0 0.25rem 0.75rem;
  }
  /* A closed answer (hidden="until-found" keeps its box for find-in-page) takes no room. */
  [part='answer'][hidden] {
    padding: 0;
  }
  [part='answer'] p {
    margin: 0;
  }
  [part='answer'] p + p {
    margin-top: 0.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    [part='question'] svg {
      transition: none;
    }
  }
`;
