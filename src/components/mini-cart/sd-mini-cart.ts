import '../quantity-selector/sd-quantity-selector.js';
import { SdMiniCart } from './mini-cart.component.js';

export { SdMiniCart };
// The events it fires; each file also adds its event to GlobalEventHandlersEventMap.
export type { SdCartOpenDetail, SdCartOpenEvent } from '../../events/sd-cart-open.js';
export type { SdCartCloseDetail, SdCartCloseEvent } from '../../events/sd-cart-close.js';
export type { SdRequestCloseDetail, SdRequestCloseEvent } from '../../events/sd-request-close.js';
export type { SdCheckoutDetail, SdCheckoutEvent } from '../../events/sd-checkout.js';

if (!customElements.get('sd-mini-cart')) customElements.define('sd-mini-cart', SdMiniCart);

declare global {
  interface HTMLElementTagNameMap {
    'sd-mini-cart': SdMiniCart;
  }
}
