/**
 * The guest-cart session gate (the first cart call finishes before any other) and credentials.
 * Answers are held at gates the test opens, so "while the first call is on its way" is
 * a fact the test has seen, not a guess about how long 40 ms is.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createShopClient } from '../../src/client/client.js';
import { wireLog } from './helpers/clock.js';
import { API, ORIGIN, bundle, cart, failure, item, ok, rpcError, rpcResult, stockInfo } from './helpers/rpc.js';
import { html404, shopError, useClient } from './helpers/client-setup.js';
import { gate, within, type Gate } from './helpers/wait.js';

const { client, route, answer } = useClient();
const stock7 = stockInfo({ status: 'low_stock', available: 4, low_stock: true });
const stock8 = stockInfo({ status: 'out_of_stock', available: 0, waiting_count: 2, expected_restock: '2025-07-01' });

describe('guest cart session gate', () => {
  type Name = 'cart' | 'add' | 'count';
  /**
   * Handlers for /cart, /cart/add and /cart/count that log when each request arrives
   * and is answered; a named gate holds that endpoint's answers until opened.
   */
  function gated(events: string[], gates: Partial<Record<Name, Gate>> = {}) {
    const handle = (name: Name, path: string, result: unknown) =>
      route(path, async (request) => {
        events.push(`${name}:arrive`);
        await gates[name]?.pass(request);
        events.push(`${name}:answer`);
        return rpcResult(request, result);
      });
    handle('cart', '/cart', ok(cart([])));
    handle('add', '/cart/add', ok(cart([item()]), 'Item added to cart'));
    handle('count', '/cart/count', ok({ count: 1, subtotal: 390.25 }));
  }

  /** A client whose requests are logged as it sends them (the log is never late: fetch is called synchronously). */
  function loggedClient() {
    const wire = wireLog();
    return { c: client({ fetch: wire.fetch }), sent: wire.paths };
  }

  it('sends the second of two simultaneous cart calls only after the first was answered', async () => {
    const events: string[] = [];
    const first = gate();
    gated(events, { cart: first });
    const { c, sent } = loggedClient();
    const both = Promise.all([c.getCart(), c.addToCart(7)]);
    await first.arrived(1);
    expect(sent()).toEqual(['/cart']); // the add waits in the browser, not on the wire
    first.open();
    await both;
    expect(events).toEqual(['cart:arrive', 'cart:answer', 'add:arrive', 'add:answer']);
  });

  it('holds back a read behind a mutation just the same', async () => {
    const events: string[] = [];
    const first = gate();
    gated(events, { add: first });
    const { c, sent } = loggedClient();
    const both = Promise.all([c.addToCart(7), c.getCartCount()]);
    await first.arrived(1);
    expect(sent()).toEqual(['/cart/add']);
    first.open();
    await both;
    expect(events).toEqual(['add:arrive', 'add:answer', 'count:arrive', 'count:answer']);
  });

  it('lets everything queued behind the first call go together once it is answered', async () => {
    const events: string[] = [];
    const gates = { cart: gate(), add: gate(), count: gate() };
    gated(events, gates);
    const { c, sent } = loggedClient();
    const all = Promise.all([c.getCart(), c.addToCart(7), c.getCartCount()]);
    await gates.cart.arrived(1);
    expect(sent()).toEqual(['/cart']);
    gates.cart.open();
    // Both on the wire at once: each arrives while the other's answer is still held.
    await gates.add.arrived(1);
    await gates.count.arrived(1);
    expect(events.slice(0, 2)).toEqual(['cart:arrive', 'cart:answer']);
    expect(events.slice(2).sort()).toEqual(['add:arrive', 'count:arrive']);
    gates.add.open();
    gates.count.open();
    await all;
  });

  it('sends cart calls in parallel after the first answer', async () => {
    const events: string[] = [];
    const add = gate();
    gated(events, { add });
    const c = client();
    await c.getCart();
    const adding = c.addToCart(7);
    await add.arrived(1);
    // Answered while the add is still on its way.
    await within(c.getCart(), 'a cart call while an add is on its way');
    add.open();
    await adding;
    expect(events).toEqual(['cart:arrive', 'cart:answer', 'add:arrive', 'cart:arrive', 'cart:answer', 'add:answer']);
  });

  it('counts a business error as an answer: the session is known after it', async () => {
    const events: string[] = [];
    const loading = gate();
    gated(events, { cart: loading });
    route('/cart/update', () => HttpResponse.json({ jsonrpc: '2.0', id: 1, result: { error: 'Insufficient stock', code: 400 } }));
    const c = client();
    await shopError(c.updateCartItem(9, 99));
    const got = c.getCart();
    await loading.arrived(1);
    await within(c.addToCart(7), 'an add while the cart call is on its way');
    loading.open();
    await got;
    expect(events).toEqual(['cart:arrive', 'add:arrive', 'add:answer', 'cart:answer']);
  });

  it.each([
    ['a JSON-RPC error', () => rpcError(200, 'Odoo Server Error', 'boom')],
    ['an HTTP 404', html404],
  ])('counts %s from the first call as an answer: the session is known after it', async (_label, respond) => {
    const events: string[] = [];
    const loading = gate();
    gated(events, { cart: loading });
    route('/cart/remove', respond);
    const c = client();
    await shopError(c.removeFromCart(9));
    const got = c.getCart();
    await loading.arrived(1);
    await within(c.addToCart(7), 'an add while the cart call is on its way');
    loading.open();
    await got;
    expect(events).toEqual(['cart:arrive', 'add:arrive', 'add:answer', 'cart:answer']);
  });

  it('does not hold back stock or bundle-list calls', async () => {
    const events: string[] = [];
    const loading = gate();
    gated(events, { cart: loading });
    route('/product/7/stock', (request) => rpcResult(request, ok(stock7)));
    route('/products/stock-status', (request) => rpcResult(request, ok({ '8': stock8 })));
    route('/bundles', (request) => rpcResult(request, ok([])));
    const c = client();
    const got = c.getCart();
    await loading.arrived(1);
    // All answered while the first cart call is still on its way.
    await within(Promise.all([c.fetchStock(7), c.getStock(8), c.getBundles()]), 'stock and bundle calls while the cart loads');
    loading.open();
    await got;
  });

  it('after a network failure of the first call, sends the next call alone again', async () => {
    const events: string[] = [];
    let fail = true;
    route('/cart/clear', () => {
      events.push('clear:arrive');
      return fail ? HttpResponse.error() : HttpResponse.json({});
    });
    const first = gate();
    gated(events, { cart: first });
    const { c, sent } = loggedClient();
    expect((await shopError(c.clearCart())).kind).toBe('network');
    fail = false;
    events.length = 0;
    const both = Promise.all([c.getCart(), c.addToCart(7)]);
    await first.arrived(1);
    expect(sent()).toEqual(['/cart/clear', '/cart']);
    first.open();
    await both;
    expect(events).toEqual(['cart:arrive', 'cart:answer', 'add:arrive', 'add:answer']);
  });

  it('after a network failure, one of the waiting calls goes first and alone', async () => {
    const events: string[] = [];
    const clearing = gate();
    route('/cart/clear', async (request) => {
      events.push('clear:arrive');
      await clearing.pass(request);
      events.push('clear:fail');
      return HttpResponse.error();
    });
    const gates = { cart: gate(), count: gate() };
    gated(events, gates);
    const { c, sent } = loggedClient();
    const all = Promise.allSettled([c.clearCart(), c.getCart(), c.getCartCount()]);
    await clearing.arrived(1);
    expect(sent()).toEqual(['/cart/clear']);
    clearing.open();
    await gates.cart.arrived(1);
    expect(sent()).toEqual(['/cart/clear', '/cart']);
    gates.cart.open();
    await gates.count.arrived(1);
    gates.count.open();
    const [clear, got, counted] = await all;
    expect(clear.status).toBe('rejected');
    expect(got.status).toBe('fulfilled');
    expect(counted.status).toBe('fulfilled');
    expect(events).toEqual(['clear:arrive', 'clear:fail', 'cart:arrive', 'cart:answer', 'count:arrive', 'count:answer']);
  });

  it('an aborted call that waits at the gate is never sent', async () => {
    const events: string[] = [];
    const first = gate();
    gated(events, { cart: first });
    const { c, sent } = loggedClient();
    const controller = new AbortController();
    const loading = c.getCart();
    const second = c.addToCart(7, 1, { signal: controller.signal });
    controller.abort();
    // Rejected at once, while the first call is still on its way.
    const error = await within(failure(second), 'the aborted add');
    expect((error as Error).name).toBe('AbortError');
    first.open();
    await loading;
    // A call made now goes out after anything the first answer let go.
    await c.getCart();
    expect(sent()).toEqual(['/cart', '/cart']);
    expect(events).toEqual(['cart:arrive', 'cart:answer', 'cart:arrive', 'cart:answer']);
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
