// <sd-track-view> and <sd-recently-viewed> in Chromium: what gets recorded and when,
// what the strip shows, its keyboard row, and what real browsers do to storage
// (other tabs, blocked, full, corrupt).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/recently-viewed/sd-recently-viewed.js';
import '../../src/components/track-view/sd-track-view.js';
import '../../src/config/sd-shop.js';
import type { SdRecentlyViewed } from '../../src/components/recently-viewed/recently-viewed.component.js';
import type { SdTrackView } from '../../src/components/track-view/track-view.component.js';
import { RECENTLY_VIEWED_KEY, recentlyViewed, trackProductView } from '../../src/store/index.js';
import { accessibleName, consoleDuring, deepActive, part, settle, serverCart, useMockShop } from './helpers.js';
import { expectFits, newPageView, restoreStubs, stub, stubGetter } from './page-helpers.js';

useMockShop();

/** A product as a product page describes it. */
const product = (id: number, extra: Record<string, unknown> = {}) => ({
  productId: id,
  name: `Product ${id}`,
  price: 90 + id,
  imageUrl: `/web/image/product.product/${id}/image_128`,
  url: `/shop/product/${id}`,
  ...extra,
});

/** The shopper browses: each product on a page of its own, then to a page that shows none. */
function browse(...ids: number[]): void {
  for (const id of ids) {
    newPageView();
    expect(trackProductView(product(id)), `view of ${id}`).to.be.true;
  }
  newPageView();
}

/** The product ids the strip shows, in order. */
const shown = (el: SdRecentlyViewed) => [...el.shadowRoot!.querySelectorAll('[part="item"] [part="link"]')].map((link) => Number(link.getAttribute('href')?.split('/').pop()));
const links = (el: SdRecentlyViewed) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];

/** Another tab of this site: a same-origin frame whose storage writes reach this page as `storage` events. */
async function otherTab(write: (storage: Storage) => void): Promise<void> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  try {
    const heard = new Promise((resolve) => window.addEventListener('storage', resolve, { once: true }));
    write(frame.contentWindow!.localStorage);
    await heard;
  } finally {
    frame.remove();
  }
}

const stored = (...items: object[]) => JSON.stringify({ v: 1, items: items.map((item, i) => ({ viewedAt: 1_000 - i, ...item })) });

beforeEach(() => {
  recentlyViewed.clear();
  newPageView();
});

afterEach(async () => {
  restoreStubs();
  await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('<sd-track-view> and trackProductView()', () => {
  it('record views newest first, each product once, the newest view’s price winning', async () => {
    browse(1, 2, 3);
    newPageView();
    trackProductView(product(2, { price: 99.5, name: 'Product 2 (new price)' }));
    newPageView();
    const el = await fixture<SdRecentlyViewed>(html`<sd-recently-viewed></sd-recently-viewed>`);
    expect(shown(el)).to.deep.equal([2, 3, 1]);
    const first = el.shadowRoot!.querySelector('[part="item"]')!;
    expect(first.querySelector('[part="name"]')!.textContent).to.equal('Product 2 (new price)');
    expect(first.querySelector('[part="price"]')!.textContent).to.equal('৳99.50');
  });

  it('records a page’s view once: not again on a re-render, nor for a second element or call for the same product', async () => {
    const page = await fixture(html`<div><sd-track-view product-id="7" name="Sour Doi 500 g" price="95.5"></sd-track-view></div>`);
    await waitUntil(() => recentlyViewed.list().length === 1, 'no view recorded');
    expect(trackProductView(product(8))).to.be.true;
    // A re-render of the first element, a second element and a call for the same product: 8 stays the newest.
    const first = page.querySelector<SdTrackView>('sd-track-view')!;
    first.setAttribute('price', '99');
    await first.updateComplete;
    const second = Object.assign(document.createElement('sd-track-view'), { productId: 7, name: 'Sour Doi 500 g' });
    page.append(second);
    await second.updateComplete;
    expect(trackProductView(product(7))).to.be.false;
    expect(recentlyViewed.list().map((item) => [item.productId, item.price])).to.deep.equal([
      [8, 98],
      [7, 95.5],
    ]);
    // The next page view is a new view.
    newPageView();
    expect(trackProductView(product(7))).to.be.true;
    expect(recentlyViewed.list().map((item) => item.productId)).to.deep.equal([7, 8]);
  });

  it('records a new product when a single-page app gives the element another product-id', async () => {
    const el = await fixture<SdTrackView>(html`<sd-track-view product-id="3" name="UHT Milk 1 L"></sd-track-view>`);
    await el.updateComplete;
    newPageView();
    el.productId = 4;
    el.name = 'Chocolate Milk 250 ml';
    await el.updateComplete;
    expect(recentlyViewed.list().map((item) => item.productId)).to.deep.equal([4, 3]);
  });

  it('stores the page’s canonical URL when no url is given, and absolute image URLs', async () => {
    await fixture(html`<sd-track-view product-id="9" name="Cow Ghee 200 g" image-url="/web/image/product.product/9/image_128"></sd-track-view>`);
    await waitUntil(() => recentlyViewed.list().length === 1);
    const [item] = recentlyViewed.list();
    expect(item!.url).to.equal(location.href.split('#')[0]);
    expect(item!.imageUrl).to.equal(`${location.origin}/web/image/product.product/9/image_128`);
  });

  it('says in the console what it refused, and records nothing it cannot show', async () => {
    const errors = await consoleDuring('error', async () => {
      const el = await fixture<SdTrackView>(html`<sd-track-view product-id="0x7" name="Sour Doi"></sd-track-view>`);
      await el.updateComplete;
      const nameless = await fixture<SdTrackView>(html`<sd-track-view product-id="7"></sd-track-view>`);
      nameless.price = 5;
      await nameless.updateComplete;
      expect(trackProductView({ productId: 0, name: 'x' })).to.be.false;
    });
    expect(errors).to.have.length(3);
    expect(errors[0]).to.contain('product-id');
    expect(errors[1]).to.contain('needs a name');
    expect(errors[2]).to.contain('trackProductView() needs a productId');
    const warnings = await consoleDuring('warn', () => trackProductView(product(5, { price: -1, url: 'javascript:alert(1)' })));
    expect(warnings.join('\n')).to.contain('price').and.to.contain('url');
    expect(recentlyViewed.list()).to.deep.equal([{ productId: 5, name: 'Product 5', imageUrl: `${location.origin}/web/image/product.product/5/image_128`, url: location.href.split('#')[0], viewedAt: recentlyViewed.list()[0]!.viewedAt }]);
  });
});

describe('<sd-recently-viewed>', () => {
  it('links each product (image, name, price formatted by the library), and passes axe', async () => {
    browse(7, 9);
    const el = await fixture<SdRecentlyViewed>(html`<sd-recently-viewed></sd-recently-viewed>`);
    const [ghee] = links(el);
    expect(ghee!.href).to.equal(`${location.origin}/shop/product/9`);
    expect(ghee!.querySelector('img')!.getAttribute('src')).to.equal(`${location.origin}/web/image/product.product/9/image_128`);
    expect(ghee!.querySelector('img')!.alt).to.equal('');
    expect(await accessibleName(ghee!)).to.equal('Product 9');
    expect([...el.shadowRoot!.querySelectorAll('[part="price"]')].map((p) => p.textContent)).to.deep.equal(['৳99', '৳97']);
    expect(await accessibleName(part(el, 'list'))).to.equal('Recently viewed');
    await expect(el).to.be.accessible();
  });

  it('speaks Bengali on a Bengali page: Bengali digits and names', async () => {
    browse(7);
    const shop = await fixture(html`<sd-shop locale="bn"><sd-recently-viewed></sd-recently-viewed></sd-shop>`);
    const el = shop.querySelector('sd-recently-viewed')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="clear"]')?.textContent === 'ইতিহাস মুছুন', 'no Bengali');
    expect(part(el, 'price').textContent).to.equal('৳৯৭');
    expect(await accessibleName(part(el, 'list'))).to.equal('সম্প্রতি দেখা পণ্য');
    await expect(el).to.be.accessible();
  });

  it('leaves out the product of the current page, and the ids in exclude', async () => {
    browse(1, 2, 3);
    const page = await fixture(html`<div>
      <sd-track-view product-id="4" name="Product 4"></sd-track-view>
      <sd-recently-viewed></sd-recently-viewed>
      <sd-recently-viewed exclude="2, 3"></sd-recently-viewed>
    </div>`);
    const [all, some] = [...page.querySelectorAll('sd-recently-viewed')];
    await waitUntil(() => recentlyViewed.list()[0]?.productId === 4, 'the page’s view was not recorded');
    await Promise.all([all!.updateComplete, some!.updateComplete]);
    expect(shown(all!)).to.deep.equal([3, 2, 1]);
    expect(shown(some!)).to.deep.equal([1]);
  });

  it(`shows at most limit products, 20 by default and at most`, async () => {
    browse(...Array.from({ length: 25 }, (_, i) => i + 1));
    const warnings = await consoleDuring('warn', async () => {
      const page = await fixture(html`<div>
        <sd-recently-viewed></sd-recently-viewed>
        <sd-recently-viewed limit="5"></sd-recently-viewed>
        <sd-recently-viewed limit="50"></sd-recently-viewed>
        <sd-recently-viewed limit="1e1"></sd-recently-viewed>
      </div>`);
      const [plain, five, fifty, text] = [...page.querySelectorAll('sd-recently-viewed')];
      await Promise.all([plain, five, fifty, text].map((el) => el!.updateComplete));
      expect(shown(plain!)).to.deep.equal(Array.from({ length: 20 }, (_, i) => 25 - i));
      expect(shown(five!)).to.deep.equal([25, 24, 23, 22, 21]);
      expect(shown(fifty!)).to.have.length(20);
      expect(shown(text!)).to.have.length(20);
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('"50"');
    expect(warnings[1]).to.contain('"1e1"');
  });

  it('is hidden (hidden on the host) while there is nothing to show, so the host’s heading hides with it', async () => {
    const section = await fixture(html`<section>
      <style>
        section:has(> sd-recently-viewed[hidden]) { display: none; }
      </style>
      <h2>Recently viewed</h2>
      <sd-recently-viewed></sd-recently-viewed>
    </section>`);
    const el = section.querySelector('sd-recently-viewed')!;
    await el.updateComplete;
    expect(el.hidden).to.be.true;
    expect(section.querySelector('h2')!.checkVisibility()).to.be.false;
    trackProductView(product(6));
    newPageView();
    await waitUntil(() => !el.hidden, 'still hidden after a view');
    expect(section.querySelector('h2')!.checkVisibility()).to.be.true;
    // Only the current page's product in the history: nothing to show.
    trackProductView(product(6));
    await waitUntil(() => el.hidden, 'the current page’s product was shown');
  });

  it('"Clear history" empties it, here and in storage, and the strip hides', async () => {
    browse(1, 2);
    const el = await fixture<SdRecentlyViewed>(html`<sd-recently-viewed></sd-recently-viewed>`);
    expect(await accessibleName(part(el, 'clear'))).to.equal('Clear history');
    part(el, 'clear').click();
    await waitUntil(() => el.hidden, 'still shown');
    expect(localStorage.getItem(RECENTLY_VIEWED_KEY)).to.equal(null);
    expect(recentlyViewed.list()).to.deep.equal([]);
  });

  it('adds a quick add to each product with with-quick-add, which adds to the cart', async () => {
    browse(6, 7);
    const el = await fixture<SdRecentlyViewed>(html`<sd-recently-viewed with-quick-add></sd-recently-viewed>`);
    const quickAdds = [...el.shadowRoot!.querySelectorAll('sd-quick-add')];
    expect(quickAdds.map((q) => [q.productId, q.productName, q.price])).to.deep.equal([
      [7, 'Product 7', 97],
      [6, 'Product 6', 96],
    ]);
    await waitUntil(() => quickAdds.every((q) => q.getAttribute('state') === 'idle'), 'stock never came');
    part(quickAdds[1]!, 'button').click();
    await settle();
    expect(await serverCart()).to.deep.equal([[6, 1]]);
    await expect(el).to.be.accessible();
  });

  describe('the row, by keyboard and with previous/next', () => {
    it('Tab reaches the products in order; ←/→, Home and End move between them, each scrolled into sight', async () => {
      browse(1, 2, 3, 4, 5, 6, 7, 8);
      const page = await fixture(html`<div style="width:320px"><button>before</button><sd-recently-viewed></sd-recently-viewed></div>`);
      const el = page.querySelector('sd-recently-viewed')!;
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(links(el)[0]);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(links(el)[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()).to.equal(links(el)[2]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive()).to.equal(links(el)[1]);
      await sendKeys({ press: 'End' });
      const last = links(el).at(-1)!;
      expect(deepActive()).to.equal(last);
      const inSight = (link: Element) => {
        const box = link.getBoundingClientRect();
        const row = part(el, 'scroller').getBoundingClientRect();
        return box.left >= row.left - 1 && box.right <= row.right + 1;
      };
      await waitUntil(() => inSight(last), 'the last product was not scrolled into sight');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => inSight(links(el)[0]!), 'the first product was not scrolled into sight');
    });

    it('previous and next scroll the row, are disabled at the ends, and scroll at once for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      browse(1, 2, 3, 4, 5, 6, 7, 8);
      const page = await fixture(html`<div style="width:320px"><sd-recently-viewed></sd-recently-viewed></div>`);
      const el = page.querySelector('sd-recently-viewed')!;
      const [previous, next, scroller] = [part(el, 'previous'), part(el, 'next'), part(el, 'scroller')];
      await waitUntil(() => next.getAttribute('aria-disabled') === 'false', 'next never enabled');
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      expect(await accessibleName(next)).to.equal('Show more products');
      expect(await accessibleName(previous)).to.equal('Show previous products');
      previous.click();
      expect(scroller.scrollLeft).to.equal(0);
      next.click();
      // Reduced motion: the row is already there, not on its way.
      expect(scroller.scrollLeft).to.be.above(100);
      await waitUntil(() => previous.getAttribute('aria-disabled') === 'false', 'previous never enabled');
      for (let i = 0; i < 10 && next.getAttribute('aria-disabled') === 'false'; i++) {
        next.click();
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
      }
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      expect(scroller.scrollLeft + scroller.clientWidth).to.be.closeTo(scroller.scrollWidth, 1);
      const end = scroller.scrollLeft;
      next.click();
      expect(scroller.scrollLeft).to.equal(end);
      await expect(el).to.be.accessible();
    });

    it('hides previous and next when every product fits', async () => {
      browse(1, 2);
      const page = await fixture(html`<div style="width:800px"><sd-recently-viewed></sd-recently-viewed></div>`);
      const el = page.querySelector('sd-recently-viewed')!;
      await new Promise(requestAnimationFrame);
      await el.updateComplete;
      expect(part(el, 'previous').checkVisibility()).to.be.false;
      expect(part(el, 'next').checkVisibility()).to.be.false;
    });
  });

  describe('storage as real browsers have it', () => {
    it('follows other tabs: their views appear, and their clearing empties it', async () => {
      const el = await fixture<SdRecentlyViewed>(html`<sd-recently-viewed></sd-recently-viewed>`);
      expect(el.hidden).to.be.true;
      await otherTab((storage) => storage.setItem(RECENTLY_VIEWED_KEY, stored(product(12), product(14))));
      await waitUntil(() => !el.hidden, 'the other tab’s views never appeared');
      expect(shown(el)).to.deep.equal([12, 14]);
      await otherTab((storage) => storage.removeItem(RECENTLY_VIEWED_KEY));
      await waitUntil(() => el.hidden, 'the other tab’s clearing was not followed');
    });

    it('ignores corrupt or old-format data from another tab or an older version, and replaces it at the next view', async () => {
      browse(1);
      const el = await fixture<SdRecentlyViewed>(html`<sd-recently-viewed></sd-recently-viewed>`);
      for (const raw of ['{corrupt', '[{"id":3,"title":"old format"}]', JSON.stringify({ v: 1, items: [{ productId: 'x' }, { productId: 2, name: 'ok', viewedAt: 5, url: 'javascript:alert(1)' }] })]) {
        const errors = await consoleDuring('error', () => otherTab((storage) => storage.setItem(RECENTLY_VIEWED_KEY, raw)));
        expect(errors, raw).to.deep.equal([]);
        await el.updateComplete;
        expect(el.hidden || shown(el).every((id) => id !== 3), raw).to.be.true;
      }
      // The last one had one valid entry, shown without its unsafe link.
      expect(el.shadowRoot!.querySelector('[part="link"]')!.localName).to.equal('span');
      browse(5);
      expect(JSON.parse(localStorage.getItem(RECENTLY_VIEWED_KEY)!).items.map((item: { productId: number }) => item.productId)).to.deep.equal([5, 2]);
    });

    it('works in memory when storage is blocked, without an error', async () => {
      stubGetter(window, 'localStorage', () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      });
      const el = await fixture<SdRecentlyViewed>(html`<sd-recently-viewed></sd-recently-viewed>`);
      const errors = await consoleDuring('error', () => browse(3, 4));
      expect(errors).to.deep.equal([]);
      await waitUntil(() => shown(el).length === 2, 'the views were lost');
      expect(shown(el)).to.deep.equal([4, 3]);
    });

    it('keeps views in memory when storage is full, without an error', async () => {
      browse(1);
      stub(Storage.prototype, 'setItem', () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      const el = await fixture<SdRecentlyViewed>(html`<sd-recently-viewed></sd-recently-viewed>`);
      const errors = await consoleDuring('error', () => browse(2, 3));
      expect(errors).to.deep.equal([]);
      await waitUntil(() => shown(el).length === 3, 'the views were lost');
      expect(shown(el)).to.deep.equal([3, 2, 1]);
      expect(JSON.parse(localStorage.getItem(RECENTLY_VIEWED_KEY)!).items).to.have.length(1);
    });
  });

  for (const locale of ['en', 'bn']) {
    it(`fits any container from 160 px, with quick adds (${locale})`, async () => {
      browse(1, 6, 9, 14, 26);
      const shop = await fixture(html`<sd-shop locale=${locale}><div style="width:160px"><sd-recently-viewed with-quick-add></sd-recently-viewed></div></sd-shop>`);
      const el = shop.querySelector('sd-recently-viewed')!;
      await waitUntil(() => [...el.shadowRoot!.querySelectorAll('sd-quick-add')].every((q) => q.getAttribute('state') !== 'idle' || q.shadowRoot?.querySelector('button')), 'quick adds never rendered');
      await expectFits(el);
    });
  }
});
