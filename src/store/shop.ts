/**
 * The page's shop: one client, one cart store and one stock store (plus bundles
 * and back-in-stock subscriptions), shared by every widget, and by the script tag
 * and npm builds through `globalThis`.
 */
import { onMount } from 'nanostores';
import { createShopClient, type ShopClient } from '../client/client.js';
import { $config, $namesLocale, ODOO_LANGUAGE, type ShopConfig } from '../config/config.js';
import { singleton } from '../internal/registry.js';
import { connectBrowser } from './browser.js';
import { createBundleStore } from './bundles.js';
import { createCartStore } from './cart.js';
import { createStockStore } from './stock.js';
import { createSubscriptionStore } from './subscriptions.js';

const clientKey = (c: ShopConfig) =>
  JSON.stringify([c.apiBase, c.transport, c.timeout, c.retries, c.stockBatchWindow, c.stockBatchSize, c.stockCacheTtl]);

/** Makes a shop (client, cart, stock) that follows a configuration store. */
export function createShop(config = $config, namesLocale = $namesLocale) {
  let client: ShopClient | undefined;
  let key = '';
  /** The configuration the client was last checked against: most calls (48 cards at once) find it unchanged. */
  let checked: ShopConfig | undefined;
  const getClient = (): ShopClient => {
    const current = config.get();
    if (client && current === checked) return client;
    checked = current;
    if (!client || clientKey(current) !== key) {
      key = clientKey(current);
      // JSON-RPC calls carry the page's language, so Odoo sends names in it.
      client = createShopClient({ ...current, context: () => ({ lang: ODOO_LANGUAGE[namesLocale.get()] }) });
    }
    return client;
  };
  const cart = createCartStore({ client: getClient, maxQuantity: () => config.get().maxQuantity });

  // Browser hooks (document events, other tabs, visibility, live URL) run while
  // any widget shows the cart or a product's stock.
  let disconnect: (() => void) | undefined;
  let users = 0;
  const connect = () => {
    disconnect?.();
    disconnect = typeof document === 'undefined' ? undefined : connectBrowser({ cart, stock, liveUrl: config.get().liveUrl });
  };
  const use = () => {
    if (users++ === 0) connect();
    return () => {
      if (--users > 0) return;
      disconnect?.();
      disconnect = undefined;
    };
  };
  const stock = createStockStore({ client: getClient, cart, onWatch: use });
  const bundles = createBundleStore({ client: getClient });
  const subscriptions = createSubscriptionStore({ client: getClient });
  onMount(cart.$cart, use);
  config.listen((next, previous) => {
    if (!previous) return;
    if (disconnect && next.liveUrl !== previous.liveUrl) connect();
    // Another API is another cart.
    if (cart.$status.get().state !== 'idle' && clientKey(next) !== clientKey(previous)) void cart.load({ fresh: true });
  });
  // Another language is other names for the same lines and bundles. Changes still on
  // the wire were asked in the old language, and their answers name their lines in it:
  // the cart is asked again once they have all answered.
  const unchanging = () =>
    new Promise<void>((resolve) => {
      if (cart.$cart.get().pending.length === 0) return resolve();
      const stop = cart.$cart.listen((view) => {
        if (view.pending.length > 0) return;
        stop();
        resolve();
      });
    });
  namesLocale.listen(() => {
    if (cart.$status.get().state !== 'idle') void unchanging().then(() => cart.load({ fresh: true }));
    // A list on its way was asked in the old language: it is asked again.
    void bundles.refresh();
  });

  return { cart, stock, bundles, subscriptions, client: getClient };
}

export type Shop = ReturnType<typeof createShop>;

/** The page's shop. */
export const shop: Shop = singleton('shop', () => createShop());
export const cart = shop.cart;
export const stock = shop.stock;
export const bundles = shop.bundles;
