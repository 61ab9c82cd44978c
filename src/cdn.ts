/**
 * The script-tag build: defines every element and exposes `window.SmartDairyWidgets`
 * (at once, when the script has run; the elements over the next few tasks).
 * The only module allowed side effects at load.
 */
import './cdn-config.js';
import { SdShop } from './config/shop.component.js';
import { SdQuantitySelector } from './components/quantity-selector/quantity-selector.component.js';
import { SdQuickAdd } from './components/quick-add/quick-add.component.js';
import { SdStockBadge } from './components/stock-badge/stock-badge.component.js';
import { SdMiniCart } from './components/mini-cart/mini-cart.component.js';
import { SdNotifyMe } from './components/notify-me/notify-me.component.js';
import { SdBundleCard } from './components/bundle-card/bundle-card.component.js';
import { SdBundleList } from './components/bundle-list/bundle-list.component.js';
import { SdShareBar } from './components/share-bar/share-bar.component.js';
import { SdTrackView } from './components/track-view/track-view.component.js';
import { SdRecentlyViewed } from './components/recently-viewed/recently-viewed.component.js';
import { SdProductGuide } from './components/product-guide/product-guide.component.js';
import { nextTask } from './internal/scheduler.js';
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

/**
 * Defined one element type per task, in the order a listing needs them, so that
 * upgrading (say) 48 quick adds never shares a task with the script's own
 * evaluation or with another element type: no long task on a slow phone.
 * `<sd-shop>` first and at once: its options must be in force before anything asks the shop.
 */
const ELEMENTS: [string, CustomElementConstructor][] = [
  ['sd-quantity-selector', SdQuantitySelector],
  ['sd-mini-cart', SdMiniCart],
  ['sd-stock-badge', SdStockBadge],
  ['sd-quick-add', SdQuickAdd],
  ['sd-notify-me', SdNotifyMe],
  ['sd-bundle-card', SdBundleCard],
  ['sd-bundle-list', SdBundleList],
  ['sd-share-bar', SdShareBar],
  ['sd-track-view', SdTrackView],
  ['sd-recently-viewed', SdRecentlyViewed],
  ['sd-product-guide', SdProductGuide],
];

async function defineElements(): Promise<void> {
  if (!customElements.get('sd-shop')) customElements.define('sd-shop', SdShop);
  for (const [tag, element] of ELEMENTS) {
    await nextTask();
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

// The first copy on a page wins: a second one defines nothing and leaves the first's API (and version) in place.
if (!isSecondCopy()) {
  window.SmartDairyWidgets = api;
  void defineElements();
}
