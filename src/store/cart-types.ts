/**
 * What the cart store tells the widgets: outcomes of changes, the load status,
 * notices for announcements, and change events for document events and tab sync.
 */
import type { ShopError } from '../client/errors.js';
import type { Cart } from '../client/types.js';

export type CartOutcome =
  | {
      ok: true;
      cart: Cart;
      message?: string;
      /** For a product's change: its quantity in the confirmed cart now. */
      quantity?: number;
      /** The shopper asked for more than the shop has; this many are in the cart. */
      limitedTo?: number;
      /** Why it was limited (an "Insufficient stock" refusal). */
      error?: ShopError;
      /**
       * The cart holds a quantity this browser's changes do not explain (a late
       * commit, a repeated request, another device): say "Your cart now has N".
       */
      unexpected?: true;
    }
  | { ok: false; error: ShopError; cart: Cart | null };

export interface CartStatus {
  state: 'idle' | 'loading' | 'ready' | 'error';
  /** Why the last load failed (state `error`). */
  error: ShopError | null;
  /** The first load is taking longer than a few seconds. */
  slow?: boolean;
  /** State `error`, while the load is still being tried again behind. */
  retrying?: boolean;
  /** The shop answered with another cart and the lines it had confirmed are gone. */
  forgotten?: boolean;
}

/** What happened, for announcements (aria-live) and host events. */
export type CartNotice =
  | { type: 'added' | 'updated' | 'removed' | 'cleared'; productId?: number; quantity?: number; at: number }
  | { type: 'limited'; productId: number; quantity: number; error: ShopError; at: number }
  | { type: 'failed'; productId?: number; error: ShopError; at: number }
  /** The cart holds `quantity` of the product, which this browser's changes do not explain. */
  | { type: 'unexpected'; productId: number; quantity: number; at: number }
  /** The shop forgot the cart it had confirmed (its cookie was not kept). */
  | { type: 'forgotten'; at: number };

/** Why the confirmed cart changed: drives document events and tab sync. */
export type ChangeSource = 'load' | 'mutation' | 'remote';

export interface CartChangeEvent {
  cart: Cart;
  previous: Cart | null;
  source: ChangeSource;
}

export interface CartAddEvent {
  cart: Cart;
  productId?: number;
  bundleId?: number;
  /** How many were asked for. */
  quantity: number;
}
