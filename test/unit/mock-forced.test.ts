// Forced behaviours for the store's hostile-network tests (issue 8.1/8.2):
// a backend that commits and then drops the connection, one that commits late,
// and one that answers a crafted body. In Node, through msw/node (node.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mock-server/node.js';
import { withoutTime } from './helpers/wait.js';

const mock = createMockServer();
beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  vi.useRealTimers();
  mock.controls.reset();
});
afterAll(() => mock.server.close());

/** A guest: its own host name, so MSW's cookie jar gives it its own cart. */
let guests = 0;
function guest() {
  const base = `http://forced-${++guests}.test/api/v1`;
  const rpc = async (path: string, params: object = {}, init: RequestInit = {}) => {
    const response = await fetch(base + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params, id: 4 }), ...init });
    return response.json();
  };
  const rest = (path: string, init: RequestInit = {}) => fetch(base + path, init);
  const cart = async () => (await rpc('/cart')).result.data as { session_id: string; items: { product_id: number; quantity: number }[] };
  return { rpc, rest, cart };
}

describe('forced: commit-then-drop', () => {
  it('runs and commits the add, then drops the connection', async () => {
    const shopper = guest();
    const { session_id } = await shopper.cart();
    mock.controls.forceError('/cart/add', 'commit-then-drop');
    await expect(shopper.rpc('/cart/add', { product_id: 6, quantity: 1 })).rejects.toThrow(TypeError);
    const cart = await shopper.cart();
    expect(cart.session_id).toBe(session_id);
    expect(cart.items).toEqual([expect.objectContaining({ product_id: 6, quantity: 1 })]);
    // Once only: the next add answers.
    expect((await shopper.rpc('/cart/add', { product_id: 6, quantity: 1 })).result.data.items[0].quantity).toBe(2);
  });

  it('is driven over HTTP: POST /__mock/force-error', async () => {
    const shopper = guest();
    await shopper.cart();
    const control = await fetch('http://shop.test/__mock/force-error', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ endpoint: '/cart/update', kind: 'commit-then-drop', times: 2 }),
    });
    expect(control.status).toBe(200);
    await shopper.rpc('/cart/add', { product_id: 2, quantity: 1 });
    await expect(shopper.rpc('/cart/update', { product_id: 2, quantity: 5 })).rejects.toThrow();
    await expect(shopper.rpc('/cart/update', { product_id: 2, quantity: 7 })).rejects.toThrow();
    expect((await shopper.cart()).items[0]!.quantity).toBe(7);
  });
});

describe('forced: late-commit', () => {
  // Time is the subject: these run on a fake clock (setTimeout, clearTimeout, Date only).
  const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });

  it('waits delayMs, then commits and answers, while a client that gave up earlier has left', async () => {
    fakeClock();
    const shopper = guest();
    await shopper.cart();
    mock.controls.forceError('/cart/add', 'late-commit', 1, { delayMs: 300 });
    const leaving = new AbortController();
    const adding = shopper.rpc('/cart/add', { product_id: 1, quantity: 1 }, { signal: leaving.signal });
    await vi.advanceTimersByTimeAsync(40);
    leaving.abort();
    await expect(withoutTime(adding, 'the abandoned add')).rejects.toThrow(/abort/i);
    // The client gave up; the shop has not committed yet…
    await vi.advanceTimersByTimeAsync(259);
    expect((await shopper.cart()).items).toEqual([]);
    // …and commits when its delay is over.
    await vi.advanceTimersByTimeAsync(1);
    expect((await shopper.cart()).items).toEqual([expect.objectContaining({ product_id: 1, quantity: 1 })]);
  });

  it('answers normally after the delay to a client that waits', async () => {
    fakeClock();
    const shopper = guest();
    await shopper.cart();
    await fetch('http://shop.test/__mock/force-error', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ endpoint: '/cart/add', kind: 'late-commit', delayMs: 120 }),
    });
    let answered = false;
    const answer = shopper.rpc('/cart/add', { product_id: 3, quantity: 2 }).finally(() => (answered = true));
    await vi.advanceTimersByTimeAsync(119);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await withoutTime(answer, 'the late answer')).result).toMatchObject({ success: true, data: { items: [expect.objectContaining({ product_id: 3, quantity: 2 })] } });
  });

  it('waits 5 s when no delayMs is given', async () => {
    fakeClock();
    const shopper = guest();
    mock.controls.forceError('/cart', 'late-commit');
    let answered = false;
    const answer = shopper.rpc('/cart').then((body) => ((answered = true), body));
    await vi.advanceTimersByTimeAsync(4_990);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect((await answer).result.success).toBe(true);
  });
});

describe('forced: respond with a crafted body', () => {
  it('answers exactly the body as the JSON-RPC result', async () => {
    const crafted = { success: true, data: { session_id: 'x', items: [{ product_id: 7, quantity: -2, price: 'free' }], item_count: 99, subtotal: -1, currency: '৳' }, error: false };
    mock.controls.forceError('/cart', 'respond', 1, { body: crafted });
    const shopper = guest();
    expect(await shopper.rpc('/cart')).toEqual({ jsonrpc: '2.0', id: 4, result: crafted });
    // Once: then the real cart.
    expect((await shopper.rpc('/cart')).result.data.items).toEqual([]);
  });

  it('answers the raw body in REST (status 200, or the one given), any JSON value', async () => {
    const shopper = guest();
    mock.controls.forceError('/product/<id>/stock', 'respond', 1, { body: { success: true, data: { status: 'in_stock', expected_restock: '12/01/2026' } } });
    const stock = await shopper.rest('/product/7/stock');
    expect(stock.status).toBe(200);
    expect(await stock.json()).toEqual({ success: true, data: { status: 'in_stock', expected_restock: '12/01/2026' } });
    await fetch('http://shop.test/__mock/force-error', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ endpoint: '/cart/count', kind: 'respond', body: 'not an object', status: 503 }),
    });
    const count = await shopper.rest('/cart/count');
    expect(count.status).toBe(503);
    expect(await count.text()).toBe('"not an object"');
  });

  it('refuses a control with an unknown kind or a bad count', async () => {
    for (const body of [{ kind: 'explode' }, { kind: 'network', times: 0 }, { kind: 'late-commit', delayMs: -5 }, { kind: 'respond', body: {}, status: 0 }]) {
      const response = await fetch('http://shop.test/__mock/force-error', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(mock.controls.state().settings.forced).toEqual([]);
  });
});
