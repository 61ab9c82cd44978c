/**
 * Abort and retries: a caller can stop waiting, reads retry with back-off, mutations never retry.
 */
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { type ShopClient } from '../../src/client/client.js';
import { ShopError } from '../../src/client/errors.js';
import { cart, failure, item, ok, rpcError, rpcResult, sleep, stockInfo } from './helpers/rpc.js';
import { html404, shopError, useClient } from './helpers/client-setup.js';

const { client, route, answer } = useClient();
const stock7 = stockInfo({ status: 'low_stock', available: 4, low_stock: true });

describe('AbortSignal', () => {
  it('rejects with the signal reason (an AbortError), not a ShopError', async () => {
    route('/cart/add', async (request) => {
      await delay(300);
      return rpcResult(request, ok(cart([item()]), 'Item added to cart'));
    });
    const controller = new AbortController();
    const pending = client().addToCart(7, 1, { signal: controller.signal });
    await sleep(20);
    controller.abort();
    const error = await failure(pending);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(ShopError);
  });

  it('rejects with a custom reason given to abort()', async () => {
    route('/bundles', async (request) => {
      await delay(300);
      return rpcResult(request, ok([]));
    });
    const controller = new AbortController();
    const reason = new Error('widget removed');
    const pending = client().getBundles({ signal: controller.signal });
    await sleep(20);
    controller.abort(reason);
    expect(await failure(pending)).toBe(reason);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const seen = answer('/product/7/stock', ok(stock7));
    const controller = new AbortController();
    controller.abort();
    const error = await failure(client().fetchStock(7, { signal: controller.signal }));
    expect((error as Error).name).toBe('AbortError');
    expect(seen.count).toBe(0);
  });

  it('stops waiting between retries of a read', async () => {
    const seen = route('/cart', () => HttpResponse.error());
    const controller = new AbortController();
    const pending = client({ retryDelay: 1_000 }).getCart({ signal: controller.signal });
    await sleep(50);
    controller.abort();
    const started = Date.now();
    const error = await failure(pending);
    expect(Date.now() - started).toBeLessThan(200);
    expect((error as Error).name).toBe('AbortError');
    expect(seen.count).toBe(1);
  });

  it('a timeout is still a timeout when a signal is given but not aborted', async () => {
    route('/cart/update', async (request) => {
      await delay(400);
      return rpcResult(request, ok(cart([])));
    });
    const error = await shopError(client({ timeout: 50 }).updateCartItem(7, 1, { signal: new AbortController().signal }));
    expect(error.kind).toBe('timeout');
  });
});

// ---------------------------------------------------------------------------------------------

describe('retries', () => {
  const reads: { name: string; path: string; run(c: ShopClient): Promise<unknown>; result: unknown }[] = [
    { name: 'getCart', path: '/cart', run: (c) => c.getCart(), result: ok(cart([])) },
    { name: 'getBundles', path: '/bundles', run: (c) => c.getBundles(), result: ok([]) },
    { name: 'fetchStock', path: '/product/7/stock', run: (c) => c.fetchStock(7), result: ok(stock7) },
    { name: 'fetchStockStatus', path: '/products/stock-status', run: (c) => c.fetchStockStatus([7]), result: ok({ '7': stock7 }) },
  ];

  it.each(reads)('$name: tries a read 3 times in all on network failure, then fails', async ({ path, run }) => {
    const seen = route(path, () => HttpResponse.error());
    const error = await shopError(run(client()));
    expect(error.kind).toBe('network');
    expect(seen.count).toBe(3);
  });

  it.each(reads)('$name: tries a read 3 times in all on HTTP 5xx, then fails with the status', async ({ path, run }) => {
    const seen = route(path, () => new HttpResponse('oops', { status: 502 }));
    const error = await shopError(run(client()));
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(seen.count).toBe(3);
  });

  it.each(reads)('$name: succeeds on the second try', async ({ path, run, result }) => {
    const seen = route(path, (request, hit) => (hit === 1 ? HttpResponse.error() : rpcResult(request, result)));
    await expect(run(client())).resolves.toBeDefined();
    expect(seen.count).toBe(2);
  });

  it('tries a read again after a timeout', async () => {
    const seen = route('/cart/count', async (request, hit) => {
      if (hit === 1) await delay(400);
      return rpcResult(request, ok({ count: 0, subtotal: 0 }));
    });
    await expect(client({ timeout: 60 }).getCartCount()).resolves.toEqual({ count: 0, subtotal: 0 });
    expect(seen.count).toBe(2);
  });

  it('waits longer before each try (back-off doubles from retryDelay)', async () => {
    const arrivals: number[] = [];
    route('/bundles', () => {
      arrivals.push(performance.now());
      return HttpResponse.error();
    });
    await shopError(client({ retryDelay: 40 }).getBundles());
    expect(arrivals).toHaveLength(3);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(38);
    expect(arrivals[2]! - arrivals[1]!).toBeGreaterThanOrEqual(78);
  });

  it('honours `retries: 0`', async () => {
    const seen = route('/cart', () => HttpResponse.error());
    await shopError(client({ retries: 0 }).getCart());
    expect(seen.count).toBe(1);
  });

  it.each([
    ['a business error', () => HttpResponse.json({ jsonrpc: '2.0', id: 1, result: { error: 'Product not found', code: 404 } })],
    ['a JSON-RPC error', () => rpcError(200, 'Odoo Server Error', 'boom')],
    ['an HTTP 404', html404],
    ['a malformed answer', () => HttpResponse.json({ jsonrpc: '2.0', id: 1, result: { success: true } })],
  ])('does not try a read again after %s', async (_label, respond) => {
    const seen = route('/product/7/stock', respond);
    await shopError(client().fetchStock(7));
    expect(seen.count).toBe(1);
  });

  const mutations: { name: string; path: string; run(c: ShopClient): Promise<unknown> }[] = [
    { name: 'addToCart', path: '/cart/add', run: (c) => c.addToCart(7) },
    { name: 'updateCartItem', path: '/cart/update', run: (c) => c.updateCartItem(7, 3) },
    { name: 'removeFromCart', path: '/cart/remove', run: (c) => c.removeFromCart(7) },
    { name: 'clearCart', path: '/cart/clear', run: (c) => c.clearCart() },
    { name: 'addBundleToCart', path: '/bundles/3/add-to-cart', run: (c) => c.addBundleToCart(3) },
    { name: 'subscribeToStock', path: '/product/8/notify-stock', run: (c) => c.subscribeToStock(8, { email: 'a@b.test' }) },
  ];

  it.each(mutations)('$name: never tried again after a network failure', async ({ path, run }) => {
    const seen = route(path, () => HttpResponse.error());
    expect((await shopError(run(client()))).kind).toBe('network');
    await sleep(30);
    expect(seen.count).toBe(1);
  });

  it.each(mutations)('$name: never tried again after a timeout', async ({ path, run }) => {
    const seen = route(path, async (request) => {
      await delay(300);
      return rpcResult(request, ok(cart([])));
    });
    expect((await shopError(run(client({ timeout: 40 })))).kind).toBe('timeout');
    await sleep(30);
    expect(seen.count).toBe(1);
  });

  it.each(mutations)('$name: never tried again after HTTP 503', async ({ path, run }) => {
    const seen = route(path, () => new HttpResponse('busy', { status: 503 }));
    expect(await shopError(run(client()))).toMatchObject({ kind: 'http', status: 503 });
    await sleep(30);
    expect(seen.count).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
