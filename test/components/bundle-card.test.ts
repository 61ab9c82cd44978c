// <sd-bundle-card> in Chromium, against the mock shop: honest prices and savings
// for every mock bundle, why a bundle cannot be added, the per-order maximum, the
// add (and its refusals), the view event, accessibility and narrow cards.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/bundle-card/sd-bundle-card.js';
import '../../src/components/mini-cart/sd-mini-cart.js';
import '../../src/config/sd-shop.js';
import type { SdBundleCard } from '../../src/components/bundle-card/bundle-card.component.js';
import type { SdMiniCart } from '../../src/components/mini-cart/mini-cart.component.js';
import type { SdAddBundleDetail } from '../../src/events/sd-add-bundle.js';
import type { SdBundleViewDetail } from '../../src/events/sd-bundle-view.js';
import type { BundleInfo } from '../../src/client/types.js';
import { shop } from '../../src/store/index.js';
import { accessibleName, consoleDuring, part, recordRequests, serverCart, useMockShop } from './helpers.js';
import { frames, overflows } from './page-helpers.js';

const mock = useMockShop();
// Every test starts with no bundle list on the page, and leaves none behind.
beforeEach(() => shop.bundles.reset());
afterEach(() => shop.bundles.reset());

const shown = (el: SdBundleCard) => waitUntil(() => el.state !== 'loading', `bundle ${el.bundleId} never loaded`, { timeout: 5000 });
/** A part's text as a screen reader reads it (visually hidden words included), whitespace collapsed. */
const words = (el: Element, name: string) => part(el, name).textContent!.replace(/\s+/g, ' ').trim();
const has = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) !== null;
const button = (el: SdBundleCard) => part<HTMLButtonElement>(el, 'button');
const selector = (el: SdBundleCard) => el.shadowRoot!.querySelector('sd-quantity-selector')!;

async function cards(ids: number[], locale = 'en'): Promise<SdBundleCard[]> {
  const page = await fixture(html`<sd-shop locale=${locale}><div style="display:grid;grid-template-columns:repeat(3,18rem);gap:8px">${ids.map((id) => html`<sd-bundle-card bundle-id=${id}></sd-bundle-card>`)}</div></sd-shop>`);
  const all = [...page.querySelectorAll('sd-bundle-card')];
  for (const el of all) await shown(el);
  return all;
}

/** Waits for the card's next sd-add-bundle. */
const added = (el: SdBundleCard) =>
  new Promise<SdAddBundleDetail>((resolve) => el.addEventListener('sd-add-bundle', (event) => resolve(event.detail), { once: true })).then(async (detail) => {
    // What the card shows for it.
    await el.updateComplete;
    return detail;
  });

describe('<sd-bundle-card>: prices and savings', () => {
  // Every active mock bundle: [was, now, saving], as the backend computes them (mock-bundles.test.ts).
  const FIGURES: Record<number, [string, string, string]> = {
    1: ['৳590', '৳450', 'Save ৳140 (23.7%)'],
    2: ['৳520', '৳442', 'Save ৳78 (15%)'],
    3: ['৳80', '৳40', 'Save ৳40 (50%)'],
    4: ['৳1,340', '৳1,240', 'Save ৳100 (7.5%)'],
    5: ['৳350', '৳315', 'Save ৳35 (10%)'],
    6: ['৳830', '৳700', 'Save ৳130 (15.7%)'],
    8: ['৳1,050', '৳945', 'Save ৳105 (10%)'],
    9: ['৳740', '৳650', 'Save ৳90 (12.2%)'],
    10: ['৳190', '৳160', 'Save ৳30 (15.8%)'],
    11: ['৳560', '৳280', 'Save ৳280 (50%)'],
    12: ['৳220', '৳110', 'Save ৳110 (50%)'],
    13: ['৳215.50', '৳183.18', 'Save ৳32.32 (15%)'],
    14: ['৳810', '৳720', 'Save ৳90 (11.1%)'],
    15: ['৳360', '৳300', 'Save ৳60 (16.7%)'],
  };

  it('shows each mock bundle’s original price (read as “Was”), final price and saving', async () => {
    const all = await cards(Object.keys(FIGURES).map(Number));
    for (const el of all) {
      const [was, now, saving] = FIGURES[el.bundleId!]!;
      expect(part(el, 'original-price').textContent!.trim(), `bundle ${el.bundleId}`).to.equal(`Was ${was}`);
      expect(words(el, 'prices'), `bundle ${el.bundleId}`).to.equal(`Was ${was} , now ${now}`.replace(' ,', ','));
      expect(words(el, 'final-price')).to.equal(now);
      expect(words(el, 'saving'), `bundle ${el.bundleId}`).to.equal(saving);
      // Struck through on screen.
      expect(getComputedStyle(part(el, 'original-price')).textDecorationLine).to.equal('line-through');
    }
  });

  it('says it in Bengali, with Bengali digits', async () => {
    const [breakfast, doi] = await cards([1, 13], 'bn');
    await waitUntil(() => words(breakfast!, 'saving').includes('সাশ্রয়'), 'Bengali wording never loaded');
    expect(words(breakfast!, 'prices')).to.equal('আগের দাম ৳৫৯০, এখন ৳৪৫০');
    expect(words(breakfast!, 'saving')).to.equal('৳১৪০ সাশ্রয় (২৩.৭%)');
    expect(words(breakfast!, 'type')).to.equal('কম্বো');
    expect(words(doi!, 'final-price')).to.equal('৳১৮৩.১৮');
    expect(part(breakfast!, 'label').textContent).to.equal('বান্ডেল কার্টে যোগ করুন');
  });

  it('names its type, highlight and products with their quantities and thumbnails; a bundle without an image shows its products’ images', async () => {
    const [breakfast, doi, lassi, drinks] = await cards([1, 2, 3, 10]);
    expect([breakfast, doi, lassi].map((el) => words(el!, 'type'))).to.deep.equal(['Combo', 'Mix & Match', 'Buy One Get One']);
    expect(words(breakfast!, 'name')).to.equal('Breakfast Pack');
    expect(part(breakfast!, 'name').getAttribute('role')).to.equal('heading');
    expect(words(breakfast!, 'highlight')).to.equal('Best Value');
    const products = [...breakfast!.shadowRoot!.querySelectorAll('[part="product"]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(products).to.deep.equal(['2 × Fresh Milk 1 L', '1 × Butter 200 g', '1 × Mishti Doi 500 g']);
    expect(breakfast!.shadowRoot!.querySelectorAll('[part="product-image"]')).to.have.length(3);
    expect(part<HTMLImageElement>(breakfast!, 'image').src).to.match(/\/web\/image\/product\.bundle\/1\/image$/);
    expect(has(drinks!, 'image')).to.equal(false);
    const composed = [...part(drinks!, 'composition').querySelectorAll('img')].map((img) => new URL(img.src).pathname);
    expect(composed).to.deep.equal(['/web/image/product.product/17/image_128', '/web/image/product.product/19/image_128']);
  });
});

describe('<sd-bundle-card>: figures that disagree', () => {
  const breakfast = (overrides: Partial<BundleInfo>): BundleInfo => ({
    id: 1,
    name: 'Breakfast Pack',
    code: 'BRK-01',
    type: 'fixed',
    original_price: 590,
    final_price: 450,
    savings: 140,
    savings_percent: 23.7,
    highlight_text: 'Best Value',
    is_available: true,
    image_url: null,
    products: [{ id: 1, name: 'Fresh Milk 1 L', quantity: 2, price: 95, image_url: '/web/image/product.product/1/image_128' }],
    ...overrides,
  });
  const crafted = [
    breakfast({ id: 1 }), // agrees: the control
    breakfast({ id: 2, savings: 150, savings_percent: 25.4 }), // saving ≠ original − final
    breakfast({ id: 3, final_price: 650, savings: -60, savings_percent: -10.2 }), // final above original, negative saving
    breakfast({ id: 4, savings_percent: 50 }), // a percentage that is not saving ÷ original
    breakfast({ id: 5, original_price: 183.18, final_price: 183.17, savings: 0.02, savings_percent: 0 }), // off by a paisa
    breakfast({ id: 6, final_price: 590, savings: 0, savings_percent: 0 }), // no saving at all
  ];

  it('shows the final price only, and says why once in the console', async () => {
    mock().controls.forceError('/bundles', 'respond', 1, { body: { success: true, data: crafted } });
    let all: SdBundleCard[] = [];
    const warnings = await consoleDuring('warn', async () => {
      all = await cards([1, 2, 3, 4, 5, 6]);
      // Another render says nothing more.
      all.forEach((el) => el.requestUpdate());
      await Promise.all(all.map((el) => el.updateComplete));
    });
    const [agrees, ...rest] = all;
    expect(words(agrees!, 'saving')).to.equal('Save ৳140 (23.7%)');
    expect(has(agrees!, 'original-price')).to.equal(true);
    for (const el of rest) {
      expect(has(el, 'original-price'), `bundle ${el.bundleId}`).to.equal(false);
      expect(has(el, 'saving'), `bundle ${el.bundleId}`).to.equal(false);
      expect(words(el, 'final-price')).to.match(/^৳/);
    }
    expect(words(rest[1]!, 'final-price')).to.equal('৳650');
    const ours = warnings.filter((line) => line.includes('<sd-bundle-card>'));
    expect(ours).to.have.length(4);
    expect(ours[0]).to.contain('bundle 2').and.contain('saving 150 is not original − final (590 − 450)');
    expect(ours[1]).to.contain('bundle 3').and.contain('final price 650 is above its original price 590');
    expect(ours[2]).to.contain('bundle 4').and.contain('saving of 50% is not saving ÷ original');
    expect(ours[3]).to.contain('bundle 5').and.contain('saving 0.02 is not original − final');
  });
});

describe('<sd-bundle-card>: when it cannot be added', () => {
  it('stays visible and says why: a component out of stock by name, otherwise “not available”', async () => {
    // 5: Low-Fat Milk is out of stock; 6: ended; 14: not started; 15: sold out.
    const [short, ended, early, soldOut] = await cards([5, 6, 14, 15]);
    for (const el of [short, ended, early, soldOut]) {
      await waitUntil(() => el!.state === 'unavailable', `bundle ${el!.bundleId} never unavailable`);
      expect(button(el!).getAttribute('aria-disabled')).to.equal('true');
      expect(has(el!, 'final-price')).to.equal(true);
    }
    await waitUntil(() => words(short!, 'status') === 'Out of stock: Low-Fat Milk 1 L', 'component never named');
    expect(short!.shadowRoot!.querySelector('[part="product-short"]')!.textContent).to.equal('Out of stock');
    for (const el of [ended, early, soldOut]) expect(words(el!, 'status')).to.equal('This bundle is not available right now.');
    // The button keeps its name; the reason is its description.
    expect(await accessibleName(button(short!))).to.equal('Add bundle to cart: Healthy Start');
    expect(part(short!, 'status').id).to.equal(button(short!).getAttribute('aria-describedby'));
    expect(selector(short!).disabled).to.equal(true);
    // A tap does nothing: only the cart load below goes out.
    const log = recordRequests(mock());
    button(short!).click();
    button(soldOut!).click();
    await shop.cart.load({ fresh: true });
    expect((await log.stop()).map(({ path }) => path)).to.deep.equal(['/cart']);
  });

  it('follows the stock of its products: a component sold out since the list loaded is named', async () => {
    const [doi] = await cards([13]);
    await waitUntil(() => shop.stock.stockOf(7).get().state === 'ready');
    expect(doi!.state).to.equal('idle');
    mock().controls.setStock(7, 0);
    shop.stock.refresh([7]);
    await waitUntil(() => doi!.state === 'unavailable', 'never unavailable');
    expect(words(doi!, 'status')).to.equal('Out of stock: Sour Doi 500 g');
  });

  it('a refusal it did not foresee is shown in words, and the card then learns why', async () => {
    const [uht] = await cards([12]);
    // UHT Milk shows no exact quantity: the card cannot know it is gone until the shop says so.
    mock().controls.setStock(3, 0);
    // Its stock look-up after the refusal answers a little later, so the refusal's words can be read first.
    mock().controls.forceError('/products/stock-status', 'late-commit', 1, { delayMs: 300 });
    const outcome = added(uht!);
    button(uht!).click();
    const detail = await outcome;
    expect(detail).to.include({ bundleId: 12, quantity: 1, ok: false });
    expect(detail.error!.message).to.equal('Bundle is not available');
    expect(words(uht!, 'status')).to.equal('This bundle is not available right now.');
    expect(part(uht!, 'status').getAttribute('role')).to.equal('status');
    await waitUntil(() => words(uht!, 'status') === 'Out of stock: UHT Milk 1 L', 'the card never learned why');
    expect(uht!.state).to.equal('unavailable');
  });
});

describe('<sd-bundle-card>: the per-order maximum', () => {
  it('max-quantity bounds the quantity selector and is said', async () => {
    const page = await fixture(html`<div><sd-bundle-card bundle-id="2" max-quantity="3"></sd-bundle-card></div>`);
    const el = page.querySelector('sd-bundle-card')!;
    await shown(el);
    expect(words(el, 'limit')).to.equal('At most 3 per order');
    expect(selector(el).max).to.equal(3);
    const plus = part<HTMLButtonElement>(selector(el), 'increment');
    for (let i = 0; i < 4; i++) {
      plus.click();
      await selector(el).updateComplete;
    }
    expect(selector(el).value).to.equal(3);
    expect(plus.getAttribute('aria-disabled')).to.equal('true');
  });

  it('without it, learns the maximum from the shop’s refusal, for every card of that bundle', async () => {
    const [first, second] = await cards([2, 2]);
    expect(has(first!, 'limit')).to.equal(false);
    const input = part<HTMLInputElement>(selector(first!), 'input');
    input.focus();
    input.select();
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => selector(first!).value === 5);
    const log = recordRequests(mock());
    const refused = added(first!);
    button(first!).click();
    expect(await refused).to.include({ ok: false, quantity: 5 });
    expect(words(first!, 'status')).to.equal('You can order at most 3 of this bundle.');
    expect(first!.state).to.equal('error');
    await first!.updateComplete;
    for (const el of [first!, second!]) {
      expect(words(el, 'limit')).to.equal('At most 3 per order');
      expect(selector(el).max).to.equal(3);
    }
    expect(selector(first!).value).to.equal(3);
    // The next add asks for what the shop takes.
    const accepted = added(first!);
    button(first!).click();
    expect(await accepted).to.include({ ok: true, quantity: 3 });
    const sent = (await log.stop()).filter(({ path }) => path === '/bundles/2/add-to-cart').map(({ body }) => JSON.parse(body).params.quantity);
    expect(sent).to.deep.equal([5, 3]);
    expect(await serverCart()).to.deep.equal([
      [6, 6],
      [8, 6],
    ]);
  });
});

describe('<sd-bundle-card>: adding', () => {
  it('adds the bundle; the mini cart shows its lines under its name, with the right count', async () => {
    const page = await fixture(html`<div><sd-mini-cart show-on-add></sd-mini-cart><sd-bundle-card bundle-id="1"></sd-bundle-card></div>`);
    const cart = page.querySelector<SdMiniCart>('sd-mini-cart')!;
    const el = page.querySelector('sd-bundle-card')!;
    await shown(el);
    part<HTMLButtonElement>(selector(el), 'increment').click();
    await selector(el).updateComplete;
    const log = recordRequests(mock());
    const outcome = added(el);
    button(el).click();
    expect(await outcome).to.deep.equal({ bundleId: 1, quantity: 2, ok: true });
    // (Stock look-ups of its products may come and go beside these.)
    expect((await log.stop()).map(({ path }) => path).filter((path) => !path.startsWith('/products/'))).to.deep.equal(['/bundles/1/add-to-cart', '/cart']);
    expect(words(el, 'status')).to.equal('Breakfast Pack × 2 added to cart');
    expect(el.state).to.equal('added');
    // show-on-add: the drawer opens on the bundle's add.
    await waitUntil(() => cart.open, 'the drawer never opened');
    await cart.updateComplete;
    const group = part(cart, 'bundle');
    expect(group.querySelector('[part="bundle-title"]')!.textContent!.trim()).to.equal('Bundle: Breakfast Pack');
    expect([...group.querySelectorAll('[part="line-name"]')].map((name) => name.textContent!.trim())).to.deep.equal(['Fresh Milk 1 L', 'Butter 200 g', 'Mishti Doi 500 g']);
    expect(part(cart, 'toggle').getAttribute('aria-label')).to.equal('Cart, 8 items');
    expect(part(cart, 'badge').textContent).to.equal('8');
    // List prices: the subtotal is what the cart holds, 2 × ৳590.
    expect(part(cart, 'subtotal').textContent).to.contain('৳1,180');
  });

  it('says when the shop was short of a component (the seed adds the others and still answers “added”)', async () => {
    await shop.cart.add(7, 3); // every Sour Doi the shop has
    const [doi] = await cards([13]);
    const outcome = added(doi!);
    button(doi!).click();
    expect(await outcome).to.include({ ok: true });
    expect(words(doi!, 'status')).to.equal('Added, except Sour Doi 500 g: not enough in stock.');
    expect(await serverCart()).to.deep.equal([
      [7, 3],
      [6, 1],
    ]);
  });

  it('shows a failure in words, and keeps the button’s name in every state', async () => {
    const [el] = await cards([3]);
    const name = 'Add bundle to cart: Lassi Buy 1 Get 1';
    expect(await accessibleName(button(el!))).to.equal(name);
    mock().controls.setLatency(300);
    const outcome = added(el!);
    button(el!).click();
    await waitUntil(() => el!.state === 'adding');
    expect(button(el!).getAttribute('aria-busy')).to.equal('true');
    expect(await accessibleName(button(el!))).to.equal(name);
    await outcome;
    expect(el!.state).to.equal('added');
    expect(await accessibleName(button(el!))).to.equal(name);
    mock().controls.setLatency(0);
    mock().controls.forceError('/bundles/<id>/add-to-cart', 'network');
    const failed = added(el!);
    button(el!).click();
    const detail = await failed;
    expect(detail.ok).to.equal(false);
    expect(detail.error!.kind).to.equal('network');
    expect(el!.state).to.equal('error');
    expect(words(el!, 'status')).to.equal('Could not reach the shop. Check your connection and try again.');
    expect(await accessibleName(button(el!))).to.equal(name);
    await expect(el).to.be.accessible();
  });

  it('ignores a tap while its add is on its way', async () => {
    const [el] = await cards([3]);
    mock().controls.setLatency(200);
    const log = recordRequests(mock());
    const outcome = added(el!);
    button(el!).click();
    await waitUntil(() => el!.state === 'adding');
    button(el!).click();
    await outcome;
    expect((await log.stop()).filter(({ path }) => path.startsWith('/bundles/'))).to.have.length(1);
    expect(await serverCart()).to.deep.equal([[17, 2]]);
  });
});

describe('<sd-bundle-card>: the view event', () => {
  /** Resolves with the next IntersectionObserver report about `el` (the card's own observer reports in the same frame). */
  const nextReport = (el: Element) =>
    new Promise<number>((resolve) => {
      const observer = new IntersectionObserver((entries) => {
        observer.disconnect();
        resolve(entries[0]!.intersectionRatio);
      }, { threshold: [0, 0.25, 0.5, 0.75, 1] });
      observer.observe(el);
    });

  it('fires once, when at least half of the card has been on screen', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="height:300vh;padding-top:150vh"><sd-bundle-card bundle-id="1" style="width:18rem"></sd-bundle-card></div>`);
    const el = page.querySelector('sd-bundle-card')!;
    const views: SdBundleViewDetail[] = [];
    page.addEventListener('sd-bundle-view', (event) => views.push(event.detail));
    await shown(el);
    await el.updateComplete;
    expect(await nextReport(el)).to.equal(0);
    await frames();
    expect(views).to.deep.equal([]);
    // A third of it on screen: not yet.
    const { height } = el.getBoundingClientRect();
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - innerHeight + height / 3);
    expect(await nextReport(el)).to.be.within(0.2, 0.45);
    await frames();
    expect(views).to.deep.equal([]);
    el.scrollIntoView({ block: 'center' });
    await waitUntil(() => views.length === 1, 'no sd-bundle-view');
    expect(views[0]).to.deep.equal({ bundleId: 1, available: true });
    // Another render, away and back: still once.
    el.requestUpdate();
    await el.updateComplete;
    window.scrollTo(0, 0);
    await nextReport(el);
    el.scrollIntoView({ block: 'center' });
    expect(await nextReport(el)).to.be.above(0.5);
    await frames();
    expect(views).to.have.length(1);
    window.scrollTo(0, 0);
  });

  it('is not fired for a card that shows nothing yet, and says whether the bundle could be added', async () => {
    const views: SdBundleViewDetail[] = [];
    const listener = (event: GlobalEventHandlersEventMap['sd-bundle-view']) => views.push(event.detail);
    document.addEventListener('sd-bundle-view', listener);
    try {
      mock().controls.setLatency(200);
      const el = await fixture<SdBundleCard>(html`<sd-bundle-card bundle-id="6"></sd-bundle-card>`);
      expect(await nextReport(el)).to.be.above(0.5);
      await frames();
      expect(el.state).to.equal('loading');
      expect(views).to.deep.equal([]);
      await waitUntil(() => views.length === 1, 'no sd-bundle-view once shown');
      expect(views[0]).to.deep.equal({ bundleId: 6, available: false });
    } finally {
      document.removeEventListener('sd-bundle-view', listener);
    }
  });
});

describe('<sd-bundle-card>: its bundle-id, loading and failure', () => {
  it('shows nothing for a missing, malformed or unlisted bundle, and says so once in the console', async () => {
    const errors = await consoleDuring('error', async () => {
      const el = await fixture<SdBundleCard>(html`<sd-bundle-card bundle-id="0x3"></sd-bundle-card>`);
      expect(el.shadowRoot!.children).to.have.length(0);
    });
    expect(errors.filter((line) => line.includes('needs a bundle-id'))).to.have.length(1);
    expect(errors[0]).to.contain('"0x3"');
    const warnings = await consoleDuring('warn', async () => {
      const el = await fixture<SdBundleCard>(html`<sd-bundle-card bundle-id="7"></sd-bundle-card>`);
      await waitUntil(() => el.state === 'unknown');
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    });
    expect(warnings.filter((line) => line.includes('bundle 7 is not among the shop'))).to.have.length(1);
  });

  it('says plainly when the bundles could not be loaded, and tries again', async () => {
    mock().controls.forceError('/bundles', 'network', 3); // the read and its two retries
    const el = await fixture<SdBundleCard>(html`<sd-bundle-card bundle-id="1"></sd-bundle-card>`);
    await waitUntil(() => el.state === 'failed', 'never failed', { timeout: 8000 });
    expect(words(el, 'status')).to.equal('The combo deals could not be loaded.');
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'retry').click();
    await waitUntil(() => el.state === 'idle', 'never loaded on retry');
    expect(words(el, 'name')).to.equal('Breakfast Pack');
  });
});

describe('<sd-bundle-card>: accessibility and narrow cards', () => {
  it('has no axe violations: available, unavailable, with a limit, in Bengali', async () => {
    const all = await cards([1, 5, 10]);
    for (const el of all) await expect(el).to.be.accessible();
    const page = await fixture(html`<sd-shop locale="bn"><sd-bundle-card bundle-id="2" max-quantity="3"></sd-bundle-card></sd-shop>`);
    const bn = page.querySelector('sd-bundle-card')!;
    await shown(bn);
    await expect(bn).to.be.accessible();
  });

  for (const locale of ['en', 'bn']) {
    it(`nothing sticks out at 160 and 320 px (${locale}), long names included`, async () => {
      // The shop's list, and a bundle whose names go on and on.
      const list = await shop.client().getBundles();
      const long = 'Pohela Boishakh family festival mega combo with sweets from Bogura and Natore '.repeat(8);
      const product = { id: 21, name: long, quantity: 12, price: 450, image_url: '/web/image/product.product/21/image_128' };
      mock().controls.forceError('/bundles', 'respond', 1, {
        body: { success: true, data: [...list, { ...list[0]!, id: 99, name: long, highlight_text: long, image_url: null, original_price: 5400, final_price: 4999.99, savings: 400.01, savings_percent: 7.4, products: [product, { ...product, id: 23 }] }] },
      });
      const container = await fixture<HTMLDivElement>(html`<sd-shop locale=${locale}><div style="width:160px;display:grid;gap:8px">
        <sd-bundle-card bundle-id="1"></sd-bundle-card>
        <sd-bundle-card bundle-id="5"></sd-bundle-card>
        <sd-bundle-card bundle-id="2" max-quantity="3"></sd-bundle-card>
        <sd-bundle-card bundle-id="13"></sd-bundle-card>
        <sd-bundle-card bundle-id="99"></sd-bundle-card>
      </div></sd-shop>`);
      const box = container.querySelector('div')!;
      const all = [...box.querySelectorAll('sd-bundle-card')];
      for (const el of all) await shown(el);
      await waitUntil(() => all[1]!.state === 'unavailable' && words(all[1]!, 'status').length > 0);
      for (const width of [160, 320]) {
        box.style.width = `${width}px`;
        for (const el of all) {
          await el.updateComplete;
          expect(el.getBoundingClientRect().width, `bundle ${el.bundleId} at ${width}`).to.be.at.most(width + 0.5);
          expect(overflows(el), `bundle ${el.bundleId} at ${width} px`).to.deep.equal([]);
        }
      }
    });
  }
});
