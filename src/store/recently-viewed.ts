/**
 * Recently viewed products, kept in this browser only: one versioned, namespaced
 * localStorage key, newest first, each product once, at most 20. Other tabs
 * follow through `storage` events. Storage is treated as hostile input: it may be
 * blocked (privacy settings, sandboxed iframes), full, or hold what an older
 * version or another script wrote. Every entry is checked field by field when
 * read and when recorded; what does not pass is dropped, never thrown.
 */
import { atom, onMount, type ReadableAtom } from 'nanostores';
import { isSafeUrl } from '../config/config.js';
import { log } from '../internal/log.js';
import { localStorageOf } from '../internal/storage.js';
import { singleton } from '../internal/registry.js';

/** The one localStorage key. A new format gets a new version, and old data is ignored and replaced. */
export const RECENTLY_VIEWED_KEY = 'smart-dairy-widgets:recently-viewed:v1';
/** The most products remembered (the seed's "track last 20 products"). */
export const RECENTLY_VIEWED_MAX = 20;
const NAME_MAX = 150;
const URL_MAX = 2048;
/** A stored value longer than this is not ours (20 full entries are under 90 kB): not even parsed. */
const RAW_MAX = 128 * 1024;

/** What a product page says about its product when it records a view. */
export interface ProductView {
  /** The Odoo `product.product` id. */
  productId: number;
  name: string;
  /** Unit price in BDT. */
  price?: number | undefined;
  /** http(s) or a path; stored absolute. */
  imageUrl?: string | undefined;
  /** The product page (http(s) or a path); stored absolute. */
  url?: string | undefined;
}

/** One remembered view. */
export interface ViewedProduct extends ProductView {
  /** When it was viewed (ms since 1970): the newest view wins. */
  viewedAt: number;
}

/** The part of `localStorage` the store uses (tests pass their own). */
export interface HistoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface RecentlyViewedOptions {
  /** The storage, looked up at each use (it may be blocked, or become so); `localStorage` by default. */
  storage?: () => HistoryStorage | undefined;
  /** Where other tabs' `storage` events arrive; the page's window by default. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  now?: () => number;
}

/**
 * Whitespace collapsed, cut to `max` characters with an ellipsis (never inside a
 * surrogate pair). As `clampText`, which this module does not import: it would
 * bring Lit into the npm root entry.
 */
function clamp(text: string, max: number): string {
  const tidy = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  if (tidy.length <= max) return tidy;
  const cut = tidy.slice(0, max - 1);
  return `${(/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).trimEnd()}…`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const safeUrl = (value: unknown): string | undefined => (typeof value === 'string' && value.length <= URL_MAX && isSafeUrl(value) ? value : undefined);

/**
 * One entry as it may be stored, or undefined when it cannot be: an id that is a
 * safe integer ≥ 1, a name (clamped), a time; price, image and page only when
 * valid (finite ≥ 0; http(s) or a path, at most 2 048 characters), else left out.
 * A new object is built, so nothing else the data held comes along.
 */
export function checkViewed(value: unknown): ViewedProduct | undefined {
  if (!isRecord(value)) return undefined;
  const { productId, name, price, imageUrl, url, viewedAt } = value;
  if (!Number.isSafeInteger(productId) || (productId as number) < 1) return undefined;
  const shown = typeof name === 'string' ? clamp(name, NAME_MAX) : '';
  if (!shown || typeof viewedAt !== 'number' || !Number.isFinite(viewedAt) || viewedAt < 0) return undefined;
  const item: ViewedProduct = { productId: productId as number, name: shown, viewedAt };
  if (typeof price === 'number' && Number.isFinite(price) && price >= 0) item.price = price;
  const image = safeUrl(imageUrl);
  if (image) item.imageUrl = image;
  const page = safeUrl(url);
  if (page) item.url = page;
  return item;
}

/** The stored history, or [] for anything that is not this version's format. */
export function parseHistory(raw: string | null): ViewedProduct[] {
  if (!raw || raw.length > RAW_MAX) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!isRecord(data) || data.v !== 1 || !Array.isArray(data.items)) return [];
  return unique(data.items.slice(0, RECENTLY_VIEWED_MAX * 2).map(checkViewed).filter((item) => item !== undefined));
}

/** Each product once (its first, i.e. newest, entry), at most 20. */
const unique = (items: ViewedProduct[]): ViewedProduct[] => {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.productId) && seen.add(item.productId)).slice(0, RECENTLY_VIEWED_MAX);
};

/** Two histories as one: the newest view of each product, newest first. */
const merge = (a: ViewedProduct[], b: ViewedProduct[]): ViewedProduct[] => unique([...a, ...b].sort((x, y) => y.viewedAt - x.viewedAt));

export function createRecentlyViewedStore({ storage = localStorageOf, events = globalThis.window, now = Date.now }: RecentlyViewedOptions = {}) {
  /** This tab's copy: what it shows when storage is blocked or full. */
  let memory: ViewedProduct[] = [];
  /** A write failed (storage blocked or full): this tab knows views that storage does not. */
  let ahead = false;

  const read = (): ViewedProduct[] => {
    const area = storage();
    let raw: string | null;
    try {
      if (!area) return memory;
      raw = area.getItem(RECENTLY_VIEWED_KEY);
    } catch {
      return memory;
    }
    const stored = parseHistory(raw);
    return ahead ? merge(memory, stored) : stored;
  };

  const write = (items: ViewedProduct[]): void => {
    memory = items;
    $viewed.set(items);
    try {
      const area = storage();
      if (!area) throw new Error('no storage');
      area.setItem(RECENTLY_VIEWED_KEY, JSON.stringify({ v: 1, items }));
      ahead = false;
    } catch {
      // Blocked or full (QuotaExceededError): this tab keeps the history in memory.
      ahead = true;
    }
  };

  const $viewed = atom<ViewedProduct[]>([]);
  onMount($viewed, () => {
    $viewed.set((memory = read()));
    // Another tab recorded a view or cleared the history.
    const follow = (event: Event) => {
      const { key, newValue } = event as StorageEvent;
      if (key !== RECENTLY_VIEWED_KEY && key !== null) return;
      if (newValue === null) {
        memory = [];
        ahead = false;
      }
      $viewed.set((memory = read()));
    };
    events?.addEventListener('storage', follow);
    return () => events?.removeEventListener('storage', follow);
  });

  return {
    /** The history, newest first (read when first watched, then followed across tabs). */
    $viewed: $viewed as ReadableAtom<ViewedProduct[]>,
    /**
     * Records a view now: the product moves to the front with what this view says
     * (a changed price or name replaces the old one). Returns the stored entry, or
     * undefined when the view has no valid id or name.
     */
    record(view: ProductView): ViewedProduct | undefined {
      const item = checkViewed({ ...view, viewedAt: now() });
      if (item) write(unique([item, ...read()]));
      return item;
    },
    /** Forgets every view, in this tab and (through storage) the others. */
    clear(): void {
      memory = [];
      ahead = false;
      $viewed.set([]);
      try {
        storage()?.removeItem(RECENTLY_VIEWED_KEY);
      } catch {
        // Blocked: there was nothing stored to forget.
      }
    },
    /** The history as stored now. */
    list: read,
  };
}

export type RecentlyViewedStore = ReturnType<typeof createRecentlyViewedStore>;

/** The page's history, shared by every widget (and by a second copy of the library). */
export const recentlyViewed: RecentlyViewedStore = singleton('recently-viewed', () => createRecentlyViewedStore());

/** The products viewed on this page view, and which page that is. */
export interface PageViews {
  page: string;
  productIds: number[];
}

/**
 * What this page has recorded: a product is recorded once per page view, and
 * `<sd-recently-viewed>` leaves the products of the current page out. A page view
 * is the address without its fragment, so an in-page link (#faq) is the same view
 * and a single-page app's navigation to another address is a new one.
 */
const pageViews = singleton('page-views', () => atom<PageViews>({ page: '', productIds: [] }));
export const $pageViews: ReadableAtom<PageViews> = pageViews;

/** The current page view's address (no fragment). */
export const pageAddress = (): string => (typeof location === 'undefined' ? '' : location.href.split('#')[0]!);

/** The products of the current page (empty once the address has changed). */
export function productsOnThisPage(): number[] {
  const views = $pageViews.get();
  return views.page === pageAddress() ? views.productIds : [];
}

/** The page's canonical address when it declares a usable one, else its own (without fragment). */
export function canonicalUrl(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const candidate of [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageAddress()]) {
    const absolute = absoluteUrl(candidate);
    if (absolute) return absolute;
  }
  return undefined;
}

/** An http(s) URL or path made absolute against the page, or undefined when it is not one. */
export function absoluteUrl(value: string | null | undefined): string | undefined {
  if (!value || !isSafeUrl(value)) return undefined;
  try {
    const url = new URL(value, typeof document === 'undefined' ? undefined : document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records that the shopper viewed a product on this page, once per page view
 * (a second call for the same product, from a re-render or a second
 * `<sd-track-view>`, does nothing). `url` defaults to the page's canonical
 * address. Returns whether a view was recorded; a view without a valid
 * `productId` or `name` is refused with a console message.
 */
export function trackProductView(view: ProductView): boolean {
  const { productId, name, price, imageUrl, url } = (isRecord(view) ? view : {}) as Partial<ProductView>;
  if (!Number.isSafeInteger(productId) || productId! < 1 || typeof name !== 'string' || !name.trim()) {
    log.error(`trackProductView() needs a productId (a whole number ≥ 1) and a name; got ${JSON.stringify({ productId, name })}. No view recorded.`);
    return false;
  }
  const page = pageAddress();
  const views = $pageViews.get();
  const onPage = views.page === page ? views.productIds : [];
  if (onPage.includes(productId!)) return false;
  for (const [field, value, ok] of [
    ['price', price, price === undefined || (typeof price === 'number' && Number.isFinite(price) && price >= 0)],
    ['imageUrl', imageUrl, imageUrl === undefined || absoluteUrl(imageUrl) !== undefined],
    ['url', url, url === undefined || absoluteUrl(url) !== undefined],
  ] as const) {
    if (!ok) log.warn(`trackProductView(): ${field} ${JSON.stringify(value)} is not valid (a price ≥ 0; an http(s) URL or a path); left out.`);
  }
  const item = recentlyViewed.record({
    productId: productId!,
    name,
    price,
    imageUrl: absoluteUrl(imageUrl),
    url: absoluteUrl(url) ?? canonicalUrl(),
  });
  if (!item) return false;
  pageViews.set({ page, productIds: [...onPage, productId!] });
  return true;
}
