/**
 * client.getStock: look-ups batched into `/products/stock-status` requests, shared
 * while in flight, cached briefly, and forgotten when the cart changes.
 *
 * The batch window and the cache's lifetime run on a fake clock, so "5 ms later"
 * is exactly 5 ms later; a request "on its way" is one whose answer the test holds.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createShopClient, type ClientOptions } from '../../src/client/client.js';
import { ShopError } from '../../src/client/errors.js';
import type { StockInfo } from '../../src/client/types.js';
import { useFakeClock } from './helpers/clock.js';
import { API, cart, failure, item, ok, rpcError, rpcResult, stockInfo, useServer, type RpcRequest } from './helpers/rpc.js';
import { gate, withoutTime, type Gate } from './helpers/wait.js';

const server = useServer();
const clock = useFakeClock();

const client = (options: ClientOptions = {}) => createShopClient({ apiBase: API, retryDelay: 1, ...options });

/** Each product's stock differs, so a caller can tell it got its own. */
const infoOf = (id: number): StockInfo => stockInfo({ status: id % 2 ? 'in_stock' : 'low_stock', available: id, low_stock: id % 2 === 0 });

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/**
 * A /products/stock-status handler that answers every id it knows (all but `unknown`)
 * and records the ids of each request; with `held`, each answer waits at that gate.
 */
function stockStatus({ unknown = [] as number[], held }: { unknown?: number[]; held?: Gate } = {}) {
  const requests: number[][] = [];
  server.use(
    http.post(`${API}/products/stock-status`, async ({ request }) => {
      const { params } = (await request.clone().json()) as RpcRequest;
      const ids = params.product_ids as number[];
      requests.push(ids);
      await held?.pass(request);
      const data = Object.fromEntries(ids.filter((id) => !unknown.includes(id)).map((id) => [String(id), infoOf(id)]));
      return rpcResult(request, ok(data));
    }),
  );
  return requests;
}

/**
 * A client whose stock requests are logged as it sends them: the ids, and when on
 * the clock. The client sends from its window's timer, synchronously, so once the
 * clock has passed a moment, the log holds everything sent by then.
 */
function loggedClient(options: ClientOptions = {}) {
  const start = Date.now();
  const sent: { at: number; ids: number[] }[] = [];
  const c = client({
    ...options,
    fetch: (input, init) => {
      if (String(input).endsWith('/products/stock-status')) {
        sent.push({ at: Date.now() - start, ids: (JSON.parse(String(init?.body)) as RpcRequest).params.product_ids as number[] });
      }
      return fetch(input, init);
    },
  });
  return { c, sent };
}

describe('batching', () => {
  it('turns 48 look-ups of one moment into ONE request carrying all 48 ids', async () => {
    const requests = stockStatus();
    const c = client();
    const ids = range(101, 48);
    const results = await Promise.all(ids.map((id) => c.getStock(id)));
    expect(requests).toHaveLength(1);
    expect([...requests[0]!].sort((a, b) => a - b)).toEqual(ids);
    expect(results).toEqual(ids.map(infoOf));
  });

  it('two look-ups 5 ms apart make one request, sent 10 ms (the default window) after the first; one 15 ms after the first makes a second', async () => {
    const time = clock.fake();
    stockStatus();
    const { c, sent } = loggedClient();
    const first = c.getStock(1);
    await time.advance(5);
    const joining = c.getStock(2);
    await time.advance(10);
    const later = c.getStock(3);
    await time.advance(10);
    await expect(withoutTime(Promise.all([first, joining, later]))).resolves.toEqual([infoOf(1), infoOf(2), infoOf(3)]);
    expect(sent).toEqual([
      { at: 10, ids: [1, 2] },
      { at: 25, ids: [3] },
    ]);
  });

  it('stockBatchWindow sets the window: look-ups at 0, 15 and 59 ms join one request, sent at 60 ms', async () => {
    const time = clock.fake();
    stockStatus();
    const { c, sent } = loggedClient({ stockBatchWindow: 60 });
    const first = c.getStock(1);
    await time.advance(15);
    const second = c.getStock(2);
    await time.advance(44);
    const third = c.getStock(3);
    expect(sent).toEqual([]);
    await time.advance(1);
    await expect(withoutTime(Promise.all([first, second, third]))).resolves.toEqual([infoOf(1), infoOf(2), infoOf(3)]);
    expect(sent).toEqual([{ at: 60, ids: [1, 2, 3] }]);
  });

  it('splits a batch into requests of at most stockBatchSize ids', async () => {
    const requests = stockStatus();
    const c = client({ stockBatchSize: 50 });
    const ids = range(1, 120);
    const results = await Promise.all(ids.map((id) => c.getStock(id)));
    expect(results).toEqual(ids.map(infoOf));
    expect(requests.map((r) => r.length)).toEqual([50, 50, 20]);
    expect(requests.flat().sort((a, b) => a - b)).toEqual(ids);
  });

  it('asks once for an id looked up by several callers at the same time', async () => {
    const requests = stockStatus();
    const c = client();
    const [a, b, c2, other] = await Promise.all([c.getStock(5), c.getStock(5), c.getStock(5), c.getStock(6)]);
    expect(requests).toEqual([[5, 6]]);
    expect(a).toEqual(infoOf(5));
    expect(b).toBe(a);
    expect(c2).toBe(a);
    expect(other).toEqual(infoOf(6));
  });

  it('shares a request already on its way instead of sending another', async () => {
    const held = gate();
    const requests = stockStatus({ held });
    const c = client();
    const first = c.getStock(5);
    await held.arrived(1); // sent, not answered
    const second = c.getStock(5);
    held.open();
    await expect(Promise.all([first, second])).resolves.toEqual([infoOf(5), infoOf(5)]);
    expect(requests).toEqual([[5]]);
  });
});

describe('cache', () => {
  it('answers a second look-up right after from the cache, at once and without a request', async () => {
    const time = clock.fake();
    stockStatus();
    const { c, sent } = loggedClient();
    const first = c.getStock(5);
    await time.advance(10);
    await withoutTime(first);
    // From the cache: it needs none of the window's 10 ms.
    await expect(withoutTime(c.getStock(5), 'the second look-up')).resolves.toEqual(infoOf(5));
    await time.advance(10);
    expect(sent).toEqual([{ at: 10, ids: [5] }]);
  });

  it('reuses an answer for stockCacheTtl ms after it came, then asks again', async () => {
    const time = clock.fake();
    stockStatus();
    const { c, sent } = loggedClient({ stockCacheTtl: 1_000 });
    const first = c.getStock(5);
    await time.advance(10); // sent and answered at 10 ms
    await withoutTime(first);
    await time.advance(999); // 1 ms before the answer is 1 000 ms old
    await expect(withoutTime(c.getStock(5), 'a look-up within the TTL')).resolves.toEqual(infoOf(5));
    await time.advance(1);
    const again = c.getStock(5);
    await time.advance(10);
    await expect(withoutTime(again)).resolves.toEqual(infoOf(5));
    expect(sent).toEqual([
      { at: 10, ids: [5] },
      { at: 1_020, ids: [5] },
    ]);
  });

  it('invalidateStock(ids) forgets those products only', async () => {
    const requests = stockStatus();
    const c = client();
    await Promise.all([c.getStock(7), c.getStock(8)]);
    c.invalidateStock([7]);
    await Promise.all([c.getStock(7), c.getStock(8)]);
    expect(requests).toEqual([[7, 8], [7]]);
  });

  it('invalidateStock() forgets every product', async () => {
    const requests = stockStatus();
    const c = client();
    await Promise.all([c.getStock(7), c.getStock(8)]);
    c.invalidateStock();
    await Promise.all([c.getStock(7), c.getStock(8)]);
    expect(requests).toEqual([
      [7, 8],
      [7, 8],
    ]);
  });

  it("adding product 7 to the cart forgets product 7's stock, not the others'", async () => {
    const requests = stockStatus();
    server.use(http.post(`${API}/cart/add`, ({ request }) => rpcResult(request, ok(cart([item()]), 'Item added to cart'))));
    const c = client();
    await Promise.all([c.getStock(7), c.getStock(8)]);
    await c.addToCart(7);
    await Promise.all([c.getStock(7), c.getStock(8)]);
    expect(requests).toEqual([[7, 8], [7]]);
  });

  it.each([
    ['updateCartItem', '/cart/update', (c: ReturnType<typeof client>) => c.updateCartItem(7, 3)],
    ['removeFromCart', '/cart/remove', (c: ReturnType<typeof client>) => c.removeFromCart(7)],
  ] as const)("%s on product 7 forgets product 7's stock only", async (_name, path, run) => {
    const requests = stockStatus();
    server.use(http.post(`${API}${path}`, ({ request }) => rpcResult(request, ok(cart([])))));
    const c = client();
    await Promise.all([c.getStock(7), c.getStock(8)]);
    await run(c);
    await Promise.all([c.getStock(7), c.getStock(8)]);
    expect(requests).toEqual([[7, 8], [7]]);
  });

  it.each([
    ['clearCart', '/cart/clear', ok(cart([]), 'Cart cleared'), (c: ReturnType<typeof client>) => c.clearCart()],
    ['addBundleToCart', '/bundles/3/add-to-cart', { success: true, message: 'Bundle added' }, (c: ReturnType<typeof client>) => c.addBundleToCart(3)],
  ] as const)('%s forgets every product', async (_name, path, result, run) => {
    const requests = stockStatus();
    server.use(http.post(`${API}${path}`, ({ request }) => rpcResult(request, result)));
    const c = client();
    await Promise.all([c.getStock(7), c.getStock(8)]);
    await run(c);
    await Promise.all([c.getStock(7), c.getStock(8)]);
    expect(requests).toEqual([
      [7, 8],
      [7, 8],
    ]);
  });

  it.each([
    ['addToCart(7)', (c: ReturnType<typeof client>) => c.addToCart(7)],
    ['clearCart()', (c: ReturnType<typeof client>) => c.clearCart()],
    ['invalidateStock([7])', async (c: ReturnType<typeof client>) => c.invalidateStock([7])],
    ['invalidateStock()', async (c: ReturnType<typeof client>) => c.invalidateStock()],
  ] as const)('asks again after %s came while the look-up was on its way', async (_name, change) => {
    const held = gate();
    const requests = stockStatus({ held });
    server.use(
      http.post(`${API}/cart/add`, ({ request }) => rpcResult(request, ok(cart([item()]), 'Item added to cart'))),
      http.post(`${API}/cart/clear`, ({ request }) => rpcResult(request, ok(cart([]), 'Cart cleared'))),
    );
    const c = client();
    const before = c.getStock(7);
    await held.arrived(1); // on its way
    await change(c); // product 7's stock changed after the shop read it
    held.open();
    await expect(before).resolves.toEqual(infoOf(7));
    await c.getStock(7);
    expect(requests).toEqual([[7], [7]]);
  });

  it('does not cache an answer to a request sent before the product was invalidated', async () => {
    const held = gate();
    const requests = stockStatus({ held });
    const c = client();
    const stale = c.getStock(7);
    await held.arrived(1); // on its way
    c.invalidateStock([7]);
    const fresh = c.getStock(7); // must not share the request sent before the change
    held.open();
    await expect(Promise.all([stale, fresh])).resolves.toEqual([infoOf(7), infoOf(7)]);
    expect(requests).toEqual([[7], [7]]);
    await c.getStock(7); // the fresh answer is cached
    expect(requests).toHaveLength(2);
  });
});

describe('failures', () => {
  it("rejects an id the answer leaves out with kind 'business', code 404, and resolves the others", async () => {
    stockStatus({ unknown: [404404] });
    const c = client();
    const [known, unknown, other] = await Promise.allSettled([c.getStock(1), c.getStock(404404), c.getStock(2)]);
    expect(known).toEqual({ status: 'fulfilled', value: infoOf(1) });
    expect(other).toEqual({ status: 'fulfilled', value: infoOf(2) });
    expect(unknown.status).toBe('rejected');
    const error = (unknown as PromiseRejectedResult).reason as ShopError;
    expect(error).toBeInstanceOf(ShopError);
    expect(error).toMatchObject({ kind: 'business', code: 404 });
  });

  it('rejects every caller of a failed batch (after the read was retried)', async () => {
    let hits = 0;
    server.use(
      http.post(`${API}/products/stock-status`, () => {
        hits += 1;
        return HttpResponse.error();
      }),
    );
    const c = client();
    const settled = await Promise.allSettled([c.getStock(1), c.getStock(2), c.getStock(3)]);
    expect(hits).toBe(3); // one batch, tried three times
    for (const outcome of settled) {
      expect(outcome.status).toBe('rejected');
      const error = (outcome as PromiseRejectedResult).reason as ShopError;
      expect(error).toBeInstanceOf(ShopError);
      expect(error.kind).toBe('network');
    }
  });

  it('rejects every caller with the server error of a failed batch, and asks again next time', async () => {
    let fail = true;
    const requests: number[][] = [];
    server.use(
      http.post(`${API}/products/stock-status`, async ({ request }) => {
        const ids = ((await request.clone().json()) as RpcRequest).params.product_ids as number[];
        requests.push(ids);
        if (fail) return rpcError(200, 'Odoo Server Error', 'boom');
        return rpcResult(request, ok(Object.fromEntries(ids.map((id) => [String(id), infoOf(id)]))));
      }),
    );
    const c = client();
    const settled = await Promise.allSettled([c.getStock(1), c.getStock(2)]);
    expect(settled.map((s) => (s as PromiseRejectedResult).reason?.kind)).toEqual(['server', 'server']);
    fail = false;
    await expect(Promise.all([c.getStock(1), c.getStock(2)])).resolves.toEqual([infoOf(1), infoOf(2)]);
    expect(requests).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it("aborting one caller's signal rejects that caller only; the others get their answer", async () => {
    const held = gate();
    const requests = stockStatus({ held });
    const c = client();
    const controller = new AbortController();
    const leaving = c.getStock(5, { signal: controller.signal });
    const staying = c.getStock(5);
    const other = c.getStock(6);
    await held.arrived(1); // the batch is on its way
    controller.abort();
    const error = await failure(leaving); // at once, while the answer is still held
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
    held.open();
    await expect(Promise.all([staying, other])).resolves.toEqual([infoOf(5), infoOf(6)]);
    expect(requests).toEqual([[5, 6]]);
  });

  it('aborting a caller before the batch is sent does not take its product out of the batch for the others', async () => {
    const requests = stockStatus();
    const c = client();
    const controller = new AbortController();
    const leaving = c.getStock(5, { signal: controller.signal });
    const staying = c.getStock(5);
    controller.abort();
    expect((await failure(leaving)) as Error).toBe(controller.signal.reason);
    await expect(staying).resolves.toEqual(infoOf(5));
    expect(requests).toEqual([[5]]);
  });

  it('sends nothing for a look-up whose signal is already aborted, and leaves no unobserved failure behind', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const requests: number[][] = [];
      server.use(
        http.post(`${API}/products/stock-status`, async ({ request }) => {
          requests.push(((await request.clone().json()) as RpcRequest).params.product_ids as number[]);
          return HttpResponse.error();
        }),
      );
      const c = client({ retries: 0 });
      const controller = new AbortController();
      controller.abort();
      expect(await failure(c.getStock(5, { signal: controller.signal }))).toBe(controller.signal.reason);
      // A look-up right after shares the window product 5 would have been queued in,
      // and its batch fails: product 5 is not in it, so nobody's promise is left to fail.
      expect((await failure(c.getStock(6))) as ShopError).toMatchObject({ kind: 'network' });
      expect(requests).toEqual([[6]]);
      // Node reports unhandled rejections once the microtasks of a turn are done.
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('rejects at once with the reason of a signal that is already aborted', async () => {
    stockStatus();
    const c = client();
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    expect(await failure(c.getStock(5, { signal: controller.signal }))).toBe(controller.signal.reason);
  });
});
