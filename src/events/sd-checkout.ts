import type { CartView } from '../store/cart-math.js';

/** The shopper chose Checkout; cancel it (`preventDefault()`) to route the shopper yourself. */
export interface SdCheckoutDetail {
  url: string;
  cart: CartView;
}
export type SdCheckoutEvent = CustomEvent<SdCheckoutDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-checkout': SdCheckoutEvent;
  }
}
