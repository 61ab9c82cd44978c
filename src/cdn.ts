/**
 * The script-tag build: defines every element and exposes `window.SmartDairyWidgets`.
 * The only module allowed side effects at load.
 */
import './cdn-config.js';
import './config/sd-shop.js';
import './components/quantity-selector/sd-quantity-selector.js';
import './components/quick-add/sd-quick-add.js';
import './components/mini-cart/sd-mini-cart.js';
import './components/stock-badge/sd-stock-badge.js';
import './components/notify-me/sd-notify-me.js';
import './components/share-bar/sd-share-bar.js';
import './components/track-view/sd-track-view.js';
import './components/recently-viewed/sd-recently-viewed.js';
import './components/product-guide/sd-product-guide.js';
import './components/bundle-card/sd-bundle-card.js';
import './components/bundle-list/sd-bundle-list.js';
import { configure, $config } from './config/config.js';
import { VERSION, isSecondCopy } from './internal/registry.js';
import { localize } from './i18n/index.js';
import { shop } from './store/index.js';
import { ShopError } from './client/errors.js';
import { trackProductView } from './store/index.js';

const api = {
  version: VERSION,
  configure,
  config: $config,
  shop,
  cart: shop.cart,
  stock: shop.stock,
  bundles: shop.bundles,
  subscriptions: shop.subscriptions,
  trackProductView,
  localize,
  ShopError,
};

declare global {
  interface Window {
    SmartDairyWidgets: typeof api;
  }
}

// The first copy on a page wins: a second one leaves its API (and its version) in place.
if (!isSecondCopy()) window.SmartDairyWidgets = api;
