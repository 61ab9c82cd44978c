import { SdShop } from './shop.component.js';

export { SdShop };

if (!customElements.get('sd-shop')) customElements.define('sd-shop', SdShop);

declare global {
  interface HTMLElementTagNameMap {
    'sd-shop': SdShop;
  }
}
