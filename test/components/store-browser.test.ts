// The store's browser hooks, in real Chromium: document events the seed's theme
// code listens to, BroadcastChannel between two stores, and tab visibility.
import { expect } from '@open-wc/testing';
import { connectBrowser } from '../../src/store/browser.js';
import { createCartStore } from '../../src/store/cart.js';
import { fakeShop, until } from '../unit/helpers/fake-shop.js';

const catalog = () => ({
  1: { name: 'Fresh Milk 1L', price: 95.5, stock: 50 },
  2: { name: 'Mishti Doi 500g', price: 120, stock: 50 },
});

describe('store browser hooks (Chromium)', () => {
  it('dispatches cart:updated and cart:add on document, as the seed mini cart expects', async () => {
    const shop = fakeShop(catalog());
    const cart = createCartStore({ client: () => shop.client });
    const disconnect = connectBrowser({ cart, channel: 'wtr-events' });
    const seen: string[] = [];
    const record = (event: Event) => seen.push(`${event.type}:${(event as CustomEvent).detail.itemCount}`);
    document.addEventListener('cart:updated', record);
    document.addEventListener('cart:add', record);
    await cart.load();
    await cart.add(1, 2);
    document.removeEventListener('cart:updated', record);
    document.removeEventListener('cart:add', record);
    disconnect();
    expect(seen).to.deep.equal(['cart:updated:2', 'cart:add:2']);
  });

  it('keeps two tabs in step through BroadcastChannel without a server call', async () => {
    const shop = fakeShop(catalog());
    const tabA = createCartStore({ client: () => shop.client });
    const tabB = createCartStore({ client: () => shop.client });
    const offA = connectBrowser({ cart: tabA, channel: 'wtr-tabs' });
    const offB = connectBrowser({ cart: tabB, channel: 'wtr-tabs' });
    await tabA.load();
    await tabB.load();
    const loads = shop.count('/cart');
    await tabA.add(2, 3);
    await until(() => tabB.$cart.get().item_count === 3);
    expect(shop.count('/cart')).to.equal(loads);
    offA();
    offB();
  });

  it('refetches the cart when the tab becomes visible', async () => {
    const shop = fakeShop(catalog());
    const cart = createCartStore({ client: () => shop.client });
    const disconnect = connectBrowser({ cart, channel: 'wtr-visible' });
    await cart.load();
    shop.seed(1, 4);
    // Headless Chromium is always "visible": the event is what the store listens to.
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => cart.$cart.get().item_count === 4);
    disconnect();
  });
});
