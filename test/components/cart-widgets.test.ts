// Quick add and mini cart in Chromium, against the mock shop in a service worker:
// what a shopper sees and a screen-reader user hears, and the known failures of
// popular drawers that must not happen here.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/quick-add/sd-quick-add.js';
import '../../src/components/mini-cart/sd-mini-cart.js';
import type { SdMiniCart } from '../../src/components/mini-cart/mini-cart.component.js';
import type { SdQuickAdd } from '../../src/components/quick-add/quick-add.component.js';
import { shop } from '../../src/store/index.js';
import { startMockShop } from '../../mock-server/browser.js';

let mock: Awaited<ReturnType<typeof startMockShop>>;

const settle = () => waitUntil(() => shop.cart.$cart.get().pending.length === 0, 'cart never settled', { timeout: 5000 });
const serverCart = async () => (await shop.client().getCart()).items.map((item) => [item.product_id, item.quantity]);
const parts = (cart: SdMiniCart) => {
  const root = cart.shadowRoot!;
  return {
    toggle: root.querySelector<HTMLButtonElement>('[part="toggle"]')!,
    dialog: root.querySelector<HTMLDialogElement>('dialog')!,
    root,
  };
};
/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

before(async () => {
  mock = await startMockShop();
});

beforeEach(async () => {
  mock.controls.reset();
  shop.client().invalidateStock();
  await shop.cart.load({ fresh: true });
});

afterEach(() => {
  for (const cart of document.querySelectorAll('sd-mini-cart')) cart.hide();
});

describe('<sd-quick-add>', () => {
  it('adds to the cart: the button is named "Add to cart", the server agrees, the shopper is told', async () => {
    const el = await fixture<SdQuickAdd>(html`<sd-quick-add product-id="6" product-name="Mishti Doi 500 g" price="120"></sd-quick-add>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent).to.contain('Add to cart');
    button.click();
    // Optimistic: the cart shows it before the shop answers.
    expect(shop.cart.$cart.get().item_count).to.equal(1);
    await settle();
    expect(await serverCart()).to.deep.equal([[6, 1]]);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('added to cart'));
    await expect(el).to.be.accessible();
  });

  it('asked for more than the shop has, adds what there is and says so in a live region', async () => {
    const el = await fixture<SdQuickAdd>(html`<sd-quick-add product-id="7" product-name="Sour Doi 500 g" price="95.5" quantity="5"></sd-quick-add>`);
    el.shadowRoot!.querySelector('button')!.click();
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.includes('Only 3 left'), `status said: ${status.textContent}`);
    expect(await serverCart()).to.deep.equal([[7, 3]]);
    await expect(el).to.be.accessible();
  });

  it('says why the shop refused when nothing more can be added, and changes nothing', async () => {
    await shop.cart.add(7, 3);
    const el = await fixture<SdQuickAdd>(html`<sd-quick-add product-id="7" product-name="Sour Doi 500 g" price="95.5"></sd-quick-add>`);
    el.shadowRoot!.querySelector('button')!.click();
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.includes('Only 3 left'), `status said: ${status.textContent}`);
    expect(el.dataset.state).to.equal('error');
    expect(await serverCart()).to.deep.equal([[7, 3]]);
    await expect(el).to.be.accessible();
  });

  it('reports a server error plainly and keeps the cart as it was', async () => {
    mock.controls.forceError('/cart/add', 'server');
    const el = await fixture<SdQuickAdd>(html`<sd-quick-add product-id="1"></sd-quick-add>`);
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('Something went wrong on our side'));
    expect(shop.cart.$cart.get().item_count).to.equal(0);
  });

  it('is disabled with a reason for an out-of-stock product, and not for a pre-order', async () => {
    const out = await fixture<SdQuickAdd>(html`<sd-quick-add product-id="5"></sd-quick-add>`);
    const pre = await fixture<SdQuickAdd>(html`<sd-quick-add product-id="11"></sd-quick-add>`);
    const button = out.shadowRoot!.querySelector('button')!;
    await waitUntil(() => button.getAttribute('aria-disabled') === 'true', 'never disabled');
    expect(out.shadowRoot!.textContent).to.contain('Out of stock');
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shop.cart.$cart.get().item_count).to.equal(0);
    await waitUntil(() => pre.shadowRoot!.textContent!.includes('Pre-order'));
    expect(pre.shadowRoot!.querySelector('button')!.getAttribute('aria-disabled')).to.equal('false');
    await expect(out).to.be.accessible();
  });

  it('works from the keyboard and keeps every click while busy', async () => {
    mock.controls.setLatency(150);
    const el = await fixture<SdQuickAdd>(html`<sd-quick-add product-id="2" product-name="Fresh Milk 500 ml" price="50"></sd-quick-add>`);
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('button')!.getAttribute('aria-busy') === 'true');
    await sendKeys({ press: 'Space' });
    await settle();
    mock.controls.setLatency(0);
    expect(await serverCart()).to.deep.equal([[2, 2]]);
  });

  it('adds the chosen quantity with with-quantity, and a host can cancel an add', async () => {
    const el = await fixture<SdQuickAdd>(html`<sd-quick-add product-id="1" with-quantity></sd-quick-add>`);
    const selector = el.shadowRoot!.querySelector('sd-quantity-selector')!;
    selector.shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    selector.shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    el.shadowRoot!.querySelector('button[part="button"]')!.dispatchEvent(new MouseEvent('click'));
    await settle();
    expect(await serverCart()).to.deep.equal([[1, 3]]);
    el.addEventListener('sd-add-to-cart', (event) => event.preventDefault(), { once: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await serverCart()).to.deep.equal([[1, 3]]);
  });

  it('hides the light-DOM fallback once upgraded, and says so in the console when product-id is wrong', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    const el = await fixture<SdQuickAdd>(html`<sd-quick-add product-id="seven"><a href="/shop/product/7">View product</a></sd-quick-add>`);
    console.error = original;
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    expect(errors.join()).to.contain('needs a product-id');
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-disabled')).to.equal('true');
  });
});

describe('<sd-mini-cart>', () => {
  it('has a cart button named with the count, and a badge', async () => {
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart></sd-mini-cart>`);
    await shop.cart.add(1, 2);
    await cart.updateComplete;
    const { toggle, root } = parts(cart);
    expect(toggle.getAttribute('aria-label')).to.equal('Cart, 2 items');
    expect(root.querySelector('[part="badge"]')!.textContent).to.equal('2');
    await expect(cart).to.be.accessible();
  });

  it('opens a labelled modal dialog, moves focus in, and Escape returns focus to the button', async () => {
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart></sd-mini-cart>`);
    const { toggle, dialog, root } = parts(cart);
    let opened = 0;
    cart.addEventListener('sd-cart-open', () => opened++);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await cart.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.contain('Your cart');
    expect(dialog.contains(deepActive())).to.equal(true);
    expect(document.documentElement.style.overflow).to.equal('hidden');
    expect(opened).to.equal(1);
    // Tab never leaves the drawer for the page behind it.
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active && active !== document.body) expect(dialog.contains(active), `focus went to ${active.outerHTML.slice(0, 60)}`).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await cart.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActive()).to.equal(toggle);
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('closes when the backdrop is clicked', async () => {
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    const { dialog } = parts(cart);
    await waitUntil(() => dialog.open);
    dialog.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await cart.updateComplete;
    expect(dialog.open).to.equal(false);
  });

  it('shows an empty state with a way back to the shop', async () => {
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    const { root } = parts(cart);
    await waitUntil(() => root.textContent!.includes('Your cart is empty'));
    expect(root.querySelector<HTMLAnchorElement>('[part="empty"] a')!.getAttribute('href')).to.equal('/shop');
    await expect(cart).to.be.accessible();
  });

  it('shows lines, stock limits, bundle groups and totals, and edits them', async () => {
    await shop.cart.add(7, 2);
    await shop.cart.add(1, 1);
    await shop.cart.addBundle(2, 1);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    const { root } = parts(cart);
    await waitUntil(() => root.textContent!.includes('Bundle: Mix & Match Doi'), 'bundle group never named');
    expect(root.textContent).to.contain('৳95.50 each');
    expect(root.textContent).to.contain('Only 3 left');
    expect(root.textContent).to.contain('Shipping and taxes calculated at checkout');
    expect(root.querySelector('[part="checkout"]')!.getAttribute('href')).to.equal('/shop/checkout');
    expect(root.querySelector('[part="view-cart"]')!.getAttribute('href')).to.equal('/shop/cart');
    const doi = [...root.querySelectorAll('sd-quantity-selector')].find((q) => q.getAttribute('product-name') === 'Sour Doi 500 g')!;
    const plus = doi.shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!;
    expect(plus.getAttribute('aria-label')).to.equal('Increase quantity of Sour Doi 500 g');
    plus.click();
    await settle();
    await doi.updateComplete;
    // 3 is all the shop has: + is now disabled.
    expect(plus.getAttribute('aria-disabled')).to.equal('true');
    expect((await serverCart()).find(([id]) => id === 7)).to.deep.equal([7, 3]);
    await waitUntil(() => root.querySelector('[role="status"][aria-live="polite"]')!.textContent!.includes('quantity 3'));
    await expect(cart).to.be.accessible();

    const remove = root.querySelector<HTMLButtonElement>('[part="remove"][aria-label="Remove Sour Doi 500 g"]')!;
    remove.click();
    await settle();
    expect((await serverCart()).find(([id]) => id === 7)).to.equal(undefined);
    expect(parts(cart).dialog.contains(deepActive())).to.equal(true);
  });

  for (const typed of ['0', '-1', '2.5', 'abc']) {
    it(`never sends or empties the cart when "${typed}" is typed and Enter pressed`, async () => {
      await shop.cart.add(1, 2);
      const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
      const selector = await waitUntil(() => parts(cart).root.querySelector('sd-quantity-selector')).then(() => parts(cart).root.querySelector('sd-quantity-selector')!);
      const input = selector.shadowRoot!.querySelector('input')!;
      input.focus();
      input.select();
      await sendKeys({ type: typed });
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await serverCart()).to.deep.equal([[1, 2]]);
      expect(shop.cart.$cart.get().item_count).to.equal(2);
    });
  }

  it('with show-on-add, the first add on a fresh session opens a filled drawer', async () => {
    const page = await fixture(html`<div><sd-mini-cart show-on-add></sd-mini-cart><sd-quick-add product-id="6" product-name="Mishti Doi 500 g" price="120"></sd-quick-add></div>`);
    const cart = page.querySelector('sd-mini-cart')!;
    page.querySelector('sd-quick-add')!.shadowRoot!.querySelector('button')!.click();
    const { dialog } = parts(cart);
    await waitUntil(() => dialog.open, 'drawer never opened');
    expect(dialog.textContent).to.contain('Mishti Doi 500 g');
    expect(dialog.textContent).not.to.contain('Your cart is empty');
  });

  it('a refused add never leaves the drawer stuck or blank', async () => {
    await shop.cart.add(7, 3);
    const page = await fixture(html`<div><sd-mini-cart show-on-add></sd-mini-cart><sd-quick-add product-id="7"></sd-quick-add></div>`);
    const cart = page.querySelector('sd-mini-cart')!;
    const quick = page.querySelector('sd-quick-add')!;
    quick.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => quick.shadowRoot!.textContent!.includes('Only 3 left'));
    const { dialog, toggle } = parts(cart);
    toggle.click();
    await cart.updateComplete;
    expect(dialog.textContent).to.contain('Sour Doi 500 g');
    cart.hide();
    await cart.updateComplete;
    expect(dialog.open).to.equal(false);
  });

  it('its badge agrees with the server after ten rapid clicks', async () => {
    mock.controls.setLatency(40);
    const page = await fixture(html`<div><sd-mini-cart></sd-mini-cart><sd-quick-add product-id="1"></sd-quick-add></div>`);
    const button = page.querySelector('sd-quick-add')!.shadowRoot!.querySelector('button')!;
    for (let i = 0; i < 10; i++) {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await settle();
    mock.controls.setLatency(0);
    const truth = await shop.client().getCart();
    const badge = parts(page.querySelector('sd-mini-cart')!).root.querySelector('[part="badge"]')!;
    await page.querySelector('sd-mini-cart')!.updateComplete;
    expect(truth.item_count).to.equal(10);
    expect(badge.textContent).to.equal('10');
  });

  it('lets a host take over checkout with a cancelable sd-checkout', async () => {
    await shop.cart.add(1, 1);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    let detail: { url: string } | undefined;
    cart.addEventListener('sd-checkout', (event) => {
      detail = (event as CustomEvent).detail;
      event.preventDefault();
    });
    await waitUntil(() => parts(cart).root.querySelector('[part="checkout"]'));
    parts(cart).root.querySelector<HTMLAnchorElement>('[part="checkout"]')!.click();
    expect(detail?.url).to.equal('/shop/checkout');
    expect(location.pathname).not.to.equal('/shop/checkout');
  });
});
