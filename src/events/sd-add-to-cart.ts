/** Before a quick add adds to the cart; cancel it (`preventDefault()`) to stop the add. */
export interface SdAddToCartDetail {
  productId: number;
  quantity: number;
}
export type SdAddToCartEvent = CustomEvent<SdAddToCartDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-add-to-cart': SdAddToCartEvent;
  }
}
