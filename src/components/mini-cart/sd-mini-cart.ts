import '../quantity-selector/sd-quantity-selector.js';
import { SdMiniCart } from './mini-cart.component.js';

export { SdMiniCart };

if (!customElements.get('sd-mini-cart')) customElements.define('sd-mini-cart', SdMiniCart);

declare global {
  interface HTMLElementTagNameMap {
    'sd-mini-cart': SdMiniCart;
  }
}
