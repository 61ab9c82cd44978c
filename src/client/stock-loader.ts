/**
 * Batches, shares and briefly caches stock look-ups, so that 48 stock badges on a
 * listing cost one `/products/stock-status` request instead of 48.
 */
import { ShopError } from './errors.js';
import { log } from '../internal/log.js';
import type { StockInfo } from './types.js';

export interface StockLoaderOptions {
  fetch(productIds: number[]): Promise<Record<string, StockInfo>>;
  /** ms to wait for more look-ups before sending. */
  window: number;
  /** Maximum ids per request. */
  size: number;
  /** ms an answer is reused. */
  ttl: number;
  now?: () => number;
}

interface Waiter {
  resolve(info: StockInfo): void;
  reject(error: unknown): void;
}

export function createStockLoader({ fetch, window, size, ttl, now = Date.now }: StockLoaderOptions) {
  const cache = new Map<number, { info: StockInfo; expires: number }>();
  const inFlight = new Map<number, Promise<StockInfo>>();
  // Bumped on invalidation: an answer to a request sent before it is not cached.
  const generation = new Map<number, number>();
  let queue = new Map<number, Waiter>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let everything = 0;

  const genOf = (id: number) => `${everything}:${generation.get(id) ?? 0}`;
  /** Products already reported unknown: the console hears of each once. */
  const reportedMissing = new Set<number>();

  function flush(): void {
    timer = undefined;
    const batch = queue;
    queue = new Map();
    const ids = [...batch.keys()];
    for (let start = 0; start < ids.length; start += size) {
      const chunk = ids.slice(start, start + size);
      const sentAt = new Map(chunk.map((id) => [id, genOf(id)]));
      fetch(chunk).then(
        (data) => {
          const missing = chunk.filter((id) => !data[String(id)] && !reportedMissing.has(id));
          if (missing.length > 0) {
            for (const id of missing) reportedMissing.add(id);
            log.error(`The shop does not know product ${missing.join(', ')} (no stock in /products/stock-status); shown as not available.`);
          }
          for (const id of chunk) {
            const waiter = batch.get(id)!;
            const info = data[String(id)];
            if (sentAt.get(id) === genOf(id)) inFlight.delete(id);
            if (!info) {
              waiter.reject(new ShopError('business', 'Product not found', { endpoint: '/products/stock-status', code: 404 }));
              continue;
            }
            if (sentAt.get(id) === genOf(id)) cache.set(id, { info, expires: now() + ttl });
            waiter.resolve(info);
          }
        },
        (error: unknown) => {
          // One message per failed batch, not one per product.
          const kind = error instanceof ShopError ? `${error.kind}: ${error.message}` : String(error);
          log.warn(`Stock of ${chunk.length} product(s) could not be looked up (${kind}).`);
          for (const id of chunk) {
            if (sentAt.get(id) === genOf(id)) inFlight.delete(id);
            batch.get(id)!.reject(error);
          }
        },
      );
    }
  }

  function get(productId: number, { signal }: { signal?: AbortSignal | undefined } = {}): Promise<StockInfo> {
    // Queue nothing for a caller who already left: no request, no promise that nobody observes.
    if (signal?.aborted) return Promise.reject(signal.reason);
    const cached = cache.get(productId);
    if (cached && cached.expires > now()) return Promise.resolve(cached.info);
    let shared = inFlight.get(productId);
    if (!shared) {
      shared = new Promise<StockInfo>((resolve, reject) => queue.set(productId, { resolve, reject }));
      inFlight.set(productId, shared);
      timer ??= setTimeout(flush, window);
    }
    return signal ? abortable(shared, signal) : shared;
  }

  /** Forgets the given products (or all): the next look-up asks the shop again. */
  function invalidate(productIds?: Iterable<number>): void {
    if (productIds === undefined) {
      everything++;
      cache.clear();
      for (const id of inFlight.keys()) if (!queue.has(id)) inFlight.delete(id);
      return;
    }
    for (const id of productIds) {
      generation.set(id, (generation.get(id) ?? 0) + 1);
      cache.delete(id);
      // A look-up still queued (not sent) will get a fresh answer anyway.
      if (!queue.has(id)) inFlight.delete(id);
    }
  }

  return { get, invalidate };
}

/** Lets one caller stop waiting without cancelling the batch others share. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
