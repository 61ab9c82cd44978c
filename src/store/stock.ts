/**
 * Stock of the products widgets show, one small atom per product. Look-ups go
 * through the client's batcher, so every badge of a listing shares one request.
 */
import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { ShopClient } from '../client/client.js';
import { ShopError } from '../client/errors.js';
import { log } from '../internal/log.js';
import type { StockInfo } from '../client/types.js';
import type { CartStore } from './cart.js';

export interface StockState {
  /**
   * `missing`: the shop does not know this product (left out of the answer, or its
   * entry was malformed). `error`: the look-up failed; the status is unknown.
   */
  state: 'loading' | 'ready' | 'error' | 'missing';
  /** The latest answer, or null before the first one. */
  info: StockInfo | null;
  error: ShopError | null;
}

export interface StockStoreOptions {
  client: () => ShopClient;
  cart?: CartStore;
  /** Called when a product starts being watched; returns what to call when it stops. */
  onWatch?: () => () => void;
}

export function createStockStore({ client, cart, onWatch }: StockStoreOptions) {
  const atoms = new Map<number, WritableAtom<StockState>>();
  const watched = new Set<number>();

  async function fetchStock(productId: number): Promise<void> {
    const $stock = atoms.get(productId)!;
    try {
      const info = await client().getStock(productId);
      $stock.set({ state: 'ready', info, error: null });
    } catch (error) {
      const failure =
        ShopError.from(error, '/products/stock-status');
      if (failure.kind === 'business' && failure.code === 404) {
        $stock.set({ state: 'missing', info: null, error: failure });
        return;
      }
      // What we knew may be wrong now: an unknown state is safer than a stale "In stock".
      $stock.set({ state: 'error', info: null, error: failure });
    }
  }

  /** The stock of one product; it is looked up while something listens. */
  function stockOf(productId: number): ReadableAtom<StockState> {
    let $stock = atoms.get(productId);
    if (!$stock) {
      const created = atom<StockState>({ state: 'loading', info: null, error: null });
      atoms.set(productId, created);
      onMount(created, () => {
        watched.add(productId);
        const release = onWatch?.();
        void fetchStock(productId);
        return () => {
          watched.delete(productId);
          release?.();
        };
      });
      $stock = created;
    }
    return $stock;
  }

  /** Asks the shop again for the given products (or every watched one). */
  function refresh(productIds?: Iterable<number>): void {
    const ids = productIds ? [...productIds] : undefined;
    client().invalidateStock(ids);
    for (const id of ids ?? watched) if (watched.has(id)) void fetchStock(id);
  }

  // A cart change moves stock (and tells us of other tabs' and shoppers' changes).
  cart?.onChange(({ cart: next, previous }) => {
    const changed = new Set<number>();
    const before = new Map(previous?.items.map((item) => [item.product_id, item]) ?? []);
    for (const item of next.items) {
      const old = before.get(item.product_id);
      if (!old || old.quantity !== item.quantity || old.stock_available !== item.stock_available) changed.add(item.product_id);
      before.delete(item.product_id);
    }
    for (const id of before.keys()) changed.add(id);
    if (changed.size > 0) refresh(changed);
  });

  return { stockOf, refresh };
}

export type StockStore = ReturnType<typeof createStockStore>;
