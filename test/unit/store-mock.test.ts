// The store, the client and the mock backend together: what a shopper's tab does.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createShopClient } from '../../src/client/client.js';
import { createCartStore } from '../../src/store/cart.js';
import { createMockShop, type MockShop } from '../../mock-server/index.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let tabs = 0;
function tab(mock: MockShop, fetchImpl?: typeof fetch) {
  // Each tab is its own browser (MSW keeps one cookie jar per host).
  const client = createShopClient({ apiBase: `http://tab-${++tabs}.test/api/v1`, fetch: fetchImpl, retryDelay: 1 });
  return { client, cart: createCartStore({ client: () => client, sleep: () => new Promise((resolve) => setTimeout(resolve, 1)) }) };
}

function shop(options: Parameters<typeof createMockShop>[0] = {}) {
  const mock = createMockShop(options);
  server.use(...mock.handlers);
  return mock;
}

const serverCart = async (client: ReturnType<typeof createShopClient>) => (await client.getCart()).items.map((i) => [i.product_id, i.quantity]);

describe('store against the mock shop', () => {
  it('a new guest’s first add, made while the cart loads, lands in the same cart', async () => {
    const mock = shop({ latency: 20 });
    const { client, cart } = tab(mock);
    const [loaded, added] = await Promise.all([cart.load(), cart.add(6, 1)]);
    expect(loaded.ok && added.ok).toBe(true);
    expect(await serverCart(client)).toEqual([[6, 1]]);
    expect(cart.$cart.get().item_count).toBe(1);
  });

  it('ten quick taps end with ten more on the server, in a few requests', async () => {
    const mock = shop({ latency: 25 });
    let requests = 0;
    const { client, cart } = tab(mock, (input, init) => (requests++, fetch(input, init)));
    await cart.load();
    const before = requests;
    const taps = [];
    for (let i = 0; i < 10; i++) {
      taps.push(cart.add(2, 1));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(taps);
    expect(await serverCart(client)).toEqual([[2, 10]]);
    expect(requests - before).toBeLessThanOrEqual(4);
  });

  it('taps past the stock end with what the shop has, and say so', async () => {
    const mock = shop({ latency: 15 });
    const { client, cart } = tab(mock);
    await cart.load();
    const taps = [];
    for (let i = 0; i < 6; i++) {
      taps.push(cart.add(7, 1)); // Sour Doi: 3 in stock
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const outcomes = await Promise.all(taps);
    expect(await serverCart(client)).toEqual([[7, 3]]);
    expect(cart.$cart.get().item_count).toBe(3);
    const limited = outcomes.find((o) => o.ok && o.limitedTo === 3) ?? outcomes.find((o) => !o.ok);
    expect(limited).toBeDefined();
  });

  it('agrees with the server after shuffled answers to changes on several lines', async () => {
    const mock = shop();
    // Answers come back in random order: the server did the work on arrival.
    const shuffled: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
      return response;
    };
    const { client, cart } = tab(mock, shuffled);
    await cart.load();
    const work = [];
    for (let i = 0; i < 12; i++) {
      work.push(cart.add([1, 2, 3][i % 3]!, 1));
      if (i % 4 === 3) work.push(cart.setQuantity(1, 2));
      await new Promise((resolve) => setTimeout(resolve, 4));
    }
    await Promise.all(work);
    const truth = await client.getCart();
    expect(cart.$cart.get().items.map((i) => [i.product_id, i.quantity])).toEqual(truth.items.map((i) => [i.product_id, i.quantity]));
    expect(cart.$cart.get().item_count).toBe(truth.item_count);
  });

  it('rolls back with the backend’s reason when the add is refused', async () => {
    const mock = shop();
    const { cart } = tab(mock);
    await cart.load();
    const outcome = await cart.add(5, 1); // out of stock
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.message).toBe('Insufficient stock');
    expect(cart.$cart.get().item_count).toBe(0);
  });

  it('after a server error, shows the server’s truth and keeps no phantom line', async () => {
    const mock = shop();
    const { cart } = tab(mock);
    await cart.load();
    mock.controls.forceError('/cart/add', 'server');
    const outcome = await cart.add(1, 1);
    expect(!outcome.ok && outcome.error.kind).toBe('server');
    expect(cart.$cart.get().item_count).toBe(0);
  });

  it('adds a bundle and shows its lines', async () => {
    const mock = shop();
    const { cart } = tab(mock);
    await cart.load();
    const outcome = await cart.addBundle(1, 1);
    expect(outcome.ok).toBe(true);
    expect(cart.$cart.get().items.map((i) => [i.product_id, i.bundle_id])).toEqual([
      [1, 1],
      [12, 1],
      [6, 1],
    ]);
  });
});
