// The in-browser mock keeps the demo's shop across a reload (issue 7.4): carts,
// stock, subscriptions and the notification log, under one versioned key, with
// corrupt data ignored. Run in Node with a fake storage (createPageShop is
// browser.ts without the service worker).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mock-server/node.js';
import { createPageShop } from '../../mock-server/page-shop.js';
import { STORAGE_KEY, persistDb, type MockStorage } from '../../mock-server/persist.js';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: MockStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
  return { storage, data };
}

/** A page load of the demo: a new in-page mock shop on the same storage. */
const load = (storage: MockStorage, search = '') => createPageShop({ persist: true }, { search, storage, warn: () => undefined });

afterEach(() => vi.restoreAllMocks());

describe('in-browser mock: state kept across reloads', () => {
  it('keeps carts, stock, subscriptions and the notification log under one namespaced, versioned key', () => {
    const { storage, data } = fakeStorage();
    const first = load(storage);
    expect(first.persistence!.restored).toBe(false);
    const { id } = first.db.session();
    first.db.addItem(id, 6, 2);
    first.db.subscribe(5, 'rahim@example.com', { phone: '+8801711000000', notify_sms: true });
    first.db.subscribe(13, 'karim@example.com', {});
    first.controls.setStock(5, 40); // restock: notifies rahim by email and SMS
    first.controls.setStock(7, 1);

    expect(STORAGE_KEY).toMatch(/^smart-dairy-widgets:mock-shop:v\d+$/);
    expect([...data.keys()]).toEqual([STORAGE_KEY]);

    const reloaded = load(storage);
    expect(reloaded.persistence!.restored).toBe(true);
    expect(reloaded.db.summary(id)).toEqual(first.db.summary(id));
    expect(reloaded.db.summary(id).items).toEqual([expect.objectContaining({ product_id: 6, quantity: 2 })]);
    expect(reloaded.db.product(7)!.qty_available).toBe(1);
    expect(reloaded.db.product(5)!.qty_available).toBe(40);
    expect(reloaded.db.subscribers()).toEqual(first.db.subscribers());
    expect(reloaded.controls.notifications().map((n) => [n.channel, n.address])).toEqual([
      ['email', 'rahim@example.com'],
      ['sms', '+8801711000000'],
    ]);
    // The same cookie finds the same cart (not a new one).
    expect(reloaded.db.session(id)).toEqual({ id, created: false });
  });

  it('keeps what the API changes, through the handlers', async () => {
    const { storage } = fakeStorage();
    const page = createMockServer();
    persistDb(page.db, storage);
    page.server.listen({ onUnhandledRequest: 'error' });
    try {
      const answer = await fetch('http://demo.test/api/v1/cart/add', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params: { product_id: 1, quantity: 3 }, id: 1 }),
      });
      const { session_id } = (await answer.json()).result.data;
      expect(load(storage).db.summary(session_id).item_count).toBe(3);
    } finally {
      page.server.close();
    }
  });

  it('applies a ?scenario= on top of the kept state', () => {
    const { storage } = fakeStorage();
    const first = load(storage);
    const { id } = first.db.session();
    first.db.addItem(id, 1, 1);
    const outOfStock = load(storage, '?scenario=out-of-stock');
    expect(outOfStock.db.summary(id).items).toHaveLength(1);
    expect(outOfStock.db.stockStatus(outOfStock.db.product(1)!)).toBe('out_of_stock');
  });

  it('ignores corrupt, foreign or older data, and replaces it on the next change', () => {
    const valid = JSON.stringify(load(fakeStorage().storage).db.snapshot());
    const bad = [
      '{not json',
      'null',
      '[]',
      JSON.stringify({ ...JSON.parse(valid), version: 0 }),
      JSON.stringify({ ...JSON.parse(valid), sessions: [['a', [{ product_id: 'one' }]]] }),
      JSON.stringify({ ...JSON.parse(valid), stock: { 1: 'lots' } }),
      JSON.stringify({ ...JSON.parse(valid), subscribers: 'none' }),
    ];
    for (const raw of bad) {
      const { storage, data } = fakeStorage({ [STORAGE_KEY]: raw });
      const shop = load(storage);
      expect(shop.persistence!.restored, raw).toBe(false);
      expect(shop.db.product(1)!.qty_available).toBe(120);
      shop.db.session();
      expect(shop.db.restore(JSON.parse(data.get(STORAGE_KEY)!)), raw).toBe(true);
    }
  });

  it('goes on in memory when the storage is full or blocked', () => {
    const blocked: MockStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const shop = load(blocked);
    const { id } = shop.db.session();
    expect(shop.db.addItem(id, 2, 1)).toMatchObject({ item_count: 1 });
    expect(() => shop.persistence!.clear()).not.toThrow();
  });

  it('forgets everything on clear (the demo’s "Reset shop")', () => {
    const { storage, data } = fakeStorage();
    const shop = load(storage);
    const { id } = shop.db.session();
    shop.db.addItem(id, 2, 1);
    shop.controls.reset();
    shop.persistence!.clear();
    expect(data.has(STORAGE_KEY)).toBe(false);
    const reloaded = load(storage);
    expect(reloaded.persistence!.restored).toBe(false);
    expect(reloaded.db.summary(id).items).toEqual([]);
  });

  it('is off unless asked for (tests and stories start from the catalog)', () => {
    const { storage, data } = fakeStorage();
    const shop = createPageShop({}, { search: '', storage });
    shop.db.addItem(shop.db.session().id, 2, 1);
    expect(shop.persistence).toBeUndefined();
    expect(data.size).toBe(0);
  });
});
