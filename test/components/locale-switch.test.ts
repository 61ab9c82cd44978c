// Bengali end to end: the page's language switches at run time, on <sd-shop> and
// through configure(), and every element re-renders its words in the new language
// without a reload: its own wording, numbers and money, and the shop's names
// (the cart and the bundles are asked again in the new language).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/bundle-card/sd-bundle-card.js';
import '../../src/components/bundle-list/sd-bundle-list.js';
import '../../src/components/mini-cart/sd-mini-cart.js';
import '../../src/components/notify-me/sd-notify-me.js';
import '../../src/components/product-guide/sd-product-guide.js';
import '../../src/components/quantity-selector/sd-quantity-selector.js';
import '../../src/components/quick-add/sd-quick-add.js';
import '../../src/components/recently-viewed/sd-recently-viewed.js';
import '../../src/components/share-bar/sd-share-bar.js';
import '../../src/components/stock-badge/sd-stock-badge.js';
import '../../src/config/sd-shop.js';
import { configure } from '../../src/config/config.js';
import { recentlyViewed, shop } from '../../src/store/index.js';
import { settle, useMockShop } from './helpers.js';

/** Everything a shopper can read or hear in an element (nested elements included): its text, and its controls' labels. */
function words(el: Element): string {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label], [title], [placeholder]')].map((node) =>
    ['aria-label', 'title', 'placeholder'].map((name) => node.getAttribute(name) ?? '').join(' '),
  );
  const nested = [...root.querySelectorAll('*')].filter((node) => node.shadowRoot).map(words);
  return `${root.textContent} ${labels.join(' ')} ${nested.join(' ')}`.replace(/\s+/g, ' ').trim();
}

const GUIDE = { sections: [{ title: 'Storage', list: ['Keep it cold.'] }], faqs: [{ question: 'Boil it?', answer: 'No.' }] };

/** Each element, and a phrase it shows in English that must be gone in Bengali. */
const ELEMENTS: [tag: string, english: RegExp][] = [
  ['sd-mini-cart', /Fresh Milk 1 L|Cart/],
  ['sd-quick-add', /Add to cart/],
  ['sd-quantity-selector', /Decrease|Increase|Quantity/],
  ['sd-stock-badge', /In stock/],
  ['sd-notify-me', /Notify me/],
  ['sd-bundle-card', /Breakfast Pack/],
  ['sd-bundle-list', /Breakfast Pack/],
  ['sd-share-bar', /Copy link/],
  ['sd-recently-viewed', /Recently viewed|Clear history/],
  ['sd-product-guide', /Frequently asked questions|FAQ/i],
];

const page = () => html`<div style="width: 800px">
  <sd-mini-cart open></sd-mini-cart>
  <sd-quick-add product-id="1" product-name="Fresh Milk 1 L" price="95"></sd-quick-add>
  <sd-quantity-selector value="2"></sd-quantity-selector>
  <sd-stock-badge product-id="1"></sd-stock-badge>
  <sd-notify-me product-id="5" product-name="Low-Fat Milk 1 L"></sd-notify-me>
  <sd-bundle-card bundle-id="1"></sd-bundle-card>
  <sd-bundle-list></sd-bundle-list>
  <sd-share-bar url="https://shop.test/p/1" title="Milk"></sd-share-bar>
  <sd-recently-viewed></sd-recently-viewed>
  <sd-product-guide><script type="application/json">${JSON.stringify(GUIDE)}</script></sd-product-guide>
</div>`;

async function everyElementShows(root: Element, english: boolean): Promise<void> {
  for (const [tag, phrase] of ELEMENTS) {
    const el = root.querySelector(tag)!;
    await waitUntil(
      () => (english ? phrase.test(words(el)) : !phrase.test(words(el)) && /[\u0980-\u09FF]/.test(words(el))),
      `${tag} is not in ${english ? 'English' : 'Bengali'}: "${words(el).slice(0, 300)}"`,
      { timeout: 5000 },
    );
  }
}

describe('switching the language at run time', () => {
  const mock = useMockShop();
  beforeEach(async () => {
    recentlyViewed.record({ productId: 2, name: 'Mishti Doi', price: 120 });
    await shop.cart.add(1, 1);
    await settle();
  });

  it('on <sd-shop locale>: every element inside turns Bengali, then English again', async () => {
    const section = await fixture<HTMLElement>(html`<sd-shop locale="en">${page()}</sd-shop>`);
    await everyElementShows(section, true);
    section.setAttribute('locale', 'bn');
    await everyElementShows(section, false);
    // The shop's own names and the money, in Bengali too.
    const cart = section.querySelector('sd-mini-cart')!;
    await waitUntil(() => words(cart).includes('তাজা দুধ ১ লিটার') && words(cart).includes('৳৯৫'), `mini cart: ${words(cart)}`, { timeout: 5000 });
    expect(words(section.querySelector('sd-bundle-card')!)).to.include('সকালের নাস্তা প্যাক');
    section.setAttribute('locale', 'en');
    await everyElementShows(section, true);
  });

  it('through configure({locale}) for a page without <sd-shop>', async () => {
    const root = await fixture<HTMLElement>(page());
    await everyElementShows(root, true);
    configure({ locale: 'bn' });
    await everyElementShows(root, false);
    configure({ locale: 'en' });
    await everyElementShows(root, true);
  });

  it('names a line in the new language when a change to it was on the wire as the language changed', async () => {
    const name = () => shop.cart.$cart.get().items.find((item) => item.product_id === 1)?.name;
    configure({ locale: 'bn' });
    await waitUntil(() => name() === 'তাজা দুধ ১ লিটার', `the cart was not asked again in Bengali: ${name()}`, { timeout: 5000 });
    // Asked in Bengali, this change answers after the language has changed (and after a refetch would have).
    mock().controls.forceError('/cart/update', 'late-commit', 1, { delayMs: 300 });
    const adding = shop.cart.add(1, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    configure({ locale: 'en' });
    expect((await adding).ok).to.equal(true);
    await waitUntil(() => name() === 'Fresh Milk 1 L', `the line kept its name: ${name()}`, { timeout: 5000 });
  });

  it('names the cart’s lines in the page’s language when two sections disagree (one page, one cart)', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <sd-shop locale="bn"><sd-mini-cart open></sd-mini-cart></sd-shop>
      <sd-shop locale="en"><sd-quick-add product-id="1" product-name="Fresh Milk 1 L" price="95"></sd-quick-add></sd-shop>
    </div>`);
    const cart = page.querySelector('sd-mini-cart')!;
    // The Bengali section's wording is Bengali; the names are the page's (English).
    await waitUntil(() => words(cart).includes('আপনার কার্ট') && words(cart).includes('Fresh Milk 1 L'), `mini cart: ${words(cart)}`, { timeout: 5000 });
    // The English section leaves: every <sd-shop> left says Bengali, and so do the names.
    page.querySelector('sd-shop[locale="en"]')!.remove();
    await waitUntil(() => words(cart).includes('তাজা দুধ ১ লিটার'), `mini cart: ${words(cart)}`, { timeout: 5000 });
  });
});
