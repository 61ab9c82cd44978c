import type { ShopError } from '../client/errors.js';

/** The outcome of a shopper's "Add bundle to cart", for measuring the uptake of bundles. */
export interface SdAddBundleDetail {
  bundleId: number;
  /** How many bundles were asked for. */
  quantity: number;
  /** The shop accepted the add (its lines may still lack a component the shop was short of: see the card's status). */
  ok: boolean;
  /** Why not, when `ok` is false. */
  error?: ShopError;
}
export type SdAddBundleEvent = CustomEvent<SdAddBundleDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-add-bundle': SdAddBundleEvent;
  }
}
