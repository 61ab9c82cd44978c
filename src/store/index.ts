/**
 * The store's one entry: what widgets and host code use. It re-exports; the page's
 * shop itself is made in ./shop.ts.
 */
export { shop, cart, stock, bundles, createShop } from './shop.js';
export type { Shop } from './shop.js';
export { createCartStore } from './cart.js';
export type { CartStore, CartOutcome, CartStatus, CartNotice, CartChangeEvent, CartAddEvent } from './cart.js';
export { createStockStore } from './stock.js';
export type { StockStore, StockState } from './stock.js';
export { createBundleStore } from './bundles.js';
export type { BundleStore, BundlesState } from './bundles.js';
export { createSubscriptionStore } from './subscriptions.js';
export type { SubscriptionStore, SubscribeOutcome } from './subscriptions.js';
export { connectBrowser } from './browser.js';
export * from './cart-math.js';
export * from './recently-viewed.js';
