/** The shopper closed the mini cart's drawer (not fired when a host sets `open`). */
export type SdCartCloseDetail = Record<string, never>;
export type SdCartCloseEvent = CustomEvent<SdCartCloseDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-cart-close': SdCartCloseEvent;
  }
}
