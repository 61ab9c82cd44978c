import type { ShopError } from '../client/errors.js';

/** The shop refused an add or could not be reached. */
export interface SdAddErrorDetail {
  productId: number;
  quantity: number;
  error: ShopError;
  /** What the shopper was told. */
  reason: string;
}
export type SdAddErrorEvent = CustomEvent<SdAddErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-add-error': SdAddErrorEvent;
  }
}
