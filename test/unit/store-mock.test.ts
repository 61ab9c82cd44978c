// The store, the client and the mock backend together: what a shopper's tab does.
// Where answers come back in a random order, the randomness is seeded and the seed
// is in the test's title, so a failing order can be replayed with TEST_SEED=<seed>.
import { cleanStores } from 'nanostores';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createShopClient } from '../../src/client/client.js';
import { createCartStore, type CartStore } from '../../src/store/cart.js';
import { createMockShop, type MockShop } from '../../mock-server/index.js';
import { mulberry32, SEED, seedNote } from './helpers/random.js';
import { gate, releaseGates } from './helpers/wait.js';

const server = setupServer();
const stores: CartStore[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  releaseGates();
  server.resetHandlers();
  for (const store of stores.splice(0)) cleanStores(store.$cart, store.$confirmed);
});
afterAll(() => server.close());

let tabs = 0;
function tab(mock: MockShop, fetchImpl?: typeof fetch) {
  // Each tab is its own browser (MSW keeps one cookie jar per host).
  const client = createShopClient({ apiBase: `http://tab-${++tabs}.test/api/v1`, fetch: fetchImpl, retryDelay: 1 });
  const cart = createCartStore({ client: () => client, sleep: () => new Promise((resolve) => setTimeout(resolve, 1)) });
  stores.push(cart);
  return { client, cart };
}

/** A separate task, as a shopper's next tap is. */
const nextTask = () => new Promise((resolve) => setImmediate(resolve));

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

  it('ten quick taps end with ten more on the server, in two requests', async () => {
    const mock = shop();
    // The shop carries each request out on arrival; its answer waits at this gate.
    const answers = gate({ open: true });
    const sent: string[] = [];
    const { client, cart } = tab(mock, async (input, init) => {
      sent.push(new URL(String(input)).pathname);
      const response = await fetch(input, init);
      await answers.pass();
      return response;
    });
    await cart.load();
    answers.close();
    const taps = [cart.add(2, 1)];
    await answers.arrived(2); // the load, then the first add: carried out, its answer held
    for (let i = 1; i < 10; i++) {
      taps.push(cart.add(2, 1));
      await nextTask();
    }
    answers.open();
    await Promise.all(taps);
    // The add, then one absolute update for the nine taps made meanwhile.
    expect(sent.slice(1)).toEqual([`/api/v1/cart/add`, `/api/v1/cart/update`]);
    expect(await serverCart(client)).toEqual([[2, 10]]);
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

  it(`agrees with the server after shuffled answers to changes on several lines${seedNote()}`, async () => {
    // One stream per source of randomness, so each draws the same numbers on a replay.
    const latency = mulberry32(SEED);
    const answerDelay = mulberry32(SEED ^ 0x5bd1e995);
    const tapGap = mulberry32(SEED ^ 0x27d4eb2f);
    const mock = shop({ latency: { min: 0, max: 10 }, random: latency });
    // Answers come back in random order: the server did the work on arrival.
    const shuffled: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      await new Promise((resolve) => setTimeout(resolve, answerDelay() * 30));
      return response;
    };
    const { client, cart } = tab(mock, shuffled);
    await cart.load();
    const work = [];
    for (let i = 0; i < 12; i++) {
      work.push(cart.add([1, 2, 3][i % 3]!, 1));
      if (i % 4 === 3) work.push(cart.setQuantity(1, 2));
      await new Promise((resolve) => setTimeout(resolve, tapGap() * 8));
    }
    await Promise.all(work);
    const truth = await client.getCart();
    expect(cart.$cart.get().items.map((i) => [i.product_id, i.quantity])).toEqual(truth.items.map((i) => [i.product_id, i.quantity]));
    expect(cart.$cart.get().item_count).toBe(truth.item_count);
  });

  it('keeps a line from an answer that the shop carried out before that line’s own change (requests race to the shop)', async () => {
    const mock = shop();
    let armed = false;
    const holdUpdateOf2 = gate();
    const holdAnswerFor3 = gate();
    const racing: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const body = String(init?.body ?? '');
      const update = url.endsWith('/cart/update');
      // Product 2's change leaves first but reaches the shop last…
      if (armed && update && body.includes('"product_id":2')) await holdUpdateOf2.pass();
      const response = await fetch(input, init);
      // …and product 3's answer, carried out before it, comes back last.
      if (armed && update && body.includes('"product_id":3')) await holdAnswerFor3.pass();
      return response;
    };
    const { client, cart } = tab(mock, racing);
    await cart.load();
    await cart.add(2, 1);
    await cart.add(3, 1);
    armed = true;
    const two = cart.setQuantity(2, 5);
    await holdUpdateOf2.arrived();
    const three = cart.setQuantity(3, 4);
    await holdAnswerFor3.arrived();
    holdUpdateOf2.open();
    await two;
    holdAnswerFor3.open();
    await three;
    const truth = await client.getCart();
    expect(truth.items.map((i) => [i.product_id, i.quantity])).toEqual([
      [2, 5],
      [3, 4],
    ]);
    expect(cart.$cart.get().items.map((i) => [i.product_id, i.quantity])).toEqual([
      [2, 5],
      [3, 4],
    ]);
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
