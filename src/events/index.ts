/**
 * Every `sd-*` event: its detail type, its event type, and (in each file) its entry
 * in `GlobalEventHandlersEventMap`, so `el.addEventListener('sd-added', (e) =>
 * e.detail.cart)` is typed in a host app without a cast.
 */
import type { SdAddToCartDetail } from './sd-add-to-cart.js';
import type { SdAddedDetail } from './sd-added.js';
import type { SdAddErrorDetail } from './sd-add-error.js';
import type { SdCartCloseDetail } from './sd-cart-close.js';
import type { SdCartOpenDetail } from './sd-cart-open.js';
import type { SdCheckoutDetail } from './sd-checkout.js';
import type { SdRequestCloseDetail } from './sd-request-close.js';
import type { SdSubscribeDetail } from './sd-subscribe.js';
import type { SdBundleViewDetail } from './sd-bundle-view.js';
import type { SdAddBundleDetail } from './sd-add-bundle.js';
import type { SdShareDetail } from './sd-share.js';

export type * from './sd-add-to-cart.js';
export type * from './sd-added.js';
export type * from './sd-add-error.js';
export type * from './sd-cart-close.js';
export type * from './sd-cart-open.js';
export type * from './sd-checkout.js';
export type * from './sd-request-close.js';
export type * from './sd-subscribe.js';
export type * from './sd-bundle-view.js';
export type * from './sd-add-bundle.js';
export type * from './sd-share.js';

/** Event name → detail, for the elements' typed `emit`. */
export interface SdEventDetails {
  'sd-add-to-cart': SdAddToCartDetail;
  'sd-added': SdAddedDetail;
  'sd-add-error': SdAddErrorDetail;
  'sd-cart-open': SdCartOpenDetail;
  'sd-cart-close': SdCartCloseDetail;
  'sd-request-close': SdRequestCloseDetail;
  'sd-checkout': SdCheckoutDetail;
  'sd-subscribe': SdSubscribeDetail;
  'sd-bundle-view': SdBundleViewDetail;
  'sd-add-bundle': SdAddBundleDetail;
  'sd-share': SdShareDetail;
}
