// The mini cart's bundle groups in Chromium, against the mock shop: named from
// the first paint (never "#3"), one /bundles request shared with the page's bundle
// elements, the heading kept while a line of the bundle remains, and the
// bundle-price note only for shops whose checkout applies it, for whole bundles.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/mini-cart/sd-mini-cart.js';
import '../../src/components/bundle-card/sd-bundle-card.js';
import '../../src/config/sd-shop.js';
import type { SdMiniCart } from '../../src/components/mini-cart/mini-cart.component.js';
import { shop } from '../../src/store/index.js';
import { part, recordRequests, settle, useMockShop } from './helpers.js';

const mock = useMockShop();
beforeEach(() => shop.bundles.reset());
afterEach(() => shop.bundles.reset());

const groups = (cart: SdMiniCart) =>
  [...cart.shadowRoot!.querySelectorAll('[part="bundle"]')].map((group) => ({
    title: group.querySelector('[part="bundle-title"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    note: group.querySelector('[part="bundle-note"]')?.textContent?.trim() ?? null,
    lines: [...group.querySelectorAll('[part="line-name"]')].map((name) => name.textContent!.trim()),
  }));
const named = (cart: SdMiniCart, title: string) => waitUntil(() => groups(cart).some((group) => group.title === title), `no group "${title}": ${JSON.stringify(groups(cart))}`);
const removeLine = async (cart: SdMiniCart, name: string) => {
  cart.shadowRoot!.querySelector<HTMLButtonElement>(`[part="remove"][aria-label="Remove ${name}"]`)!.click();
  await settle();
  await cart.updateComplete;
};

describe('<sd-mini-cart>: bundle groups', () => {
  it('never shows “Bundle: #id”: a placeholder heading until the names are in, asked for with the cart', async () => {
    await shop.cart.addBundle(2, 1);
    mock().controls.setLatency(250);
    const log = recordRequests(mock());
    const titles = new Set<string>();
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    const watch = new MutationObserver(() => groups(cart).forEach((group) => titles.add(group.title)));
    watch.observe(cart.shadowRoot!, { subtree: true, childList: true, characterData: true });
    // The first paint: the group, its lines, and a placeholder heading (said as "Bundle"), busy.
    const group = part(cart, 'bundle');
    expect(group.getAttribute('aria-busy')).to.equal('true');
    expect(group.querySelector('[part="bundle-title"] .skeleton')).to.not.equal(null);
    expect(groups(cart)[0]!.title).to.equal('Bundle');
    expect(groups(cart)[0]!.lines).to.deep.equal(['Mishti Doi 500 g', 'Greek Yogurt 200 g']);
    await named(cart, 'Bundle: Mix & Match Doi');
    watch.disconnect();
    expect([...titles].filter((title) => /#\d/.test(title))).to.deep.equal([]);
    expect(group.getAttribute('aria-busy')).to.equal('false');
    expect((await log.stop()).filter(({ path }) => path === '/bundles')).to.have.length(1);
    await expect(cart).to.be.accessible();
  });

  it('asks for the names as soon as a cart with bundle lines arrives, drawer closed; not for a cart without', async () => {
    await shop.cart.add(1, 1);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart></sd-mini-cart>`);
    await cart.updateComplete;
    const quiet = recordRequests(mock());
    await shop.cart.load({ fresh: true });
    await cart.updateComplete;
    await shop.cart.load({ fresh: true }); // a request after any the first answer started
    expect((await quiet.stop()).map(({ path }) => path)).to.deep.equal(['/cart', '/cart']);
    expect(shop.bundles.$bundles.get().state).to.equal('loading');
    // Another tab added a bundle: this tab's cart refetches, and the names are asked for with it.
    await shop.client().addBundleToCart(1, 1);
    await shop.cart.load({ fresh: true });
    await waitUntil(() => shop.bundles.$bundles.get().state === 'ready', 'the names were never asked for');
    cart.show();
    await cart.updateComplete;
    expect(groups(cart)[0]!.title).to.equal('Bundle: Breakfast Pack');
  });

  it('takes the names from a bundle card already on the page: named at once, no second request', async () => {
    const page = await fixture(html`<div><sd-bundle-card bundle-id="1"></sd-bundle-card><sd-mini-cart></sd-mini-cart></div>`);
    const card = page.querySelector('sd-bundle-card')!;
    const cart = page.querySelector<SdMiniCart>('sd-mini-cart')!;
    await waitUntil(() => card.state === 'idle');
    const log = recordRequests(mock());
    await shop.cart.addBundle(1, 1);
    cart.show();
    await cart.updateComplete;
    expect(groups(cart)).to.deep.equal([{ title: 'Bundle: Breakfast Pack', note: null, lines: ['Fresh Milk 1 L', 'Butter 200 g', 'Mishti Doi 500 g'] }]);
    expect((await log.stop()).filter(({ path }) => path === '/bundles')).to.deep.equal([]);
  });

  it('heads a bundle the shop no longer lists, or whose names failed, “Bundle”', async () => {
    await shop.client().addToCart(2, 2, { bundleId: 7 }); // a line of the inactive Old Combo
    await shop.cart.load({ fresh: true });
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    await waitUntil(() => shop.bundles.$bundles.get().state === 'ready');
    await cart.updateComplete;
    expect(groups(cart)).to.deep.equal([{ title: 'Bundle', note: null, lines: ['Fresh Milk 500 ml'] }]);
    expect(part(cart, 'bundle').getAttribute('aria-busy')).to.equal('false');
    shop.bundles.reset();
    mock().controls.forceError('/bundles', 'network', 3);
    await shop.bundles.ensure();
    await cart.updateComplete;
    expect(shop.bundles.$bundles.get().state).to.equal('error');
    expect(groups(cart)[0]!.title).to.equal('Bundle');
  });

  it('keeps the heading while a line of the bundle remains; the count follows the lines', async () => {
    await shop.cart.addBundle(1, 1);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    await named(cart, 'Bundle: Breakfast Pack');
    expect(part(cart, 'toggle').getAttribute('aria-label')).to.equal('Cart, 4 items');
    await removeLine(cart, 'Butter 200 g');
    expect(groups(cart)).to.deep.equal([{ title: 'Bundle: Breakfast Pack', note: null, lines: ['Fresh Milk 1 L', 'Mishti Doi 500 g'] }]);
    expect(part(cart, 'toggle').getAttribute('aria-label')).to.equal('Cart, 3 items');
    await removeLine(cart, 'Fresh Milk 1 L');
    expect(groups(cart)).to.deep.equal([{ title: 'Bundle: Breakfast Pack', note: null, lines: ['Mishti Doi 500 g'] }]);
    await removeLine(cart, 'Mishti Doi 500 g');
    expect(groups(cart)).to.deep.equal([]);
  });
});

describe('<sd-mini-cart>: the bundle price, never a total the cart does not hold', () => {
  it('by default says nothing about a bundle price: the lines and the subtotal are what the cart holds', async () => {
    await shop.cart.addBundle(1, 1);
    const cart = await fixture<SdMiniCart>(html`<sd-mini-cart open></sd-mini-cart>`);
    await named(cart, 'Bundle: Breakfast Pack');
    expect(groups(cart)[0]!.note).to.equal(null);
    expect(part(cart, 'subtotal').textContent).to.contain('৳590');
    expect(cart.shadowRoot!.textContent).to.not.contain('৳450');
  });

  it('with bundle-price-at-checkout, says the bundle price for whole bundles only, and drops it once the group changes', async () => {
    await shop.cart.addBundle(1, 2);
    const page = await fixture(html`<sd-shop bundle-price-at-checkout><sd-mini-cart open></sd-mini-cart></sd-shop>`);
    const cart = page.querySelector<SdMiniCart>('sd-mini-cart')!;
    await named(cart, 'Bundle: Breakfast Pack');
    expect(groups(cart)[0]!.note).to.equal('Bundle price ৳900 applied at checkout');
    // The subtotal stays what the cart holds: 2 × ৳590 at list prices.
    expect(part(cart, 'subtotal').textContent).to.contain('৳1,180');
    await expect(cart).to.be.accessible();
    // One more milk: no longer two whole bundles.
    const milk = [...cart.shadowRoot!.querySelectorAll('[part="line"]')].find((line) => line.textContent!.includes('Fresh Milk 1 L'))!;
    part<HTMLButtonElement>(milk.querySelector('sd-quantity-selector')!, 'increment').click();
    await settle();
    await cart.updateComplete;
    expect(groups(cart)[0]!.note).to.equal(null);
    await removeLine(cart, 'Fresh Milk 1 L');
    expect(groups(cart)[0]).to.deep.equal({ title: 'Bundle: Breakfast Pack', note: null, lines: ['Butter 200 g', 'Mishti Doi 500 g'] });
  });

  it('says nothing when the lines do not add up to more than the bundle price', async () => {
    // A crafted list: the bundle's price is what its lines cost.
    const list = await shop.client().getBundles();
    mock().controls.forceError('/bundles', 'respond', 1, { body: { success: true, data: list.map((b) => (b.id === 3 ? { ...b, final_price: 80, savings: 0, savings_percent: 0 } : b)) } });
    await shop.cart.addBundle(3, 1);
    const page = await fixture(html`<sd-shop bundle-price-at-checkout><sd-mini-cart open></sd-mini-cart></sd-shop>`);
    const cart = page.querySelector<SdMiniCart>('sd-mini-cart')!;
    await named(cart, 'Bundle: Lassi Buy 1 Get 1');
    expect(groups(cart)[0]!.note).to.equal(null);
  });

  it('says it in Bengali, with the bundle’s Bengali name from the shop', async () => {
    await shop.cart.addBundle(13, 1);
    const page = await fixture(html`<sd-shop locale="bn" bundle-price-at-checkout><sd-mini-cart open></sd-mini-cart></sd-shop>`);
    const cart = page.querySelector<SdMiniCart>('sd-mini-cart')!;
    await waitUntil(() => groups(cart)[0]?.note === 'চেকআউটে বান্ডেলের দাম ৳১৮৩.১৮ প্রযোজ্য হবে', `no Bengali note: ${JSON.stringify(groups(cart))}`);
    // The page's only <sd-shop> is Bengali: the bundles are asked for again in Bengali.
    await waitUntil(() => groups(cart)[0]?.title === 'বান্ডেল: দই জুটি', `the bundle is not named in Bengali: ${JSON.stringify(groups(cart))}`);
  });
});
