// The recently viewed store on its own: order, limits, the stored format, and
// what real browsers do to localStorage (blocked, full, corrupt, old data).
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { RECENTLY_VIEWED_KEY, RECENTLY_VIEWED_MAX, createRecentlyViewedStore, parseHistory, type HistoryStorage, type RecentlyViewedStore } from '../../src/store/recently-viewed.js';

/** A localStorage stand-in that can be blocked or full. */
function fakeStorage() {
  const data = new Map<string, string>();
  const state = { blocked: false, full: false, writes: 0 };
  const storage: HistoryStorage = {
    getItem: (key) => {
      if (state.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (state.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      state.writes++;
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return { storage, data, state };
}

let clock = 1_000;
const now = () => (clock += 10);
const stores: RecentlyViewedStore[] = [];
function store(storage: HistoryStorage | undefined, events?: EventTarget): RecentlyViewedStore {
  const made = createRecentlyViewedStore({ storage: () => storage, events, now });
  stores.push(made);
  return made;
}
const ids = (s: RecentlyViewedStore) => s.list().map((item) => item.productId);
const view = (productId: number, extra: Record<string, unknown> = {}) => ({ productId, name: `Product ${productId}`, price: 100 + productId, ...extra });

afterEach(() => {
  cleanStores(...stores.splice(0).map((s) => s.$viewed));
});

describe('recently viewed store', () => {
  it('keeps the newest view first, each product once', () => {
    const { storage } = fakeStorage();
    const s = store(storage);
    for (const id of [1, 2, 3, 2]) s.record(view(id));
    expect(ids(s)).toEqual([2, 3, 1]);
  });

  it(`remembers at most ${RECENTLY_VIEWED_MAX} products, dropping the oldest`, () => {
    const { storage } = fakeStorage();
    const s = store(storage);
    for (let id = 1; id <= 25; id++) s.record(view(id));
    expect(ids(s)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
  });

  it('stores one versioned, namespaced key that a new page reads back', () => {
    const { storage, data } = fakeStorage();
    store(storage).record(view(7, { imageUrl: 'https://shop.example/img/7.png', url: 'https://shop.example/p/7' }));
    expect([...data.keys()]).toEqual([RECENTLY_VIEWED_KEY]);
    expect(RECENTLY_VIEWED_KEY).toBe('smart-dairy-widgets:recently-viewed:v1');
    const stored = JSON.parse(data.get(RECENTLY_VIEWED_KEY)!);
    expect(stored.v).toBe(1);
    expect(store(storage).list()).toEqual([{ productId: 7, name: 'Product 7', price: 107, imageUrl: 'https://shop.example/img/7.png', url: 'https://shop.example/p/7', viewedAt: stored.items[0].viewedAt }]);
  });

  it('lets the newest view win when a price or name changed', () => {
    const { storage } = fakeStorage();
    const s = store(storage);
    s.record(view(7, { price: 95.5 }));
    s.record(view(8));
    s.record(view(7, { price: 99, name: 'Sour Doi 500 g (new pack)' }));
    expect(s.list().map(({ productId, price, name }) => [productId, price, name])).toEqual([
      [7, 99, 'Sour Doi 500 g (new pack)'],
      [8, 108, 'Product 8'],
    ]);
  });

  it('checks every field: ids, names, prices and URLs that do not pass are refused or left out', () => {
    const { storage } = fakeStorage();
    const s = store(storage);
    for (const bad of [0, -1, 1.5, 2 ** 53, Number.NaN, '7'] as unknown[]) expect(s.record({ productId: bad as number, name: 'x' })).toBeUndefined();
    expect(s.record({ productId: 3, name: '   ' })).toBeUndefined();
    const item = s.record({ productId: 3, name: `  Mishti\n Doi ${'ও'.repeat(400)}`, price: -5, imageUrl: 'javascript:alert(1)', url: `https://shop.example/${'a'.repeat(3000)}` });
    expect(item).toBeDefined();
    expect(item!.name.length).toBeLessThanOrEqual(150);
    expect(item!.name.startsWith('Mishti Doi ও')).toBe(true);
    expect(item).not.toHaveProperty('price');
    expect(item).not.toHaveProperty('imageUrl');
    expect(item).not.toHaveProperty('url');
    for (const price of [Number.POSITIVE_INFINITY, Number.NaN]) expect(s.record({ productId: 4, name: 'x', price })).not.toHaveProperty('price');
    expect(s.record({ productId: 5, name: 'x', imageUrl: 'data:image/png;base64,AAAA', url: '/shop/product/5' })).toEqual({ productId: 5, name: 'x', url: '/shop/product/5', viewedAt: expect.any(Number) });
  });

  it('ignores corrupt and old-format data, and replaces it at the next view', () => {
    for (const raw of ['{nope', 'null', '[]', '[{"productId":1,"name":"old"}]', '{"v":0,"items":[]}', '{"v":2,"items":[{"productId":1,"name":"x","viewedAt":1}]}', '{"v":1,"items":"x"}', '"text"']) {
      const { storage, data } = fakeStorage();
      data.set(RECENTLY_VIEWED_KEY, raw);
      const s = store(storage);
      expect(s.list(), raw).toEqual([]);
      s.record(view(9));
      expect(JSON.parse(data.get(RECENTLY_VIEWED_KEY)!).items.map((i: { productId: number }) => i.productId), raw).toEqual([9]);
    }
  });

  it('drops stored entries that do not pass, keeps the rest, and builds new objects', () => {
    const items = [
      { productId: 1, name: 'ok', viewedAt: 5, price: 10, extra: 'dropped' },
      { productId: '2', name: 'id as text', viewedAt: 4 },
      { productId: 3, name: 7, viewedAt: 3 },
      { productId: 4, name: 'no time' },
      { productId: 5, name: 'bad price and URL', viewedAt: 2, price: -1, url: 'javascript:void 0', imageUrl: 'vbscript:x' },
      { productId: 1, name: 'duplicate', viewedAt: 1 },
      JSON.parse('{"productId":6,"name":"proto","viewedAt":1,"__proto__":{"polluted":true}}'),
    ];
    const parsed = parseHistory(JSON.stringify({ v: 1, items }));
    expect(parsed).toEqual([
      { productId: 1, name: 'ok', viewedAt: 5, price: 10 },
      { productId: 5, name: 'bad price and URL', viewedAt: 2 },
      { productId: 6, name: 'proto', viewedAt: 1 },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed[2])).toBe(Object.prototype);
  });

  it('does not even parse a stored value far larger than any history', () => {
    const huge = JSON.stringify({ v: 1, items: [{ productId: 1, name: 'x', viewedAt: 1, pad: 'p'.repeat(200_000) }] });
    expect(parseHistory(huge)).toEqual([]);
  });

  it('works in memory when storage is blocked, without an error', () => {
    const { storage, state } = fakeStorage();
    state.blocked = true;
    const s = store(storage);
    const seen: number[][] = [];
    s.$viewed.subscribe((items) => seen.push(items.map((item) => item.productId)));
    expect(() => {
      s.record(view(1));
      s.record(view(2));
    }).not.toThrow();
    expect(ids(s)).toEqual([2, 1]);
    expect(seen.at(-1)).toEqual([2, 1]);
    expect(() => s.clear()).not.toThrow();
    expect(ids(s)).toEqual([]);
    // No storage at all (a browser without it) is the same.
    const none = store(undefined);
    none.record(view(3));
    expect(ids(none)).toEqual([3]);
  });

  it('keeps views in memory when storage is full, and stores them all once there is room', () => {
    const { storage, state, data } = fakeStorage();
    const s = store(storage);
    s.record(view(1));
    state.full = true;
    expect(() => s.record(view(2))).not.toThrow();
    expect(ids(s)).toEqual([2, 1]);
    expect(JSON.parse(data.get(RECENTLY_VIEWED_KEY)!).items).toHaveLength(1);
    state.full = false;
    s.record(view(3));
    expect(JSON.parse(data.get(RECENTLY_VIEWED_KEY)!).items.map((i: { productId: number }) => i.productId)).toEqual([3, 2, 1]);
  });

  it('follows other tabs through storage events, and their clearing too', () => {
    const { storage, data } = fakeStorage();
    const events = new EventTarget();
    const here = store(storage, events);
    const seen: number[][] = [];
    const off = here.$viewed.listen((items) => seen.push(items.map((item) => item.productId)));
    // Another tab: the same storage, and the browser tells this one.
    const there = store(storage);
    there.record(view(4));
    const tell = (key: string | null, newValue: string | null) => events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    tell(RECENTLY_VIEWED_KEY, data.get(RECENTLY_VIEWED_KEY)!);
    expect(seen.at(-1)).toEqual([4]);
    tell('someone-else', 'x');
    expect(seen).toHaveLength(1);
    there.clear();
    tell(RECENTLY_VIEWED_KEY, null);
    expect(seen.at(-1)).toEqual([]);
    off();
  });

  it('stops listening to other tabs when nothing watches it', () => {
    const added: string[] = [];
    const removed: string[] = [];
    const spy = { addEventListener: (type: string) => added.push(type), removeEventListener: (type: string) => removed.push(type) } as unknown as EventTarget;
    const s = store(fakeStorage().storage, spy);
    const off = s.$viewed.listen(() => undefined);
    expect(added).toEqual(['storage']);
    off();
    cleanStores(s.$viewed);
    expect(removed).toEqual(['storage']);
  });
});
