/**
 * The mock shop's state and the seed's business rules, ported from its Python,
 * one module per model: cart.session (cart.ts), product.product's stock
 * (stock.ts), stock.subscriber (subscriptions.ts) and product.bundle
 * (bundles.ts). Where the Python returns an error dict, so does this; where it
 * would raise, this throws an OdooError (a JSON-RPC error on the wire).
 */
import type { StockInfo } from '../../src/client/types.js';
import { activeBundles, bundleAddToCart, bundleAvailable, bundleInfo } from './bundles.js';
import { addItem, clearCart, session, summary, updateItemQuantity } from './cart.js';
import { applySnapshot, readSnapshot, takeSnapshot, type DbSnapshot } from './snapshot.js';
import { stockInfo, stockStatus } from './stock.js';
import { notifySubscribers, subscribe } from './subscriptions.js';
import { freshState, isError, type ChangeMessage, type DbState, type SeedLine } from './state.js';

export { OdooError, type ChangeMessage, type ErrorResult, type SentNotification, type StoredLine, type Subscriber, type SeedLine } from './state.js';
export type { DbSnapshot } from './snapshot.js';

export function createDb() {
  let state: DbState = freshState();
  /** Live messages, as the shop would push them (stock.updated, cart.updated). */
  const listeners = new Set<(message: ChangeMessage) => void>();
  /** Called after anything that changes the state (for persistence). */
  const writers = new Set<() => void>();

  const emit = (message: ChangeMessage) => listeners.forEach((listener) => listener(message));
  const written = () => writers.forEach((writer) => writer());
  /** Wraps a state-changing rule so that persistence hears of it. */
  const writes =
    <A extends unknown[], R>(rule: (state: DbState, ...args: A) => R) =>
    (...args: A): R => {
      const result = rule(state, ...args);
      written();
      return result;
    };

  /** Sets a product's stock; a restock notifies its subscribers, as the shop would. */
  function setStock(productId: number, qty: number): StockInfo | undefined {
    const product = state.products.get(productId);
    if (!product) return undefined;
    product.qty_available = qty;
    if (stockStatus(product) !== 'out_of_stock') notifySubscribers(state, productId);
    written();
    emit({ type: 'stock.updated', product_ids: [productId] });
    return stockInfo(state, product);
  }

  return {
    reset(): void {
      state = freshState();
      written();
    },
    session(sessionId?: string) {
      const found = session(state, sessionId);
      if (found.created) written();
      return found;
    },
    summary: (sessionId: string, lang?: string) => summary(state, sessionId, lang),
    addItem: writes(addItem),
    updateItemQuantity: writes(updateItemQuantity),
    clearCart: writes(clearCart),
    stockStatus,
    stockInfo: (product: Parameters<typeof stockInfo>[1]) => stockInfo(state, product),
    subscribe: writes(subscribe),
    notifySubscribers: writes(notifySubscribers),
    bundleInfo: (bundle: Parameters<typeof bundleInfo>[1], lang?: string) => bundleInfo(state, bundle, lang),
    bundleAvailable: (bundle: Parameters<typeof bundleAvailable>[1]) => bundleAvailable(state, bundle),
    activeBundles: () => activeBundles(state),
    bundleAddToCart: writes(bundleAddToCart),
    setStock,
    /** Lines every new cart starts with (a scenario's, so not persisted). */
    seedCart(lines: SeedLine[]): void {
      state.seedLines = lines;
    },
    product: (id: number) => state.products.get(id),
    bundle: (id: number) => state.bundles.find((b) => b.id === id),
    allProducts: () => [...state.products.values()],
    notifications: () => [...state.notifications],
    subscribers: () => state.subscribers.map((s) => ({ ...s })),
    isError,
    onChange(listener: (message: ChangeMessage) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
    /** Hears every change of the state (carts, stock, subscriptions, notifications). */
    onWrite(writer: () => void): () => void {
      writers.add(writer);
      return () => writers.delete(writer);
    },
    snapshot: (): DbSnapshot => takeSnapshot(state),
    /** Loads a snapshot; false (and nothing changed) if `data` is not a valid one. */
    restore(data: unknown): boolean {
      const checked = readSnapshot(data);
      if (!checked) return false;
      applySnapshot(state, checked);
      return true;
    },
  };
}

export type MockDb = ReturnType<typeof createDb>;
