import { SdStockBadge } from './stock-badge.component.js';

export { SdStockBadge };

if (!customElements.get('sd-stock-badge')) customElements.define('sd-stock-badge', SdStockBadge);

declare global {
  interface HTMLElementTagNameMap {
    'sd-stock-badge': SdStockBadge;
  }
}
