/** The shopper subscribed to a back-in-stock alert. Never holds the address. */
export interface SdSubscribeDetail {
  productId: number;
  channels: ('email' | 'sms')[];
}
export type SdSubscribeEvent = CustomEvent<SdSubscribeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-subscribe': SdSubscribeEvent;
  }
}
