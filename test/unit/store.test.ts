import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopError } from '../../src/client/errors.js';
import { createCartStore, type CartStore } from '../../src/store/cart.js';
import { connectBrowser } from '../../src/store/browser.js';
import { fakeShop, tick, until } from './helpers/fake-shop.js';

const products = () => ({
  1: { name: 'Fresh Milk 1L', price: 95.5, stock: 100 },
  2: { name: 'Mishti Doi 500g', price: 120, stock: 100 },
  7: { name: 'Ghee 200g', price: 390.25, stock: 100 },
  9: { name: 'Paneer 200g', price: 180, stock: 3 },
});

const stores: CartStore[] = [];
function setup(options: { hold?: boolean; latency?: number } = {}) {
  const shop = fakeShop(products(), options);
  // Rechecks after an unknown outcome wait 1.5 s and 4 s in a browser; here, a tick.
  const store = createCartStore({ client: () => shop.client, sleep: async () => void (await tick(1)) });
  stores.push(store);
  return { shop, store };
}

const qty = (store: CartStore, productId: number) =>
  store.$cart.get().items.find((item) => item.product_id === productId)?.quantity ?? 0;

/** What connectBrowser() returned, undone after each test even when the test failed. */
const connections: (() => void)[] = [];
const connect = (...args: Parameters<typeof connectBrowser>) => {
  const disconnect = connectBrowser(...args);
  connections.push(disconnect);
  return disconnect;
};

afterEach(() => {
  for (const disconnect of connections.splice(0)) disconnect();
  for (const store of stores.splice(0)) cleanStores(store.$cart, store.$confirmed);
});

describe('cart store', () => {
  it('loads the cart when the first widget subscribes', async () => {
    const { shop, store } = setup();
    shop.seed(1, 2);
    const unsubscribe = store.$cart.listen(() => undefined);
    await until(() => store.$status.get().state === 'ready');
    expect(store.$cart.get().item_count).toBe(2);
    expect(store.$cart.get().subtotal).toBe(191);
    unsubscribe();
  });

  it('shows an add at once, with the subtotal in paisa, before the server answers', async () => {
    const { shop, store } = setup({ hold: true });
    const loading = store.load();
    shop.releaseAll();
    await loading;
    const done = store.add(1, 3, { name: 'Fresh Milk 1L', price: 95.5 });
    await until(() => shop.held.length === 1);
    // Optimistic: the server has not answered yet.
    expect(shop.quantity(1)).toBe(3); // the server already carried it out…
    expect(store.$confirmed.get()!.item_count).toBe(0); // …but we have not heard back
    expect(store.$cart.get().item_count).toBe(3);
    expect(store.$cart.get().subtotal).toBe(286.5);
    expect(store.$cart.get().items[0]!.pending).toBe(true);
    shop.releaseAll();
    const outcome = await done;
    expect(outcome.ok).toBe(true);
    expect(store.$cart.get().items[0]).toMatchObject({ product_id: 1, quantity: 3, pending: false });
  });

  it('rolls a refused change back and says why', async () => {
    const { shop, store } = setup();
    await store.load();
    shop.setStock(7, 0);
    const outcome = await store.add(7, 1);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.message).toBe('Insufficient stock');
    expect(store.$cart.get().item_count).toBe(0);
    expect(store.$notice.get()).toMatchObject({ type: 'failed', productId: 7 });
  });

  it('turns ten quick clicks into ten more on the server with two requests', async () => {
    // Nine more taps while the first add is on its way (its answer held): a phone on a good network.
    const { shop, store } = setup({ hold: true });
    const loading = store.load();
    shop.releaseAll();
    await loading;
    const clicks = [store.add(2, 1)];
    await until(() => shop.held.length === 1);
    for (let i = 1; i < 10; i++) {
      clicks.push(store.add(2, 1));
      await tick(); // a separate task per click, like a shopper's taps
    }
    expect(store.$cart.get().item_count).toBe(10); // counted at once
    shop.hold(false);
    shop.releaseAll();
    const outcomes = await Promise.all(clicks);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(shop.quantity(2)).toBe(10);
    expect(qty(store, 2)).toBe(10);
    // The add, then one absolute update for the nine taps (safe to repeat); no second add.
    expect(shop.log.slice(1)).toEqual([
      { endpoint: '/cart/add', params: { product_id: 2, quantity: 1 } },
      { endpoint: '/cart/update', params: { product_id: 2, quantity: 10 } },
    ]);
  });

  it('stops at what stock allows, with a message, when the shopper asks for more', async () => {
    const { shop, store } = setup({ hold: true });
    const loading = store.load();
    shop.releaseAll();
    await loading;
    const clicks = [store.add(9, 1)];
    await until(() => shop.held.length === 1);
    for (let i = 1; i < 10; i++) {
      clicks.push(store.add(9, 1));
      await tick();
    }
    shop.hold(false);
    shop.releaseAll();
    const outcomes = await Promise.all(clicks);
    expect(shop.quantity(9)).toBe(3);
    expect(qty(store, 9)).toBe(3);
    const last = outcomes.at(-1)!;
    expect(last.ok && last.limitedTo).toBe(3);
    expect(store.$notice.get()).toMatchObject({ type: 'limited', productId: 9, quantity: 3 });
  });

  it('refuses an add to a line already at its stock limit without asking the server', async () => {
    const { shop, store } = setup();
    shop.seed(9, 3);
    await store.load();
    const before = shop.count();
    const outcome = await store.add(9, 1);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.available).toBe(3);
    expect(shop.count()).toBe(before);
    expect(qty(store, 9)).toBe(3);
  });

  it('never goes backwards when answers arrive out of order', async () => {
    const { shop, store } = setup({ hold: true });
    const loading = store.load();
    shop.releaseAll();
    await loading;
    const seen: number[] = [];
    const unsubscribe = store.$cart.subscribe(() => seen.push(qty(store, 1)));
    const work = [store.add(1, 1), store.add(2, 1)];
    await until(() => shop.held.length === 2); // both on their way
    work.push(store.add(2, 1));
    work.push(store.add(1, 1));
    // Answer in reverse order, round after round, until every lane is done.
    let done = false;
    const all = Promise.all(work).finally(() => (done = true));
    while (!done) {
      await until(() => done || shop.held.length > 0);
      shop.releaseAll('lifo');
    }
    await all;
    unsubscribe();
    const increasing = seen.every((value, i) => i === 0 || value >= seen[i - 1]!);
    expect(seen).toContain(2);
    expect(increasing).toBe(true);
    expect(qty(store, 1)).toBe(shop.quantity(1));
    expect(qty(store, 2)).toBe(shop.quantity(2));
    expect(store.$cart.get().item_count).toBe(4);
  });

  it('serializes operations on one product, lets different products run side by side', async () => {
    const { shop, store } = setup({ hold: true });
    const loading = store.load();
    shop.releaseAll();
    await loading;
    void store.add(1, 1);
    void store.add(2, 1);
    await until(() => shop.held.length === 2);
    void store.add(1, 1);
    void store.add(7, 1);
    // Product 7's add, asked for after product 1's second change, is on the wire:
    // product 1's second change would have gone out before it, had it not waited.
    await until(() => shop.held.length === 3);
    const onWire = shop.log.slice(1).map((r) => [r.endpoint, r.params.product_id]);
    expect(onWire).toEqual([
      ['/cart/add', 1],
      ['/cart/add', 2],
      ['/cart/add', 7],
    ]);
    shop.hold(false);
    shop.releaseAll();
    await until(() => shop.quantity(1) === 2 && store.$cart.get().pending.length === 0);
  });

  it('after a timed-out add, refetches the cart to learn the truth and never sends the add again', async () => {
    const { shop, store } = setup();
    await store.load();
    const timeout = new ShopError('timeout', 'slow', { endpoint: '/cart/add' });
    shop.failNext('/cart/add', timeout, true); // the server did add it
    const outcome = await store.add(7, 2);
    expect(outcome.ok).toBe(true);
    expect(shop.count('/cart/add')).toBe(1);
    expect(shop.quantity(7)).toBe(2);
    expect(qty(store, 7)).toBe(2);

    shop.failNext('/cart/add', timeout, false); // this time it did not
    const second = await store.add(1, 1);
    expect(second.ok).toBe(false);
    expect(!second.ok && second.error.kind).toBe('timeout');
    expect(shop.count('/cart/add')).toBe(2);
    expect(qty(store, 1)).toBe(0);
  });

  it('repeats an absolute update once after a timeout, since that is safe', async () => {
    const { shop, store } = setup();
    shop.seed(2, 1);
    await store.load();
    shop.failNext('/cart/update', new ShopError('network', 'reset', { endpoint: '/cart/update' }), false);
    const outcome = await store.setQuantity(2, 4);
    expect(outcome.ok).toBe(true);
    expect(shop.quantity(2)).toBe(4);
    expect(shop.count('/cart/update')).toBe(2);
  });

  it('handles quantities that are not whole numbers without a request', async () => {
    const { shop, store } = setup();
    await store.load();
    const before = shop.count();
    for (const bad of [1.5, -1, Number.NaN]) {
      const outcome = await store.setQuantity(1, bad);
      expect(outcome.ok).toBe(false);
    }
    expect((await store.add(1, 0)).ok).toBe(false);
    expect(shop.count()).toBe(before);
  });

  it('removes and clears', async () => {
    const { shop, store } = setup();
    shop.seed(1, 1);
    shop.seed(2, 2);
    await store.load();
    expect((await store.remove(1)).ok).toBe(true);
    expect(shop.quantity(1)).toBe(0);
    const clearing = store.clear();
    expect(store.$cart.get().item_count).toBe(0);
    expect((await clearing).ok).toBe(true);
    expect(shop.cart().items).toEqual([]);
    expect(store.$notice.get()?.type).toBe('cleared');
  });

  it('adds a bundle and refetches the cart, since that endpoint returns none', async () => {
    const { shop, store } = setup();
    await store.load();
    const outcome = await store.addBundle(4, 2);
    expect(outcome.ok).toBe(true);
    expect(shop.count('/cart')).toBe(2);
    expect(store.$cart.get().items.map((i) => [i.product_id, i.quantity, i.bundle_id])).toEqual([
      [1, 2, 4],
      [2, 2, 4],
    ]);
  });
});

describe('browser hooks', () => {
  const fakeWindow = (doc: EventTarget & { visibilityState?: string }) =>
    ({ document: doc, BroadcastChannel: globalThis.BroadcastChannel }) as unknown as Window & typeof globalThis;

  it('sends the seed theme events: cart:updated after every change, cart:add after an add', async () => {
    const { store } = setup();
    const doc = new EventTarget();
    const disconnect = connect({ cart: store, window: fakeWindow(doc), channel: 'test-events' });
    const events: { type: string; detail: unknown }[] = [];
    for (const type of ['cart:updated', 'cart:add']) doc.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
    await store.load();
    await store.add(1, 2);
    await store.setQuantity(1, 1);
    disconnect();
    expect(events).toEqual([
      { type: 'cart:updated', detail: { itemCount: 2, subtotal: 191 } },
      { type: 'cart:add', detail: { productId: 1, bundleId: undefined, quantity: 2, itemCount: 2, subtotal: 191 } },
      { type: 'cart:updated', detail: { itemCount: 1, subtotal: 95.5 } },
    ]);
  });

  it("reloads when the theme's own code says the cart changed", async () => {
    const { shop, store } = setup();
    const doc = new EventTarget();
    const disconnect = connect({ cart: store, window: fakeWindow(doc), channel: 'test-theme' });
    await store.load();
    shop.seed(2, 5); // changed behind our back, e.g. by a theme form
    doc.dispatchEvent(new CustomEvent('cart:add', { detail: {} }));
    await until(() => qty(store, 2) === 5);
    disconnect();
  });

  it('tells other tabs of a change; they update without asking the server', async () => {
    const a = setup();
    const b = setup();
    // Both tabs talk to the same shop.
    const shared = a.shop;
    const tabB = createCartStore({ client: () => shared.client });
    stores.push(tabB);
    const offA = connect({ cart: a.store, window: fakeWindow(new EventTarget()), channel: 'test-tabs' });
    const offB = connect({ cart: tabB, window: fakeWindow(new EventTarget()), channel: 'test-tabs' });
    await a.store.load();
    await tabB.load();
    const requestsBefore = shared.count('/cart');
    await a.store.add(7, 3);
    await until(() => qty(tabB, 7) === 3);
    expect(shared.count('/cart')).toBe(requestsBefore);
    offA();
    offB();
    void b;
  });

  it('falls back to storage events where BroadcastChannel is missing', async () => {
    const { shop, store } = setup();
    const other = createCartStore({ client: () => shop.client });
    stores.push(other);
    // Two windows sharing one localStorage; a write fires `storage` in the other one.
    const windows: EventTarget[] = [];
    const data = new Map<string, string>();
    const makeWindow = () => {
      const win = new EventTarget() as EventTarget & Record<string, unknown>;
      win.document = new EventTarget();
      win.localStorage = {
        setItem(key: string, value: string) {
          data.set(key, value);
          for (const w of windows) {
            if (w === win) continue;
            const event = Object.assign(new Event('storage'), { key, newValue: value });
            w.dispatchEvent(event);
          }
        },
      };
      windows.push(win);
      return win as unknown as Window & typeof globalThis;
    };
    const off1 = connect({ cart: store, window: makeWindow() });
    const off2 = connect({ cart: other, window: makeWindow() });
    await store.load();
    await other.load();
    await store.add(1, 1);
    await until(() => qty(other, 1) === 1);
    off1();
    off2();
  });

  it('refetches when the tab becomes visible again', async () => {
    const { shop, store } = setup();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
    const disconnect = connect({ cart: store, window: fakeWindow(doc), channel: 'test-visible' });
    await store.load();
    shop.seed(1, 4);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    await until(() => qty(store, 1) === 4);
    disconnect();
  });
});
