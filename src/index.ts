/**
 * @smart-dairy/widgets — the npm root entry: configuration, the shared stores,
 * the client, the element classes and the types. It defines no element: import
 * `@smart-dairy/widgets/mini-cart` (etc.) for that, or use the script-tag build.
 */
export { configure, $config, DEFAULT_CONFIG } from './config/config.js';
export type { ShopConfig, Locale } from './config/config.js';
export { shopConfigContext } from './config/context.js';
export { SdShop } from './config/shop.component.js';
export { shop, cart, stock, bundles, createShop, createCartStore, createStockStore, connectBrowser } from './store/index.js';
export type { Shop, CartStore, CartOutcome, CartStatus, CartNotice, StockState, StockStore, BundlesState } from './store/index.js';
export type { CartView, CartLineView, ProductHint } from './store/cart-math.js';
export { createShopClient, ShopError, isShopError } from './client/index.js';
export type * from './client/index.js';
export { localize } from './i18n/index.js';
export type { Localized, Messages } from './i18n/index.js';
export { SdQuantitySelector } from './components/quantity-selector/quantity-selector.component.js';
export { SdQuickAdd } from './components/quick-add/quick-add.component.js';
export { SdMiniCart } from './components/mini-cart/mini-cart.component.js';
export { VERSION } from './config/singleton.js';
