/**
 * The guest-cart session gate (the first cart call finishes before any other) and credentials.
 */
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createShopClient } from '../../src/client/client.js';
import { API, ORIGIN, bundle, cart, failure, item, ok, rpcError, rpcResult, stockInfo } from './helpers/rpc.js';
import { html404, shopError, useClient } from './helpers/client-setup.js';

const { client, route, answer } = useClient();
const stock7 = stockInfo({ status: 'low_stock', available: 4, low_stock: true });
const stock8 = stockInfo({ status: 'out_of_stock', available: 0, waiting_count: 2, expected_restock: '2025-07-01' });

describe('guest cart session gate', () => {
  /** Handlers for /cart, /cart/add and /cart/count that log when each request arrives and is answered. */
  function gated(events: string[], wait: Partial<Record<'cart' | 'add' | 'count', number>> = {}) {
    const handle = (name: 'cart' | 'add' | 'count', path: string, result: unknown) =>
      route(path, async (request) => {
        events.push(`${name}:arrive`);
        await delay(wait[name] ?? 0);
        events.push(`${name}:answer`);
        return rpcResult(request, result);
      });
    handle('cart', '/cart', ok(cart([])));
    handle('add', '/cart/add', ok(cart([item()]), 'Item added to cart'));
    handle('count', '/cart/count', ok({ count: 1, subtotal: 390.25 }));
  }

  it('sends the second of two simultaneous cart calls only after the first was answered', async () => {
    const events: string[] = [];
    gated(events, { cart: 40 });
    const c = client();
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events).toEqual(['cart:arrive', 'cart:answer', 'add:arrive', 'add:answer']);
  });

  it('holds back a read behind a mutation just the same', async () => {
    const events: string[] = [];
    gated(events, { add: 40 });
    const c = client();
    await Promise.all([c.addToCart(7), c.getCartCount()]);
    expect(events).toEqual(['add:arrive', 'add:answer', 'count:arrive', 'count:answer']);
  });

  it('lets everything queued behind the first call go together once it is answered', async () => {
    const events: string[] = [];
    gated(events, { cart: 40, add: 40, count: 40 });
    const c = client();
    await Promise.all([c.getCart(), c.addToCart(7), c.getCartCount()]);
    expect(events.slice(0, 2)).toEqual(['cart:arrive', 'cart:answer']);
    expect(events.slice(2, 4).sort()).toEqual(['add:arrive', 'count:arrive']);
  });

  it('sends cart calls in parallel after the first answer', async () => {
    const events: string[] = [];
    gated(events, { cart: 40, add: 40 });
    const c = client();
    await c.getCart();
    events.length = 0;
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events.slice(0, 2).sort()).toEqual(['add:arrive', 'cart:arrive']);
  });

  it('counts a business error as an answer: the session is known after it', async () => {
    const events: string[] = [];
    gated(events, { cart: 40 });
    route('/cart/update', () => HttpResponse.json({ jsonrpc: '2.0', id: 1, result: { error: 'Insufficient stock', code: 400 } }));
    const c = client();
    await shopError(c.updateCartItem(9, 99));
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events.slice(0, 2).sort()).toEqual(['add:arrive', 'cart:arrive']);
  });

  it.each([
    ['a JSON-RPC error', () => rpcError(200, 'Odoo Server Error', 'boom')],
    ['an HTTP 404', html404],
  ])('counts %s from the first call as an answer: the session is known after it', async (_label, respond) => {
    const events: string[] = [];
    gated(events, { cart: 40, add: 40 });
    route('/cart/remove', respond);
    const c = client();
    await shopError(c.removeFromCart(9));
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events.slice(0, 2).sort()).toEqual(['add:arrive', 'cart:arrive']);
  });

  it('does not hold back stock or bundle-list calls', async () => {
    const events: string[] = [];
    gated(events, { cart: 60 });
    const note = (name: string, result: unknown) => (request: Request) => {
      events.push(`${name}:arrive`);
      return rpcResult(request, result);
    };
    route('/product/7/stock', note('stock', ok(stock7)));
    route('/products/stock-status', note('stock-status', ok({ '8': stock8 })));
    route('/bundles', note('bundles', ok([])));
    const c = client();
    await Promise.all([c.getCart(), c.fetchStock(7), c.getStock(8), c.getBundles()]);
    const answered = events.indexOf('cart:answer');
    for (const name of ['stock', 'stock-status', 'bundles']) {
      expect(events.indexOf(`${name}:arrive`)).toBeGreaterThan(-1);
      expect(events.indexOf(`${name}:arrive`)).toBeLessThan(answered);
    }
  });

  it('after a network failure of the first call, sends the next call alone again', async () => {
    const events: string[] = [];
    let fail = true;
    route('/cart/clear', () => {
      events.push('clear:arrive');
      return fail ? HttpResponse.error() : HttpResponse.json({});
    });
    gated(events, { cart: 40, add: 40 });
    const c = client();
    expect((await shopError(c.clearCart())).kind).toBe('network');
    fail = false;
    events.length = 0;
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events).toEqual(['cart:arrive', 'cart:answer', 'add:arrive', 'add:answer']);
  });

  it('after a network failure, one of the waiting calls goes first and alone', async () => {
    const events: string[] = [];
    route('/cart/clear', async () => {
      events.push('clear:arrive');
      await delay(20);
      events.push('clear:fail');
      return HttpResponse.error();
    });
    gated(events, { cart: 40, count: 40 });
    const c = client();
    const [clear, got, counted] = await Promise.allSettled([c.clearCart(), c.getCart(), c.getCartCount()]);
    expect(clear.status).toBe('rejected');
    expect(got.status).toBe('fulfilled');
    expect(counted.status).toBe('fulfilled');
    expect(events).toEqual(['clear:arrive', 'clear:fail', 'cart:arrive', 'cart:answer', 'count:arrive', 'count:answer']);
  });

  it('an aborted call that waits at the gate is never sent', async () => {
    const events: string[] = [];
    gated(events, { cart: 40 });
    const c = client();
    const controller = new AbortController();
    const first = c.getCart();
    const second = c.addToCart(7, 1, { signal: controller.signal });
    controller.abort();
    const error = await failure(second);
    await first;
    expect((error as Error).name).toBe('AbortError');
    expect(events).toEqual(['cart:arrive', 'cart:answer']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('credentials', () => {
  function spyFetch() {
    return vi.fn<typeof fetch>((input, init) => fetch(input, init));
  }

  it("sends credentials: 'include' when there is no page (the API's origin cannot be the page's)", async () => {
    answer('/cart', ok(cart([])));
    const spy = spyFetch();
    await client({ fetch: spy }).getCart();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![1]?.credentials).toBe('include');
  });

  it("sends credentials: 'include' when the API is on another origin than the page", async () => {
    vi.stubGlobal('location', { href: 'http://theme.test/shop/milk' });
    answer('/cart/add', ok(cart([item()]), 'Item added to cart'));
    answer('/product/7/stock', ok(stock7));
    const spy = spyFetch();
    const c = client({ fetch: spy });
    await c.addToCart(7);
    await c.fetchStock(7);
    expect(spy.mock.calls.map((call) => call[1]?.credentials)).toEqual(['include', 'include']);
  });

  it("sends credentials: 'same-origin' and resolves a relative apiBase when the API is on the page's origin", async () => {
    vi.stubGlobal('location', { href: 'http://shop.test/shop/milk' });
    answer('/cart', ok(cart([item()])));
    const spy = spyFetch();
    const c = createShopClient({ apiBase: '/api/v1', fetch: spy });
    expect(c.apiUrl.href).toBe(API);
    const got = await c.getCart();
    expect(spy.mock.calls[0]![0]).toBe(`${API}/cart`);
    expect(spy.mock.calls[0]![1]?.credentials).toBe('same-origin');
    expect(got.items[0]!.image_url).toBe(`${ORIGIN}/web/image/product.product/7/image_128`);
  });
});
