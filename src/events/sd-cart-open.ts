/** The shopper opened the mini cart's drawer (not fired when a host sets `open`). */
export type SdCartOpenDetail = Record<string, never>;
export type SdCartOpenEvent = CustomEvent<SdCartOpenDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-cart-open': SdCartOpenEvent;
  }
}
