/**
 * Abort and retries: a caller can stop waiting, reads retry with back-off, mutations never retry.
 * Back-off and timeouts run on a fake clock; a request "on its way" is one whose answer is held.
 */
import { getEventListeners } from 'node:events';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { type ShopClient } from '../../src/client/client.js';
import { ShopError } from '../../src/client/errors.js';
import { useFakeClock, wireLog } from './helpers/clock.js';
import { cart, failure, item, ok, rpcError, rpcResult, stockInfo } from './helpers/rpc.js';
import { html404, shopError, useClient } from './helpers/client-setup.js';
import { calls, gate, withoutTime } from './helpers/wait.js';

const { client, route, answer } = useClient();
const clock = useFakeClock();
const stock7 = stockInfo({ status: 'low_stock', available: 4, low_stock: true });

describe('AbortSignal', () => {
  it('rejects with the signal reason (an AbortError), not a ShopError', async () => {
    const held = gate();
    route('/cart/add', async (request) => {
      await held.pass(request);
      return rpcResult(request, ok(cart([item()]), 'Item added to cart'));
    });
    const controller = new AbortController();
    const pending = client().addToCart(7, 1, { signal: controller.signal });
    await held.arrived(1); // on its way
    controller.abort();
    const error = await failure(pending);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(ShopError);
  });

  it('rejects with a custom reason given to abort()', async () => {
    const held = gate();
    route('/bundles', async (request) => {
      await held.pass(request);
      return rpcResult(request, ok([]));
    });
    const controller = new AbortController();
    const reason = new Error('widget removed');
    const pending = client().getBundles({ signal: controller.signal });
    await held.arrived(1);
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

  it('stops waiting between retries of a read at once, and tries no more', async () => {
    const time = clock.fake();
    const seen = route('/cart', () => HttpResponse.error());
    const controller = new AbortController();
    const retries = calls<ShopError>('onRetry');
    const pending = failure(client({ retryDelay: 1_000 }).getCart({ signal: controller.signal, onRetry: retries.fn }));
    expect((await retries.next()).kind).toBe('network'); // the first try failed; a 1 s back-off begins
    controller.abort();
    // None of the back-off's second has passed: the abort ended the wait.
    const error = await withoutTime(pending, 'the aborted read');
    expect((error as Error).name).toBe('AbortError');
    await time.advance(1_000 + 2_000);
    expect(seen.count).toBe(1);
  });

  it('a timeout is still a timeout when a signal is given but not aborted: the request is aborted at `timeout` ms', async () => {
    const time = clock.fake();
    const wire = wireLog();
    const held = gate();
    route('/cart/update', async (request) => {
      await held.pass(request);
      return rpcResult(request, ok(cart([])));
    });
    const pending = shopError(client({ timeout: 50, fetch: wire.fetch }).updateCartItem(7, 1, { signal: new AbortController().signal }));
    await time.advance(50);
    expect((await withoutTime(pending)).kind).toBe('timeout');
    expect(wire.log).toEqual([{ path: '/cart/update', sentAt: 0, abortedAt: 50 }]);
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

  it('tries a read again after a timeout: the first try is aborted at `timeout` ms, the next sent `retryDelay` ms later', async () => {
    const time = clock.fake();
    const wire = wireLog();
    const first = gate();
    route('/cart', async (request, hit) => {
      if (hit === 1) await first.pass(request);
      return rpcResult(request, ok(cart([])));
    });
    const retries = calls<ShopError>('onRetry');
    const pending = client({ timeout: 60, retryDelay: 5, fetch: wire.fetch }).getCart({ onRetry: retries.fn });
    await time.advance(60);
    expect((await retries.next()).kind).toBe('timeout');
    await time.advance(5);
    await expect(withoutTime(pending)).resolves.toMatchObject({ items: [] });
    expect(wire.log).toEqual([
      { path: '/cart', sentAt: 0, abortedAt: 60 },
      { path: '/cart', sentAt: 65 },
    ]);
  });

  it('waits longer before each try: the back-off doubles from retryDelay (tries at 0, 40 and 120 ms)', async () => {
    const time = clock.fake();
    const wire = wireLog();
    route('/cart', () => HttpResponse.error());
    const retries = calls<ShopError>('onRetry');
    const pending = failure(client({ retryDelay: 40, fetch: wire.fetch }).getCart({ onRetry: retries.fn }));
    await retries.next(); // first try failed: waits 40 ms
    await time.advance(40);
    await retries.next(); // second try failed: waits 80 ms
    await time.advance(80);
    expect(await withoutTime(pending)).toMatchObject({ kind: 'network' });
    expect(wire.log.map((entry) => entry.sentAt)).toEqual([0, 40, 120]);
    expect(retries.made).toHaveLength(2);
  });

  it('leaves no listener on a long-lived signal after its back-off waits', async () => {
    route('/cart', () => HttpResponse.error());
    const signal = new AbortController().signal;
    for (let call = 0; call < 3; call++) expect(await failure(client({ retryDelay: 1 }).getCart({ signal }))).toMatchObject({ kind: 'network' });
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
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

  // A call settles only after its last try (a retried read fails after its third), so
  // the count at the moment the mutation fails is final: no need to wait for more.
  it.each(mutations)('$name: never tried again after a network failure', async ({ path, run }) => {
    const seen = route(path, () => HttpResponse.error());
    expect((await shopError(run(client()))).kind).toBe('network');
    expect(seen.count).toBe(1);
  });

  it.each(mutations)('$name: never tried again after a timeout', async ({ path, run }) => {
    const time = clock.fake();
    const held = gate();
    const seen = route(path, async (request) => {
      await held.pass(request);
      return rpcResult(request, ok(cart([])));
    });
    const pending = shopError(run(client({ timeout: 40 })));
    await time.advance(40);
    // A retried call would now wait out its back-off on the fake clock, and not settle.
    expect((await withoutTime(pending, 'the timed-out mutation')).kind).toBe('timeout');
    expect(seen.count).toBe(1);
  });

  it.each(mutations)('$name: never tried again after HTTP 503', async ({ path, run }) => {
    const seen = route(path, () => new HttpResponse('busy', { status: 503 }));
    expect(await shopError(run(client()))).toMatchObject({ kind: 'http', status: 503 });
    expect(seen.count).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
