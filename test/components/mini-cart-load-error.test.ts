// A page whose very first cart load fails (its own page: the store has never had a cart).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/mini-cart/sd-mini-cart.js';
import type { SdMiniCart } from '../../src/components/mini-cart/mini-cart.component.js';
import { shop } from '../../src/store/index.js';
import { startMockShop } from '../../mock-server/browser.js';

describe('<sd-mini-cart> when the cart cannot be loaded', () => {
  it('shows the reason and a retry that works, never a blank drawer', async () => {
    const mock = await startMockShop();
    // An Odoo server error is not retried by itself (only network failures are).
    mock.controls.forceError('/cart', 'server', 1);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    const root = cart.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="error"]'), 'no error state', { timeout: 5000 });
    expect(root.querySelector('[part="error"]')!.textContent).to.contain('Something went wrong on our side');
    expect(root.querySelector('[part="toggle"]')!.getAttribute('aria-label')).to.equal('Cart, 0 items');
    await expect(cart).to.be.accessible();
    root.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await waitUntil(() => shop.cart.$status.get().state === 'ready', 'retry did not load the cart');
    await cart.updateComplete;
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(root.textContent).to.contain('Your cart is empty');
    cart.hide();
  });
});
