// The mock's product.bundle follows the seed exactly: `_compute_prices` with the
// Monetary rounding Odoo applies, `_compute_availability` (dates, sold-out total,
// component stock), and `add_to_cart` (its limits, and its silence when a
// component's own add is refused). Spoken to over JSON-RPC, as the widgets do.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createMockShop, type MockShop } from '../../mock-server/index.js';
import { odooRound } from '../../mock-server/db/bundles.js';
import type { BundleInfo, Cart } from '../../src/client/types.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let mock: MockShop;
let guests = 0;
function fresh(): MockShop {
  mock = createMockShop();
  server.use(...mock.handlers);
  return mock;
}
/** One browser: its own host (MSW keeps a cookie jar per host), JSON-RPC calls. */
function guest() {
  const base = `http://bundle-guest-${++guests}.test/api/v1`;
  let cookie = '';
  return async (path: string, params: Record<string, unknown> = {}) => {
    const response = await fetch(base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params, id: 1 }),
    });
    cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    return ((await response.json()) as { result: any }).result;
  };
}
const list = async (): Promise<BundleInfo[]> => (await guest()('/bundles')).data;
const paisa = (bdt: number) => Math.round(bdt * 100);

describe('mock product.bundle: prices (_compute_prices)', () => {
  it('covers every bundle type × pricing type', () => {
    const pairs = new Set(fresh().db.activeBundles().map((b) => `${b.bundle_type}/${b.pricing_type}`));
    for (const type of ['fixed', 'mix_match', 'bogo']) {
      for (const pricing of ['fixed', 'discount_percent', 'discount_amount']) expect(pairs, `${type} × ${pricing}`).toContain(`${type}/${pricing}`);
    }
  });

  it('prices each bundle as the seed does', async () => {
    fresh();
    const figures = Object.fromEntries((await list()).map((b) => [b.id, [b.type, b.original_price, b.final_price, b.savings, b.savings_percent]]));
    expect(figures).toEqual({
      1: ['fixed', 590, 450, 140, 23.7], // fixed price
      2: ['mix_match', 520, 442, 78, 15], // 15 %
      3: ['bogo', 80, 40, 40, 50], // ৳40 off
      4: ['fixed', 1340, 1240, 100, 7.5], // ৳100 off
      5: ['mix_match', 350, 315, 35, 10],
      6: ['fixed', 830, 700, 130, 15.7],
      8: ['fixed', 1050, 945, 105, 10], // 10 %
      9: ['mix_match', 740, 650, 90, 12.2], // fixed price
      10: ['mix_match', 190, 160, 30, 15.8], // ৳30 off
      11: ['bogo', 560, 280, 280, 50], // fixed price
      12: ['bogo', 220, 110, 110, 50], // 50 %
      13: ['fixed', 215.5, 183.18, 32.32, 15], // 15 % of ৳215.50 = 183.175 → 183.18 (HALF-UP)
      14: ['fixed', 810, 720, 90, 11.1],
      15: ['fixed', 360, 300, 60, 16.7],
    });
  });

  it('rounds Monetary values as Odoo does, so savings = original − final to the paisa', async () => {
    expect(odooRound(2.675)).toBe(2.68); // stored as 2.67499…: the epsilon tips it up
    expect(odooRound(215.5 * (1 - 15 / 100))).toBe(183.18);
    expect(odooRound(-1.005)).toBe(-1.01);
    fresh();
    for (const b of await list()) expect(paisa(b.savings), b.name).toBe(paisa(b.original_price) - paisa(b.final_price));
  });

  it('never prices an amount discount below zero, and follows list prices', async () => {
    fresh();
    mock.db.bundle(3)!.discount_amount = 500;
    mock.db.product(17)!.lst_price = 45;
    expect((await list()).find((b) => b.id === 3)).toMatchObject({ original_price: 90, final_price: 0, savings: 90, savings_percent: 100 });
  });
});

describe('mock product.bundle: availability (_compute_availability)', () => {
  it('lists active bundles only, by sequence, unavailable ones included', async () => {
    fresh();
    const bundles = await list();
    expect(bundles.map((b) => b.id)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(bundles.filter((b) => !b.is_available).map((b) => b.id)).toEqual([5, 6, 14, 15]);
  });

  it('is unavailable before its start, after its end, when sold out, and when a component is short', async () => {
    fresh();
    const available = async (id: number) => (await list()).find((b) => b.id === id)!.is_available;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const bundle = mock.db.bundle(1)!;
    expect(await available(1)).toBe(true);
    bundle.date_start = day(1);
    expect(await available(1)).toBe(false);
    bundle.date_start = day(0); // starts today: on
    expect(await available(1)).toBe(true);
    bundle.date_end = day(-1);
    expect(await available(1)).toBe(false);
    bundle.date_end = day(0); // ends today: still on
    expect(await available(1)).toBe(true);
    bundle.total_available = 5;
    bundle.sold_count = 5;
    expect(await available(1)).toBe(false);
    bundle.sold_count = 4;
    expect(await available(1)).toBe(true);
    // Two Fresh Milk per bundle: one left is not enough.
    mock.controls.setStock(1, 1);
    expect(await available(1)).toBe(false);
    mock.controls.setStock(1, 2);
    expect(await available(1)).toBe(true);
  });

  it('gives an image URL only to bundles with an image', async () => {
    fresh();
    const bundles = await list();
    expect(bundles.filter((b) => b.image_url === null).map((b) => b.id)).toEqual([5, 10]);
    expect(bundles.find((b) => b.id === 1)!.image_url).toBe('/web/image/product.bundle/1/image');
  });
});

describe('mock product.bundle: add_to_cart', () => {
  it('adds each component with bundle_id and answers without a cart', async () => {
    fresh();
    const rpc = guest();
    expect(await rpc('/bundles/1/add-to-cart', { quantity: 2 })).toEqual({ success: true, message: 'Bundle "Breakfast Pack" added to cart' });
    const cart: Cart = (await rpc('/cart')).data;
    expect(cart.items.map((i) => [i.product_id, i.quantity, i.price, i.bundle_id])).toEqual([
      [1, 4, 95, 1],
      [12, 2, 280, 1],
      [6, 2, 120, 1],
    ]);
    // List prices: the backend applies no bundle price to the lines.
    expect(cart.subtotal).toBe(2 * 590);
  });

  it('refuses what the seed refuses: unavailable bundles, more than the per-order maximum in one add', async () => {
    fresh();
    const rpc = guest();
    for (const id of [5, 6, 14, 15]) expect(await rpc(`/bundles/${id}/add-to-cart`), `bundle ${id}`).toEqual({ error: 'Bundle is not available', code: 400 });
    expect(await rpc('/bundles/2/add-to-cart', { quantity: 4 })).toEqual({ error: 'Maximum 3 bundles per order', code: 400 });
    expect(await rpc('/bundles/2/add-to-cart', { quantity: 2 })).toMatchObject({ success: true });
    // The seed checks each add, not the cart: two more (four in all, above the maximum) are accepted.
    expect(await rpc('/bundles/2/add-to-cart', { quantity: 2 })).toMatchObject({ success: true });
    expect((await rpc('/cart')).data.items.map((i: { quantity: number }) => i.quantity)).toEqual([8, 8]);
  });

  it('says "added" when a component could not be added (the seed ignores each add_item result)', async () => {
    fresh();
    const rpc = guest();
    // Doi Duo: Sour Doi (3 in stock) and Mishti Doi. Four bundles need four Sour Doi.
    expect(await rpc('/bundles/13/add-to-cart', { quantity: 4 })).toEqual({ success: true, message: 'Bundle "Doi Duo" added to cart' });
    expect((await rpc('/cart')).data.items.map((i: { product_id: number; quantity: number }) => [i.product_id, i.quantity])).toEqual([[6, 4]]);
  });

  it('keeps the bundle_id of a line that was in the cart first (add_item merges into it)', async () => {
    fresh();
    const rpc = guest();
    await rpc('/cart/add', { product_id: 12, quantity: 1 });
    await rpc('/bundles/1/add-to-cart');
    const items = (await rpc('/cart')).data.items.map((i: { product_id: number; quantity: number; bundle_id: number | null }) => [i.product_id, i.quantity, i.bundle_id]);
    expect(items).toEqual([
      [12, 2, null],
      [1, 2, 1],
      [6, 1, 1],
    ]);
  });
});
