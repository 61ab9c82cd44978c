// The mock backend behaves as the seed's Odoo module does (API-CONTRACT.md):
// these tests speak raw HTTP to it, as the real widgets' transport does.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createMockShop, type MockShop } from '../../mock-server/index.js';
import { useFakeClock } from './helpers/clock.js';
import { withoutTime } from './helpers/wait.js';

const BASE = 'http://shop.test/api/v1';
let mock: MockShop;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
const clock = useFakeClock();

function fresh(options: Parameters<typeof createMockShop>[0] = {}) {
  mock = createMockShop(options);
  server.use(...mock.handlers);
  return mock;
}

/**
 * A guest, like one browser. MSW keeps mocked cookies in a jar per host, as a
 * browser does, so each guest talks to its own host name.
 */
let guests = 0;
function guest() {
  const base = `http://guest-${++guests}.test/api/v1`;
  let cookie: string | undefined;
  async function send(path: string, init: RequestInit): Promise<{ status: number; body: any; text: string; setCookie: string | null }> {
    const response = await fetch(base + path, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const text = await response.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body, text, setCookie };
  }
  return {
    /** JSON-RPC call; returns the `result` (or the whole body on error). */
    async rpc(path: string, params: Record<string, unknown> = {}) {
      const reply = await send(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params, id: 1 }) });
      return reply.body?.result ?? reply.body;
    },
    send,
    get cookie() {
      return cookie;
    },
  };
}

describe('mock backend: cart (cart.session)', () => {
  it('gives a guest without a cookie a new cart on every call, and the cookie keeps it', async () => {
    fresh();
    // Two new guests: two carts, each told its cookie.
    const a = await guest().send('/cart', { method: 'GET' });
    const b = await guest().send('/cart', { method: 'GET' });
    // In the page and in Node, MSW keeps the cookie in its own jar: SameSite=Lax, as before.
    expect(a.setCookie).toMatch(/^cart_session_id=\w+; Path=\/; Max-Age=2592000; HttpOnly; SameSite=Lax$/);
    const first = a.body.data.session_id;
    expect(b.body.data.session_id).not.toBe(first);
    const shopper = guest();
    const added = await shopper.rpc('/cart/add', { product_id: 1, quantity: 2 });
    expect(added).toMatchObject({ success: true, message: 'Item added to cart' });
    const again = await shopper.rpc('/cart');
    expect(again.data.session_id).toBe(added.data.session_id);
    expect(again.data.items).toHaveLength(1);
    expect(first).not.toBe(added.data.session_id);
  });

  it('adds, updates, removes and clears, with enriched lines and totals', async () => {
    fresh();
    const shopper = guest();
    await shopper.rpc('/cart/add', { product_id: 7, quantity: 2 }); // Sour Doi ৳95.50, 3 in stock
    const cart = (await shopper.rpc('/cart/add', { product_id: 1 })).data; // quantity defaults to 1
    expect(cart.items[0]).toEqual({
      product_id: 7,
      name: 'Sour Doi 500 g',
      quantity: 2,
      price: 95.5,
      image_url: '/web/image/product.product/7/image_128',
      uom: 'Units',
      bundle_id: null,
      stock_available: 3,
    });
    expect(cart.item_count).toBe(3);
    expect(cart.subtotal).toBe(286);
    expect(cart.currency).toBe('৳');
    expect((await shopper.rpc('/cart/update', { product_id: 1, quantity: 4 })).data.item_count).toBe(6);
    expect((await shopper.rpc('/cart/update', { product_id: 1, quantity: 0 })).data.item_count).toBe(2);
    expect((await shopper.rpc('/cart/remove', { product_id: 7 })).message).toBe('Item removed');
    await shopper.rpc('/cart/add', { product_id: 2 });
    const cleared = await shopper.rpc('/cart/clear');
    expect(cleared).toMatchObject({ success: true, message: 'Cart cleared', data: { items: [], item_count: 0, subtotal: 0 } });
    const count = await shopper.rpc('/cart/count');
    expect(count).toEqual({ success: true, data: { count: 0, subtotal: 0 } });
  });

  it('checks stock on add (with available) and on update (without it)', async () => {
    fresh();
    const shopper = guest();
    expect(await shopper.rpc('/cart/add', { product_id: 7, quantity: 5 })).toEqual({ error: 'Insufficient stock', code: 400, available: 3 });
    await shopper.rpc('/cart/add', { product_id: 7, quantity: 3 });
    expect(await shopper.rpc('/cart/add', { product_id: 7, quantity: 1 })).toEqual({ error: 'Insufficient stock', code: 400, available: 3 });
    expect(await shopper.rpc('/cart/update', { product_id: 7, quantity: 4 })).toEqual({ error: 'Insufficient stock', code: 400 });
    // Not stocked: no limit, and 999 available.
    const khoa = await shopper.rpc('/cart/add', { product_id: 27, quantity: 50 });
    expect(khoa.data.items.find((i: { product_id: number }) => i.product_id === 27).stock_available).toBe(999);
  });

  it('answers an unknown product and a missing product_id as the seed does', async () => {
    fresh();
    const shopper = guest();
    expect(await shopper.rpc('/cart/add', { product_id: 999 })).toEqual({ error: 'Product not found', code: 400, available: null });
    expect(await shopper.rpc('/cart/add', {})).toEqual({ error: 'product_id is required', code: 400 });
    expect(await shopper.rpc('/product/999/stock')).toEqual({ error: 'Product not found', code: 404 });
  });

  it('turns a wrongly typed parameter into an Odoo server error, as Python would', async () => {
    fresh();
    const reply = await guest().rpc('/cart/add', { product_id: '7' });
    expect(reply.error).toMatchObject({ code: 200, message: 'Odoo Server Error', data: { name: 'builtins.TypeError' } });
  });
});

describe('mock backend: stock (product.product)', () => {
  it('computes every stock status like _compute_stock_status, and shows quantities only when allowed', async () => {
    fresh();
    const shopper = guest();
    const all = (await shopper.rpc('/products/stock-status', { product_ids: [1, 2, 7, 5, 11, 27, 999] })).data;
    expect(Object.keys(all).sort()).toEqual(['1', '11', '2', '27', '5', '7']);
    expect(all['1']).toMatchObject({ status: 'in_stock', available: 120, threshold: 10, low_stock: false });
    expect(all['2']).toMatchObject({ status: 'in_stock', available: null, threshold: null });
    expect(all['7']).toMatchObject({ status: 'low_stock', available: 3, low_stock: true });
    expect(all['5']).toMatchObject({ status: 'out_of_stock', expected_restock: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(all['11']).toMatchObject({ status: 'preorder', allow_backorder: true });
    expect(all['27']).toMatchObject({ status: 'in_stock' });
    expect((await shopper.rpc('/products/stock-status', {})).data).toEqual({});
    expect((await shopper.rpc('/product/7/stock')).data.status).toBe('low_stock');
  });
});

describe('mock backend: back-in-stock (stock.subscriber)', () => {
  it('subscribes, refuses what the seed refuses, and notifies on restock', async () => {
    fresh();
    const shopper = guest();
    expect(await shopper.rpc('/product/5/notify-stock', {})).toEqual({ error: 'Email is required', code: 400 });
    expect(await shopper.rpc('/product/1/notify-stock', { email: 'a@b.bd' })).toEqual({ error: 'Product is currently in stock', code: 400 });
    expect(await shopper.rpc('/product/11/notify-stock', { email: 'a@b.bd' })).toEqual({ error: 'Product is currently in stock', code: 400 }); // preorder
    expect(await shopper.rpc('/product/999/notify-stock', { email: 'a@b.bd' })).toEqual({ error: 'Product not found', code: 400 });
    expect(await shopper.rpc('/product/5/notify-stock', { email: 'rahim@example.com', phone: '+8801711000000', notify_sms: true })).toEqual({
      success: true,
      message: 'You will be notified when this product is back in stock',
    });
    expect(await shopper.rpc('/product/5/notify-stock', { email: 'rahim@example.com' })).toEqual({ success: true, message: 'Already subscribed' });
    await shopper.rpc('/product/5/notify-stock', { email: 'karim@example.com' });
    expect((await shopper.rpc('/product/5/stock')).data.waiting_count).toBe(2);

    mock.controls.setStock(5, 40);
    const log = mock.controls.notifications();
    expect(log.map((n) => [n.channel, n.address])).toEqual([
      ['email', 'rahim@example.com'],
      ['sms', '+8801711000000'],
      ['email', 'karim@example.com'],
    ]);
    expect((await shopper.rpc('/product/5/stock')).data).toMatchObject({ status: 'in_stock', waiting_count: 0 });
  });
});

describe('mock backend: bundles (product.bundle)', () => {
  it('prices every pricing type like _compute_prices and lists active bundles by sequence', async () => {
    fresh();
    const list = (await guest().rpc('/bundles')).data as { id: number; original_price: number; final_price: number; savings: number; savings_percent: number; is_available: boolean; type: string; image_url: string | null }[];
    // Every active bundle, by sequence (7 is inactive); each one's figures: mock-bundles.test.ts.
    expect(list.map((b) => b.id)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15]);
    const [fixed, percent, amount] = list;
    // Fixed price: 2 × 95 + 280 + 120 = 590 → 450.
    expect(fixed).toMatchObject({ type: 'fixed', original_price: 590, final_price: 450, savings: 140, savings_percent: 23.7 });
    // 15 % off 2 × 120 + 2 × 140 = 520 → 442.
    expect(percent).toMatchObject({ type: 'mix_match', original_price: 520, final_price: 442, savings: 78, savings_percent: 15 });
    // ৳40 off 2 × 40 = 80 → 40.
    expect(amount).toMatchObject({ type: 'bogo', original_price: 80, final_price: 40, savings: 40, savings_percent: 50 });
    expect(list.find((b) => b.id === 5)).toMatchObject({ is_available: false, image_url: null }); // a component is out of stock
    expect(list.find((b) => b.id === 6)!.is_available).toBe(false); // offer ended
  });

  it('adds a bundle as component lines with bundle_id, returns no cart, and enforces limits', async () => {
    fresh();
    const shopper = guest();
    expect(await shopper.rpc('/bundles/2/add-to-cart', { quantity: 2 })).toEqual({ success: true, message: 'Bundle "Mix & Match Doi" added to cart' });
    const cart = (await shopper.rpc('/cart')).data;
    expect(cart.items.map((i: { product_id: number; quantity: number; bundle_id: number }) => [i.product_id, i.quantity, i.bundle_id])).toEqual([
      [6, 4, 2],
      [8, 4, 2],
    ]);
    expect(await shopper.rpc('/bundles/2/add-to-cart', { quantity: 4 })).toEqual({ error: 'Maximum 3 bundles per order', code: 400 });
    expect(await shopper.rpc('/bundles/5/add-to-cart', {})).toEqual({ error: 'Bundle is not available', code: 400 });
    mock.db.bundle(3)!.sold_count = 100;
    expect(await shopper.rpc('/bundles/3/add-to-cart', {})).toEqual({ error: 'Bundle is not available', code: 400 });
  });
});

describe('mock backend: transports and refusals of the web server', () => {
  it('serves REST: GET for the seed GET routes, POST JSON for the rest, refusals with their status', async () => {
    fresh();
    const shopper = guest();
    const cart = await shopper.send('/cart', { method: 'GET' });
    expect(cart.status).toBe(200);
    expect(cart.body).toMatchObject({ success: true, data: { items: [] } });
    const add = await shopper.send('/cart/add', { method: 'POST', body: JSON.stringify({ product_id: 7, quantity: 9 }) });
    expect(add.status).toBe(400);
    expect(add.body).toEqual({ error: 'Insufficient stock', code: 400, available: 3 });
    const stock = await shopper.send('/product/999/stock', { method: 'GET' });
    expect(stock.status).toBe(404);
  });

  it('answers 404 for an unknown route, 405 for a wrong method, 400 for bad JSON', async () => {
    fresh();
    const shopper = guest();
    const unknown = await shopper.send('/nope', { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('<html>'.slice(0, 5));
    expect((await shopper.send('/cart/add', { method: 'GET' })).status).toBe(405);
    expect((await shopper.send('/cart', { method: 'PUT' })).status).toBe(405);
    expect((await shopper.send('/cart/add', { method: 'POST', body: '{not json' })).status).toBe(400);
  });
});

describe('mock backend: scenario controls', () => {
  it('forces an error on one endpoint, once', async () => {
    fresh();
    const shopper = guest();
    mock.controls.forceError('/cart/add', 'server');
    const failed = await shopper.rpc('/cart/add', { product_id: 1 });
    expect(failed.error).toMatchObject({ code: 200, message: 'Odoo Server Error' });
    expect((await shopper.rpc('/cart/add', { product_id: 1 })).success).toBe(true);
  });

  it('expires the session (code 100) and resets', async () => {
    fresh();
    const shopper = guest();
    mock.controls.expireSession();
    expect((await shopper.rpc('/cart')).error).toMatchObject({ code: 100, message: 'Odoo Session Expired' });
    expect((await shopper.send('/cart', { method: 'GET' })).status).toBe(401);
    mock.controls.reset();
    expect((await shopper.rpc('/cart')).success).toBe(true);
  });

  it('adds latency and fails a share of requests like a dropped connection', async () => {
    const time = clock.fake();
    fresh();
    mock.controls.setLatency(60);
    let answered = false;
    const answer = guest()
      .rpc('/cart')
      .finally(() => (answered = true));
    await time.advance(59);
    expect(answered).toBe(false);
    await time.advance(1);
    expect((await withoutTime(answer, 'the answer after 60 ms')).success).toBe(true);
    mock.controls.setLatency(0);
    mock.controls.setFailureRate(1);
    await expect(fetch(`${BASE}/cart`, { method: 'GET' })).rejects.toThrow();
  });

  it('fills new carts in the filled-cart scenario', async () => {
    fresh({ scenario: 'filled-cart' });
    const cart = (await guest().rpc('/cart')).data;
    expect(cart.items.length).toBeGreaterThanOrEqual(5);
    expect(cart.items.some((i: { bundle_id: number | null }) => i.bundle_id === 2)).toBe(true);
  });

  it('is driven over HTTP too (/__mock/*)', async () => {
    fresh();
    await fetch('http://shop.test/__mock/stock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ product_id: 1, qty: 0 }) });
    expect((await guest().rpc('/product/1/stock')).data.status).toBe('out_of_stock');
    const state = await (await fetch('http://shop.test/__mock/state')).json();
    expect(state.ok).toBe(true);
  });

  it('serves product images as SVG', async () => {
    fresh();
    const image = await fetch('http://shop.test/web/image/product.product/6/image_128');
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    expect(await image.text()).toContain('<svg');
  });
});
