import type { Cart } from '../client/types.js';

/** The shop confirmed an add. `quantity` counts every tap the confirmation covers. */
export interface SdAddedDetail {
  productId: number;
  quantity: number;
  /** The cart as the shop confirmed it. */
  cart: Cart;
}
export type SdAddedEvent = CustomEvent<SdAddedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-added': SdAddedEvent;
  }
}
