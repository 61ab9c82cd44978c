/**
 * The options of the widgets, set globally with `configure()` or per page
 * section with `<sd-shop>` (whose attributes are these options in kebab-case).
 */
import { atom, computed } from 'nanostores';
import { CLIENT_DEFAULTS } from '../client/defaults.js';
import { log } from '../internal/log.js';
import type { Transport } from '../client/types.js';
import { singleton } from '../internal/registry.js';

export type Locale = 'en' | 'bn';

/** Odoo's language code for each locale, sent as the JSON-RPC `context.lang`. */
export const ODOO_LANGUAGE: Record<Locale, string> = { en: 'en_US', bn: 'bn_BD' };

export interface ShopConfig {
  /** Where the shop API lives: `/api/v1`, or absolute on another origin. */
  apiBase: string;
  transport: Transport;
  locale: Locale;
  /** Currency symbol used until a cart says otherwise. */
  currency: string;
  checkoutUrl: string;
  cartUrl: string;
  shopUrl: string;
  /** A WebSocket URL sending `cart.updated` / `stock.updated` messages, or empty for none. */
  liveUrl: string;
  /** ms before a request fails with `timeout`. */
  timeout: number;
  /** Retries of reads after a transient failure. */
  retries: number;
  stockBatchWindow: number;
  stockBatchSize: number;
  stockCacheTtl: number;
  /** The largest quantity a shopper can put in one line (attributes, selectors and the store). */
  maxQuantity: number;
  /**
   * The backend accepts cart quantities beyond stock for products that allow
   * backorders. The seed's backend does not (it refuses any quantity above
   * `qty_available`), so by default a pre-order product cannot be added.
   */
  backorders: boolean;
  /**
   * The shop's checkout charges a bundle's price for lines added as a bundle. The
   * seed's cart does not (its bundle lines carry list prices), so by default the
   * mini cart says nothing about a bundle price; with this on, a bundle group whose
   * lines add up to more says "Bundle price ৳X applied at checkout".
   */
  bundlePriceAtCheckout: boolean;
}

/** The defaults: the client's (API, timeouts, batching) and the display options. */
export const DEFAULT_CONFIG: Readonly<ShopConfig> = Object.freeze({
  apiBase: CLIENT_DEFAULTS.apiBase,
  transport: CLIENT_DEFAULTS.transport,
  timeout: CLIENT_DEFAULTS.timeout,
  retries: CLIENT_DEFAULTS.retries,
  stockBatchWindow: CLIENT_DEFAULTS.stockBatchWindow,
  stockBatchSize: CLIENT_DEFAULTS.stockBatchSize,
  stockCacheTtl: CLIENT_DEFAULTS.stockCacheTtl,
  locale: 'en',
  currency: '৳',
  checkoutUrl: '/shop/checkout',
  cartUrl: '/shop/cart',
  shopUrl: '/shop',
  liveUrl: '',
  maxQuantity: 9_999,
  backorders: false,
  bundlePriceAtCheckout: false,
});

type Check = (value: unknown) => boolean;
const text: Check = (value) => typeof value === 'string';

/**
 * A URL the widgets may navigate to or call: relative, or absolute with one of
 * `schemes`. `javascript:`, `data:` and the like are refused (they would run
 * script on click). Parsed the way the browser will, so `java\tscript:` is caught.
 */
export function isSafeUrl(value: unknown, schemes: readonly string[] = ['http:', 'https:']): value is string {
  if (typeof value !== 'string') return false;
  try {
    return schemes.includes(new URL(value, 'http://relative.invalid/').protocol);
  } catch {
    return false;
  }
}
const url: Check = (value) => isSafeUrl(value);
const positive: Check = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const CHECKS: Record<keyof ShopConfig, [Check, string]> = {
  apiBase: [(value) => url(value) && value !== '', 'an http(s) URL or a path, such as /api/v1 or https://shop.example/api/v1'],
  transport: [(value) => value === 'jsonrpc' || value === 'rest', '"jsonrpc" or "rest"'],
  locale: [(value) => value === 'en' || value === 'bn', '"en" or "bn"'],
  currency: [text, 'a symbol'],
  checkoutUrl: [url, 'an http(s) URL or a path'],
  cartUrl: [url, 'an http(s) URL or a path'],
  shopUrl: [url, 'an http(s) URL or a path'],
  liveUrl: [(value) => value === '' || isSafeUrl(value, ['ws:', 'wss:']), 'a ws(s):// URL, or "" for none'],
  timeout: [positive, 'milliseconds'],
  retries: [(value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 5, 'a whole number 0–5'],
  stockBatchWindow: [positive, 'milliseconds'],
  stockBatchSize: [(value) => Number.isInteger(value) && (value as number) >= 1, 'a whole number ≥ 1'],
  stockCacheTtl: [positive, 'milliseconds'],
  maxQuantity: [(value) => Number.isSafeInteger(value) && (value as number) >= 1, 'a whole number ≥ 1'],
  backorders: [(value) => typeof value === 'boolean', 'true or false'],
  bundlePriceAtCheckout: [(value) => typeof value === 'boolean', 'true or false'],
};

/** Keeps the valid options, and says in the console what was wrong with the rest. */
export function validateConfig(options: Record<string, unknown>, where = 'configure()'): Partial<ShopConfig> {
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const check = CHECKS[key as keyof ShopConfig];
    if (!check) log.warn(`${where}: unknown option "${key}" ignored. Known options: ${Object.keys(CHECKS).join(', ')}.`);
    else if (!check[0](value)) log.error(`${where}: ${key} must be ${check[1]}; got ${JSON.stringify(value)}. It stays ${JSON.stringify($config.get()[key as keyof ShopConfig])}.`);
    else valid[key] = value;
  }
  return valid as Partial<ShopConfig>;
}

/** The page's configuration. */
export const $config = singleton('config', () => atom<ShopConfig>({ ...DEFAULT_CONFIG }));

/** Sets options for every widget on the page; returns the resulting configuration. */
export function configure(options: Partial<ShopConfig>): ShopConfig {
  const next = { ...$config.get(), ...validateConfig(options as Record<string, unknown>) };
  $config.set(next);
  return next;
}

/** The locale each `<sd-shop>` on the page sets (see `$namesLocale`). */
const sectionLocales = singleton('sectionLocales', () => atom<ReadonlyMap<object, Locale>>(new Map()));

/** An `<sd-shop>` says which locale its section uses (`undefined`: none, or it left the page). */
export function setSectionLocale(section: object, locale: Locale | undefined): void {
  const current = sectionLocales.get();
  if (current.get(section) === locale) return;
  const next = new Map(current);
  if (locale) next.set(section, locale);
  else next.delete(section);
  sectionLocales.set(next);
}

/**
 * The language the shop's names are asked in (JSON-RPC `context.lang`). The page
 * has one cart, so its names come in one language: that of the `<sd-shop>`
 * elements when they all agree on one (a page wrapped in `<sd-shop locale="bn">`
 * is a Bengali page), else the page's own (`configure()`).
 */
export const $namesLocale = singleton('namesLocale', () =>
  computed([$config, sectionLocales], (config, sections): Locale => {
    const [first, ...rest] = sections.values();
    return first && rest.every((locale) => locale === first) ? first : config.locale;
  }),
);
