// The mini cart while the shop is slow to answer, and when it forgot the cart
// (its own page: the store has never had a cart when it starts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/mini-cart/sd-mini-cart.js';
import type { SdMiniCart } from '../../src/components/mini-cart/mini-cart.component.js';
import { shop } from '../../src/store/index.js';
import { startMockShop } from '../../mock-server/browser.js';
import { part } from './helpers.js';

let mock: Awaited<ReturnType<typeof startMockShop>>;
before(async () => {
  mock = await startMockShop();
});
afterEach(() => {
  for (const cart of document.querySelectorAll('sd-mini-cart')) cart.hide();
});

describe('<sd-mini-cart> and the state of the cart', () => {
  it('says in words that the cart is still loading when the first answer is slow', async () => {
    mock.controls.setLatency(4_000);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    const loading = part(cart, 'loading');
    expect(loading.textContent).to.contain('Loading your cart…');
    await waitUntil(() => shop.cart.$status.get().slow === true, 'never slow', { timeout: 3_900 });
    await cart.updateComplete;
    expect(loading.getAttribute('role')).to.equal('status');
    const words = loading.querySelector('span')!;
    expect(words.textContent).to.equal('Still loading your cart…');
    expect(words.getBoundingClientRect().width).to.be.above(1);
    mock.controls.setLatency(0);
    await waitUntil(() => shop.cart.$status.get().state === 'ready', 'never loaded', { timeout: 5_000 });
  });

  it('says why the cart looks empty when the shop forgot it', async () => {
    await shop.cart.add(1, 2);
    // The shop answers with another guest's empty cart: its cookie was not kept.
    const stranger = { session_id: 'someone-else', items: [], item_count: 0, subtotal: 0, currency: '৳' };
    mock.controls.forceError('/cart', 'respond', 1, { body: { success: true, data: stranger } });
    await shop.cart.load({ fresh: true });
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    await cart.updateComplete;
    expect(cart.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
    expect(part(cart, 'error').textContent).to.contain('The shop did not keep your cart');
    await expect(cart).to.be.accessible();
  });
});
