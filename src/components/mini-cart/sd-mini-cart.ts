import '../quantity-selector/sd-quantity-selector.js';
import { SdMiniCart } from './mini-cart.component.js';
import type { CheckoutDetail } from './mini-cart.component.js';

export { SdMiniCart };
export type { CheckoutDetail } from './mini-cart.component.js';

if (!customElements.get('sd-mini-cart')) customElements.define('sd-mini-cart', SdMiniCart);

declare global {
  interface HTMLElementTagNameMap {
    'sd-mini-cart': SdMiniCart;
  }
  interface GlobalEventHandlersEventMap {
    'sd-cart-open': CustomEvent<Record<string, never>>;
    'sd-cart-close': CustomEvent<Record<string, never>>;
    'sd-checkout': CustomEvent<CheckoutDetail>;
  }
}
