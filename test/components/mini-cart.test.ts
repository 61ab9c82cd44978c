// <sd-mini-cart> in Chromium, against the mock shop: what a shopper sees and a
// screen-reader user hears, and the known failures of popular drawers.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/quick-add/sd-quick-add.js';
import '../../src/components/mini-cart/sd-mini-cart.js';
import type { SdMiniCart } from '../../src/components/mini-cart/mini-cart.component.js';
import type { SdQuickAdd } from '../../src/components/quick-add/quick-add.component.js';
import { shop } from '../../src/store/index.js';
import { deepActive, part, recordRequests, rendered, serverCart, settle, useMockShop } from './helpers.js';

const mock = useMockShop();

const parts = (cart: SdMiniCart) => ({
  toggle: part<HTMLButtonElement>(cart, 'toggle'),
  dialog: part<HTMLDialogElement>(cart, 'drawer'),
  root: cart.shadowRoot!,
});
/** The cart line of the product with that name. */
const lineOf = (cart: SdMiniCart, name: string) => {
  const line = [...cart.shadowRoot!.querySelectorAll<HTMLElement>('[part="line"]')].find((li) => li.querySelector('[part="line-name"]')!.textContent!.trim().startsWith(name));
  if (!line) throw new Error(`no line for ${name}`);
  return line;
};
/** Whether `node` is inside `container`, looking out of shadow roots. */
const within = (container: Element, node: Element | null): boolean => {
  let current: Node | null = node;
  while (current) {
    if (container.contains(current)) return true;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
};
/** Elements the drawer's Tab order goes through. */
const tabbables = (dialog: HTMLDialogElement) =>
  [...dialog.querySelectorAll<HTMLElement>('a[href], button, sd-quantity-selector')].flatMap((el) =>
    el.localName === 'sd-quantity-selector' ? [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input')] : [el],
  );

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

  it('opens a labelled modal dialog, keeps Tab inside, and Escape returns focus to the button', async () => {
    await shop.cart.add(1, 1);
    await shop.cart.add(6, 1);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart></sd-mini-cart>`);
    const { toggle, dialog, root } = parts(cart);
    let opened = 0;
    cart.addEventListener('sd-cart-open', () => opened++);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await cart.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(cart.hasAttribute('open')).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.contain('Your cart');
    expect(dialog.contains(deepActive())).to.equal(true);
    expect(document.documentElement.style.overflow).to.equal('hidden');
    expect(opened).to.equal(1);
    // Tab goes through the drawer's controls and never to the page behind it (nor to <body>).
    const stops = tabbables(dialog).length;
    expect(stops).to.be.above(5);
    for (let i = 0; i < stops - 1; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      expect(within(dialog, active), `focus went to ${active?.outerHTML.slice(0, 60)}`).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await cart.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActive()).to.equal(toggle);
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('fires open and close events for the shopper’s actions only, never when the host sets `open`', async () => {
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart></sd-mini-cart>`);
    const { toggle, dialog } = parts(cart);
    const events: string[] = [];
    for (const type of ['sd-cart-open', 'sd-cart-close', 'sd-request-close'] as const) {
      cart.addEventListener(type, (event) => events.push('source' in event.detail ? `${type}:${event.detail.source}` : type));
    }
    cart.open = true;
    await cart.updateComplete;
    cart.hide();
    await cart.updateComplete;
    cart.show();
    await cart.updateComplete;
    cart.open = false;
    await cart.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(events).to.deep.equal([]);
    toggle.click();
    await cart.updateComplete;
    part<HTMLButtonElement>(cart, 'close').click();
    await cart.updateComplete;
    expect(events).to.deep.equal(['sd-cart-open', 'sd-request-close:close-button', 'sd-cart-close']);
  });

  it('asks before closing: a host that cancels sd-request-close keeps the drawer open, whatever the shopper used', async () => {
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart></sd-mini-cart>`);
    const { toggle, dialog } = parts(cart);
    const sources: string[] = [];
    cart.addEventListener('sd-request-close', (event) => {
      sources.push(event.detail.source);
      event.preventDefault();
    });
    let closed = 0;
    cart.addEventListener('sd-cart-close', () => closed++);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await cart.updateComplete;
    await sendKeys({ press: 'Escape' });
    dialog.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    part<HTMLButtonElement>(cart, 'close').click();
    await cart.updateComplete;
    expect(sources).to.deep.equal(['escape', 'backdrop', 'close-button']);
    expect(dialog.open).to.equal(true);
    expect(closed).to.equal(0);
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
    const doi = lineOf(cart, 'Sour Doi 500 g').querySelector('sd-quantity-selector')!;
    const plus = part<HTMLButtonElement>(doi, 'increment');
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

  it('draws a change in the open drawer, and its closing, at once, even when its cart button has scrolled out of sight', async () => {
    await shop.cart.add(1, 1);
    const page = await fixture<HTMLElement>(html`<div><div style="height: 300vh"></div><sd-mini-cart></sd-mini-cart></div>`);
    const cart = page.querySelector('sd-mini-cart')!;
    // Two frames: the widgets' sight observer has seen the cart button far down the page.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    cart.show();
    await waitUntil(() => parts(cart).root.querySelector('[part="title"]')?.textContent!.includes('1 item'), 'the drawer never showed the cart');
    let nextFrame = false;
    requestAnimationFrame(() => (nextFrame = true));
    void shop.cart.setQuantity(1, 2);
    await cart.updateComplete;
    expect(parts(cart).root.querySelector('[part="title"]')!.textContent).to.contain('2 items');
    expect(nextFrame, 'drawn before the next frame, as a change in sight is').to.equal(false);
    await settle();

    // Closing, too, at once, even with focus gone from the drawer (its line removed from another tab):
    // the drawer goes and the page scrolls again.
    (deepActive() as HTMLElement | null)?.blur();
    expect(cart.matches(':focus-within')).to.equal(false);
    let closedFrame = false;
    requestAnimationFrame(() => (closedFrame = true));
    cart.hide();
    await cart.updateComplete;
    expect(parts(cart).dialog.open).to.equal(false);
    expect(document.documentElement.style.overflow).to.equal('');
    expect(closedFrame, 'closed before the next frame').to.equal(false);
  });

  for (const typed of ['0', '-1', '2.5', 'abc', '0x10', '1e3']) {
    it(`never sends or empties the cart when "${typed}" is typed and Enter pressed`, async () => {
      await shop.cart.add(1, 2);
      const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
      await waitUntil(() => parts(cart).root.querySelector('sd-quantity-selector'));
      const selector = parts(cart).root.querySelector('sd-quantity-selector')!;
      // Updates run in slices: the line's selector may render a task after the drawer.
      await selector.updateComplete;
      const input = part<HTMLInputElement>(selector, 'input');
      const log = recordRequests(mock());
      input.focus();
      input.select();
      await sendKeys({ type: typed });
      await sendKeys({ press: 'Enter' });
      await shop.cart.load({ fresh: true });
      const changes = (await log.stop()).filter(({ path }) => path !== '/cart');
      expect(changes).to.deep.equal([]);
      expect(await serverCart()).to.deep.equal([[1, 2]]);
      expect(shop.cart.$cart.get().item_count).to.equal(2);
    });
  }

  it('with show-on-add, the first add on a fresh session opens a filled drawer', async () => {
    const page = await fixture(html`<div><sd-mini-cart show-on-add></sd-mini-cart><sd-quick-add product-id="6" product-name="Mishti Doi 500 g" price="120"></sd-quick-add></div>`);
    await rendered(page);
    const cart = page.querySelector('sd-mini-cart')!;
    part(page.querySelector('sd-quick-add')!, 'button').click();
    const { dialog } = parts(cart);
    await waitUntil(() => dialog.open, 'drawer never opened');
    expect(dialog.textContent).to.contain('Mishti Doi 500 g');
    expect(dialog.textContent).not.to.contain('Your cart is empty');
  });

  it('with show-on-add, closing the drawer returns focus to the quick add that opened it', async () => {
    const page = await fixture(html`<div><sd-mini-cart show-on-add></sd-mini-cart><sd-quick-add product-id="6" product-name="Mishti Doi 500 g" price="120"></sd-quick-add></div>`);
    await rendered(page);
    const cart = page.querySelector('sd-mini-cart')!;
    const quick = page.querySelector<SdQuickAdd>('sd-quick-add')!;
    const { dialog } = parts(cart);
    part(quick, 'button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'drawer never opened');
    expect(dialog.contains(deepActive())).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await cart.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActive()).to.equal(part(quick, 'button'));

    // Again, closed with the close button this time.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'drawer never opened again');
    part(cart, 'close').click();
    await cart.updateComplete;
    expect(deepActive()).to.equal(part(quick, 'button'));
  });

  it('opens on the store’s confirmed add, not on a theme’s document event', async () => {
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart show-on-add></sd-mini-cart>`);
    const { dialog } = parts(cart);
    // Theme code telling the widgets it changed the cart makes them refetch; it is no add of ours.
    document.dispatchEvent(new CustomEvent('cart:add', { detail: { productId: 1 } }));
    await shop.cart.load({ fresh: true });
    await cart.updateComplete;
    expect(dialog.open).to.equal(false);
    await shop.cart.add(1, 1);
    await cart.updateComplete;
    expect(dialog.open).to.equal(true);
  });

  it('a refused add never leaves the drawer stuck or blank', async () => {
    await shop.cart.add(7, 3);
    const page = await fixture(html`<div><sd-mini-cart show-on-add></sd-mini-cart><sd-quick-add product-id="7"></sd-quick-add></div>`);
    await rendered(page);
    const cart = page.querySelector('sd-mini-cart')!;
    const quick = page.querySelector('sd-quick-add')!;
    part(quick, 'button').click();
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
    mock().controls.setLatency(40);
    const page = await fixture(html`<div><sd-mini-cart></sd-mini-cart><sd-quick-add product-id="1"></sd-quick-add></div>`);
    await rendered(page);
    const button = part(page.querySelector('sd-quick-add')!, 'button');
    for (let i = 0; i < 10; i++) {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await settle();
    mock().controls.setLatency(0);
    const truth = await shop.client().getCart();
    const cart = page.querySelector('sd-mini-cart')!;
    await cart.updateComplete;
    expect(truth.item_count).to.equal(10);
    expect(part(cart, 'badge').textContent).to.equal('10');
  });

  it('lets a host take over checkout with a cancelable sd-checkout', async () => {
    await shop.cart.add(1, 1);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    let detail: { url: string } | undefined;
    cart.addEventListener('sd-checkout', (event) => {
      detail = event.detail;
      event.preventDefault();
    });
    await waitUntil(() => parts(cart).root.querySelector('[part="checkout"]'));
    // The click's own default (following the link) is what the host cancelled.
    let followed: boolean | undefined;
    const watch = (event: Event) => (followed = !event.defaultPrevented);
    window.addEventListener('click', watch);
    part<HTMLAnchorElement>(cart, 'checkout').click();
    window.removeEventListener('click', watch);
    expect(detail?.url).to.equal('/shop/checkout');
    expect(followed).to.equal(false);
  });

  describe('scroll lock', () => {
    it('two drawers that open and close in any order leave the page scrollable', async () => {
      const page = await fixture(html`<div><sd-mini-cart></sd-mini-cart><sd-mini-cart></sd-mini-cart></div>`);
      const [a, b] = [...page.querySelectorAll('sd-mini-cart')] as [SdMiniCart, SdMiniCart];
      const root = document.documentElement;
      const orders: [SdMiniCart, SdMiniCart][] = [
        [a, b],
        [b, a],
      ];
      for (const [first, second] of orders) {
        a.show();
        await a.updateComplete;
        b.show();
        await b.updateComplete;
        expect(root.style.overflow).to.equal('hidden');
        first.hide();
        await first.updateComplete;
        expect(root.style.overflow, 'one drawer is still open').to.equal('hidden');
        second.hide();
        await second.updateComplete;
        expect(root.style.overflow).to.equal('');
      }
    });

    it('two copies of the library on one page (script tag and npm) share one lock', async () => {
      // A second copy of the element's module, as a page with both builds has.
      const url = new URL('../../src/components/mini-cart/mini-cart.component.ts?copy=2', import.meta.url).href;
      const copy = (await import(/* @vite-ignore */ url)) as typeof import('../../src/components/mini-cart/mini-cart.component.js');
      if (!customElements.get('sd-mini-cart-copy')) customElements.define('sd-mini-cart-copy', copy.SdMiniCart);
      const page = await fixture(html`<div><sd-mini-cart></sd-mini-cart><sd-mini-cart-copy></sd-mini-cart-copy></div>`);
      const a = page.querySelector('sd-mini-cart')!;
      const b = page.querySelector('sd-mini-cart-copy') as SdMiniCart;
      const root = document.documentElement;
      a.show();
      await a.updateComplete;
      b.show();
      await b.updateComplete;
      a.hide();
      await a.updateComplete;
      expect(root.style.overflow, 'the other drawer is still open').to.equal('hidden');
      b.hide();
      await b.updateComplete;
      expect(root.style.overflow).to.equal('');
    });

    it('a drawer taken off the page while open lets go of the lock', async () => {
      const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
      await waitUntil(() => parts(cart).dialog.open);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      cart.remove();
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('fractional quantities (Odoo floats)', () => {
    it('shows a line of 1.5 read-only with its unit, a total of price × 1.5, and lets it be removed', async () => {
      await shop.cart.add(1, 1);
      mock().db.addItem(shop.cart.$confirmed.get()!.session_id, 7, 1.5);
      await shop.cart.load({ fresh: true });
      const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
      await waitUntil(() => cart.shadowRoot!.textContent!.includes('Sour Doi'));
      const line = lineOf(cart, 'Sour Doi 500 g');
      // No − or + to step to 2.5 or 0.5, quantities nobody chose and nothing would send.
      expect(line.querySelector('sd-quantity-selector')).to.equal(null);
      expect(line.querySelector('[part="quantity-readonly"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Quantity of Sour Doi 500 g: 1.5 Units');
      // ৳95.50 × 1.5 = ৳143.25, in paisa.
      expect(line.querySelector('[part="line-total"]')!.textContent).to.contain('৳143.25');
      // Whole lines keep their selector.
      expect(lineOf(cart, 'Fresh Milk 1 L').querySelector('sd-quantity-selector')).to.exist;
      await expect(cart).to.be.accessible();
      line.querySelector<HTMLButtonElement>('[part="remove"]')!.click();
      await settle();
      expect(await serverCart()).to.deep.equal([[1, 1]]);
    });
  });

  it('a 1 MB product name makes neither a giant line nor a giant accessible name', async () => {
    mock().db.product(7)!.name = 'Sour Doi '.repeat(120_000);
    await shop.cart.add(7, 1);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    await waitUntil(() => cart.shadowRoot!.querySelector('[part="line"]'));
    const line = cart.shadowRoot!.querySelector<HTMLElement>('[part="line"]')!;
    expect(line.getBoundingClientRect().height).to.be.below(250);
    const name = line.querySelector<HTMLElement>('[part="line-name"]')!;
    expect(name.textContent!.length).to.be.at.most(300);
    expect(name.title.length).to.be.at.most(300);
    expect(line.querySelector('[part="remove"]')!.getAttribute('aria-label')!.length).to.be.at.most(130);
    const selector = line.querySelector('sd-quantity-selector')!;
    await selector.updateComplete;
    expect(part(selector, 'input').getAttribute('aria-label')!.length).to.be.at.most(140);
    part(selector, 'increment').click();
    await settle();
    const announced = cart.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!;
    expect(announced.length).to.be.within(1, 160);
  });

  describe('messages do not move the controls', () => {
    const removeBox = (cart: SdMiniCart) => lineOf(cart, 'Fresh Milk 1 L').querySelector('[part="remove"]')!.getBoundingClientRect();
    /** The drawer slides in: measure once it is still. */
    const still = (cart: SdMiniCart) => Promise.all(parts(cart).dialog.getAnimations({ subtree: true }).map((animation) => animation.finished));

    it('a refused typed quantity leaves the remove button where it was', async () => {
      await shop.cart.add(1, 2);
      const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
      await waitUntil(() => cart.shadowRoot!.querySelector('sd-quantity-selector'));
      await still(cart);
      const before = removeBox(cart);
      const selector = cart.shadowRoot!.querySelector('sd-quantity-selector')!;
      const input = part<HTMLInputElement>(selector, 'input');
      input.focus();
      input.select();
      await sendKeys({ type: 'abc' });
      await sendKeys({ press: 'Enter' });
      await selector.updateComplete;
      expect(part(selector, 'message').textContent).to.contain('whole number');
      const after = removeBox(cart);
      expect([after.top, after.left]).to.deep.equal([before.top, before.left]);
    });

    it('a refused change’s reason under the line leaves the remove button where it was', async () => {
      await shop.cart.add(1, 2);
      const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
      await waitUntil(() => cart.shadowRoot!.querySelector('sd-quantity-selector'));
      await still(cart);
      const before = removeBox(cart);
      mock().controls.forceError('/cart/update', 'server');
      part(cart.shadowRoot!.querySelector('sd-quantity-selector')!, 'increment').click();
      await waitUntil(() => cart.shadowRoot!.querySelector('[part="line-error"]'), 'no reason shown');
      const after = removeBox(cart);
      expect([after.top, after.left]).to.deep.equal([before.top, before.left]);
    });
  });
});
