// The cart and the shopper never disagree, whatever the network does: answers
// that never come (but the change was committed), commits that land late, a
// request the browser repeated by itself, an offline browser, a shop that forgets
// the cart, a first load that hangs, and locked-down browsers.
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { ShopClient } from '../../src/client/client.js';
import { ShopError } from '../../src/client/errors.js';
import type { Cart } from '../../src/client/types.js';
import { connectBrowser } from '../../src/store/browser.js';
import { createCartStore, type CartNotice, type CartStore, type CartStoreOptions } from '../../src/store/cart.js';
import { useFakeClock } from './helpers/clock.js';
import { fakeShop, tick, until } from './helpers/fake-shop.js';

const products = () => ({
  1: { name: 'Fresh Milk 1L', price: 95.5, stock: 100 },
  7: { name: 'Ghee 200g', price: 390.25, stock: 100 },
});

const stores: CartStore[] = [];
let warnings: MockInstance<typeof console.warn>;
let errors: MockInstance<typeof console.error>;

beforeEach(() => {
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
/** What connectBrowser() returned, undone after each test even when the test failed. */
const connections: (() => void)[] = [];
const connect = (...args: Parameters<typeof connectBrowser>) => {
  const disconnect = connectBrowser(...args);
  connections.push(disconnect);
  return disconnect;
};
const clock = useFakeClock();

afterEach(() => {
  for (const disconnect of connections.splice(0)) disconnect();
  for (const store of stores.splice(0)) cleanStores(store.$cart, store.$confirmed);
  vi.restoreAllMocks();
});

/** A store on a fake shop; `sleep` stands in for the recheck delays (1.5 s, 4 s in a browser). */
function setup(options: Partial<CartStoreOptions> = {}) {
  const shop = fakeShop(products());
  const delays: number[] = [];
  const store = createCartStore({
    client: () => shop.client,
    sleep: async (ms) => {
      delays.push(ms);
      await tick(1);
    },
    ...options,
  });
  const notices: CartNotice[] = [];
  store.$notice.listen((notice) => notice && notices.push(notice));
  stores.push(store);
  return { shop, store, delays, notices };
}

const qty = (store: CartStore, productId: number) => store.$cart.get().items.find((item) => item.product_id === productId)?.quantity ?? 0;
const timeout = () => new ShopError('timeout', 'No answer', { endpoint: '/cart/add' });
const dropped = () => new ShopError('network', 'Connection reset', { endpoint: '/cart/add' });

describe('a change whose answer never came', () => {
  it('a late commit: the store rechecks before anything else, and ends with what the shopper asked for', async () => {
    const { shop, store, delays } = setup({
      // The shop commits the add only while the store waits to check again.
      sleep: async (ms) => {
        delays.push(ms);
        if (ms === 1_500) shop.seed(7, 1);
        await tick(1);
      },
    });
    await store.load();
    shop.failNext('/cart/add', timeout(), false);
    const outcome = await store.add(7, 1);
    expect(outcome).toMatchObject({ ok: true, quantity: 1 });
    expect(shop.quantity(7)).toBe(1);
    expect(qty(store, 7)).toBe(1);
    expect(shop.count('/cart/add')).toBe(1);
    // Checked at once, then a little later.
    expect(delays).toEqual([1_500]);
  });

  it('a click made while the outcome is unknown becomes an absolute update once the line exists, never a second add', async () => {
    const { shop, store } = setup();
    await store.load();
    shop.failNext('/cart/add', dropped(), true); // committed, then the connection dropped
    shop.hold(true);
    const first = store.add(7, 1);
    await until(() => shop.held.length === 1);
    const second = store.add(7, 1); // while the first is out
    shop.hold(false);
    shop.releaseAll();
    const [a, b] = await Promise.all([first, second]);
    expect(a.ok && b.ok).toBe(true);
    expect(shop.quantity(7)).toBe(2);
    expect(shop.count('/cart/add')).toBe(1);
    expect(shop.count('/cart/update')).toBe(1);
    expect(qty(store, 7)).toBe(2);
  });

  it('when no check can tell, rolls back and says so; a later cart that holds the line is said, not shown silently', async () => {
    const { shop, store, notices } = setup();
    await store.load();
    shop.failNext('/cart/add', timeout(), false);
    const outcome = await store.add(7, 1);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(qty(store, 7)).toBe(0);
    // Much later the shop did commit it; the tab learns it on its next load (e.g. back online).
    shop.seed(7, 1);
    await store.load({ fresh: true });
    expect(qty(store, 7)).toBe(1);
    expect(notices.at(-1)).toMatchObject({ type: 'unexpected', productId: 7, quantity: 1 });
  });

  it('the next change of a product whose outcome is unknown asks the cart first', async () => {
    const { shop, store } = setup();
    await store.load();
    shop.failNext('/cart/add', timeout(), false);
    await store.add(7, 1);
    shop.seed(7, 1); // it landed after all
    const loadsBefore = shop.count('/cart');
    const outcome = await store.add(7, 1);
    expect(shop.count('/cart')).toBe(loadsBefore + 1);
    // The shopper saw 0 and asked again for one: the late commit already holds it, so
    // nothing is sent and the cart holds 1, not 2.
    expect(outcome).toMatchObject({ ok: true, quantity: 1 });
    expect(shop.quantity(7)).toBe(1);
    expect(shop.count('/cart/add')).toBe(1);
  });
});

describe('a cart that holds more than this browser asked for', () => {
  it('the browser silently repeated an add: shows the server’s 2, says "now has 2", logs the discrepancy, takes nothing away', async () => {
    const { shop, store, notices } = setup();
    await store.load();
    // The first POST was committed, its connection dropped, and the browser sent it again:
    // the answer the store sees holds 2.
    shop.seed(7, 1);
    const outcome = await store.add(7, 1);
    expect(outcome).toMatchObject({ ok: true, quantity: 2, unexpected: true });
    expect(qty(store, 7)).toBe(2);
    expect(shop.quantity(7)).toBe(2);
    expect(shop.count('/cart/update') + shop.count('/cart/remove')).toBe(0);
    expect(notices.at(-1)).toMatchObject({ type: 'unexpected', productId: 7, quantity: 2 });
    expect(warnings.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(/Product 7: the shop's cart holds 2 where this browser's changes explain 1/);
  });
});

describe('offline', () => {
  it('a change made offline is not lost silently: nothing changes, and the shopper is told', async () => {
    const { shop, store, notices } = setup();
    await store.load();
    shop.failNext('/cart/add', new ShopError('offline', 'Offline', { endpoint: '/cart/add' }), false);
    const outcome = await store.add(1, 1);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'offline' } });
    expect(qty(store, 1)).toBe(0);
    expect(notices.at(-1)).toMatchObject({ type: 'failed', productId: 1, error: { kind: 'offline' } });
    // No rechecks while offline: the `online` event brings the next one.
    expect(shop.count('/cart')).toBe(1);
  });

  it('refetches the cart when the browser is back online', async () => {
    const { shop, store } = setup();
    const win = Object.assign(new EventTarget(), { document: new EventTarget() }) as unknown as Window & typeof globalThis;
    const disconnect = connect({ cart: store, window: win, channel: 'test-online' });
    await store.load();
    shop.seed(1, 3);
    win.dispatchEvent(new Event('online'));
    await until(() => qty(store, 1) === 3);
    disconnect();
  });
});

describe('a shop that forgets the cart', () => {
  it('says once in the console why, and tells the shopper through the status', async () => {
    const { shop, store, notices } = setup();
    await store.load();
    await store.add(1, 1);
    shop.forget();
    await store.add(7, 1);
    expect(store.$status.get().forgotten).toBe(true);
    expect(notices.some((notice) => notice.type === 'forgotten')).toBe(true);
    const said = errors.mock.calls.map((call) => String(call[0]));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/session fake became fake-1/);
    expect(said[0]).toContain('SameSite');
    expect(said[0]).toContain('Access-Control-Allow-Credentials');
    shop.forget();
    await store.add(1, 1);
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('a new session whose lines are all still there (e.g. after logging in) is not a forgotten cart', async () => {
    const { shop, store } = setup();
    await store.load();
    await store.add(1, 1);
    shop.forget();
    shop.seed(1, 1);
    await store.load({ fresh: true });
    expect(store.$status.get().forgotten).toBeUndefined();
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('a first load that hangs', () => {
  function hangingClient(cart: Cart) {
    let answer: (cart: Cart) => void = () => undefined;
    let retry: ((error: ShopError) => void) | undefined;
    const client = {
      getCart: ({ onRetry }: { onRetry?: (error: ShopError) => void } = {}) => {
        retry = onRetry;
        return new Promise<Cart>((resolve) => (answer = resolve));
      },
    } as unknown as ShopClient;
    return { client, answer: () => answer(cart), failTry: () => retry?.(new ShopError('timeout', 'No answer', { endpoint: '/cart' })) };
  }

  it('says it is still loading after 3 s (slowAfter), shows an error after the first timeout, and the cart once a retry answers', async () => {
    const time = clock.fake();
    const empty: Cart = { session_id: 's', items: [], item_count: 0, subtotal: 0, currency: '৳' };
    const hanging = hangingClient(empty);
    const store = createCartStore({ client: () => hanging.client });
    stores.push(store);
    const loaded = store.load();
    expect(store.$status.get()).toMatchObject({ state: 'loading' });
    await time.advance(2_999);
    expect(store.$status.get()).toMatchObject({ state: 'loading' });
    expect(store.$status.get().slow).toBeUndefined();
    await time.advance(1);
    expect(store.$status.get()).toMatchObject({ state: 'loading', slow: true });
    hanging.failTry();
    expect(store.$status.get()).toMatchObject({ state: 'error', error: { kind: 'timeout' }, retrying: true });
    hanging.answer();
    await loaded;
    expect(store.$status.get()).toEqual({ state: 'ready', error: null });
  });
});

describe('limits', () => {
  it('refuses quantities above maxQuantity without a request', async () => {
    const { shop, store } = setup({ maxQuantity: () => 5 });
    await store.load();
    const before = shop.count();
    expect(await store.add(1, 6)).toMatchObject({ ok: false, error: { message: 'Quantity above 5' } });
    expect(await store.setQuantity(1, 6)).toMatchObject({ ok: false });
    await store.add(1, 5);
    expect(await store.add(1, 1)).toMatchObject({ ok: false });
    expect(shop.count() - before).toBe(1);
    expect(shop.quantity(1)).toBe(5);
  });

  it('refuses product ids that are not safe whole numbers', async () => {
    const { shop, store } = setup();
    await store.load();
    const before = shop.count();
    for (const id of [0, -3, 1.5, 9007199254740993, Number.NaN]) expect((await store.add(id, 1)).ok).toBe(false);
    expect(shop.count()).toBe(before);
  });
});

describe('old or locked-down browsers', () => {
  const blocked = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const windows = {
    'no BroadcastChannel, storage blocked': () => Object.defineProperty(Object.assign(new EventTarget(), { document: new EventTarget() }), 'localStorage', { get: blocked }),
    'no BroadcastChannel, no storage, no document': () => new EventTarget(),
    'no BroadcastChannel, storage that throws on write': () =>
      Object.assign(new EventTarget(), { document: new EventTarget(), localStorage: { setItem: blocked, getItem: blocked } }),
    'a BroadcastChannel that throws on post': () =>
      Object.assign(new EventTarget(), {
        document: new EventTarget(),
        BroadcastChannel: class {
          onmessage = null;
          postMessage = blocked;
          close() {}
        },
      }),
    'no EventTarget at all': () => ({}),
  };

  it.each(Object.entries(windows))('%s: no uncaught error, and the cart still works', async (_name, make) => {
    const { store, shop } = setup();
    const disconnect = connect({ cart: store, window: make() as unknown as Window & typeof globalThis, channel: 'test-locked' });
    await store.load();
    await expect(store.add(1, 2)).resolves.toMatchObject({ ok: true });
    expect(shop.quantity(1)).toBe(2);
    disconnect();
  });
});
