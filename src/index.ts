/**
 * @smart-dairy/widgets — the npm root entry: configuration, the shared stores,
 * the client and the types, without Lit. Elements (and their classes) come from
 * their own entries, `@smart-dairy/widgets/mini-cart` etc., or the script-tag build.
 */
export { configure, $config, DEFAULT_CONFIG } from './config/config.js';
export type { ShopConfig, Locale } from './config/config.js';
export { shop, cart, stock, bundles, createShop, createCartStore, createStockStore, createSubscriptionStore, connectBrowser } from './store/index.js';
export type { Shop, CartStore, CartOutcome, CartStatus, CartNotice, StockState, StockStore, BundlesState, SubscriptionStore, SubscribeOutcome } from './store/index.js';
export type { CartView, CartLineView, ProductHint } from './store/cart-math.js';
export { trackProductView, recentlyViewed, createRecentlyViewedStore, RECENTLY_VIEWED_KEY, type ProductView, type ViewedProduct, type RecentlyViewedStore } from './store/index.js';
export { createShopClient, ShopError, isShopError } from './client/index.js';
export type * from './client/index.js';
export { localize } from './i18n/index.js';
export type { Localized, Messages } from './i18n/index.js';
export { VERSION } from './internal/registry.js';
