// <sd-stock-badge> in Chromium, against the mock shop.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/stock-badge/sd-stock-badge.js';
import '../../src/components/quick-add/sd-quick-add.js';
import '../../src/config/sd-shop.js';
import type { SdStockBadge } from '../../src/components/stock-badge/stock-badge.component.js';
import { shop } from '../../src/store/index.js';
import { consoleDuring, text, useMockShop } from './helpers.js';

const mock = useMockShop();
const badge = (id: number | string, compact = false) => fixture<SdStockBadge>(html`<sd-stock-badge product-id=${id} ?compact=${compact}></sd-stock-badge>`);

describe('<sd-stock-badge>', () => {
  const cases: [number, string, string][] = [
    [1, 'in_stock', 'In stock'],
    [4, 'low_stock', 'Only 6 left'],
    [8, 'low_stock', 'Low stock'],
    [13, 'out_of_stock', 'Out of stock'],
    [11, 'preorder', 'Pre-order'],
    [27, 'in_stock', 'In stock'],
  ];
  for (const [id, status, words] of cases) {
    it(`says "${words}" for product ${id} (${status}), in words and with an icon, and reflects status`, async () => {
      const el = await badge(id);
      await waitUntil(() => el.getAttribute('status') === status, `status was ${el.status}`);
      expect(text(el)).to.contain(words);
      expect(el.shadowRoot!.querySelector('[part="badge"] svg')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('adds the restock date and how many are waiting when out of stock', async () => {
    await shop.client().subscribeToStock(5, { email: 'a@example.com' });
    await shop.client().subscribeToStock(5, { email: 'b@example.com' });
    shop.client().invalidateStock();
    const el = await badge(5);
    await waitUntil(() => el.status === 'out_of_stock');
    expect(text(el)).to.match(/Back on \d{1,2} [A-Z][a-z]{2}/);
    expect(text(el)).to.contain('2 people waiting');
  });

  it('in Bengali', async () => {
    const host = await fixture(html`<sd-shop locale="bn"><sd-stock-badge product-id="4"></sd-stock-badge></sd-shop>`);
    const el = host.querySelector('sd-stock-badge')!;
    await waitUntil(() => el.status === 'low_stock');
    expect(text(el)).to.contain('মাত্র ৬টি বাকি');
  });

  it('keeps its space while loading, and shows nothing misleading when the look-up fails', async () => {
    mock().controls.setLatency(300);
    const el = await badge(1);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    const loadingHeight = el.getBoundingClientRect().height;
    await waitUntil(() => el.status === 'in_stock', 'never loaded', { timeout: 3000 });
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
    mock().controls.setLatency(0);
    mock().controls.forceError('/products/stock-status', 'server', 1);
    const failed = await badge(2);
    await waitUntil(() => shop.stock.stockOf(2).get().state === 'error', `state: ${JSON.stringify(shop.stock.stockOf(2).get())}`, { timeout: 3000 });
    await failed.updateComplete;
    expect(text(failed)).to.equal('');
    expect(failed.hasAttribute('status')).to.equal(false);
  });

  it('follows the shop: after this browser changes the cart, and when the tab is visible again', async () => {
    const el = await badge(7);
    await waitUntil(() => text(el).includes('Only 3 left'));
    // The shop's stock moves behind our back; a cart change makes the badge ask again.
    mock().db.product(7)!.qty_available = 2;
    await shop.cart.add(7, 1);
    await waitUntil(() => text(el).includes('Only 2 left'), `badge says ${text(el)}`);
    // Sold out while the shopper was in another tab: coming back shows the truth.
    mock().db.product(7)!.qty_available = 0;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => el.status === 'out_of_stock', `badge says ${text(el)}`);
  });

  it('quick add is disabled for what cannot be bought, from the same stock answer', async () => {
    const page = await fixture(html`<div><sd-stock-badge product-id="13"></sd-stock-badge><sd-quick-add product-id="13"></sd-quick-add></div>`);
    const button = page.querySelector('sd-quick-add')!.shadowRoot!.querySelector('button')!;
    await waitUntil(() => button.getAttribute('aria-disabled') === 'true');
    expect(page.querySelector('sd-stock-badge')!.status).to.equal('out_of_stock');
  });

  it('shows nothing, and says why once in the console, for a product-id that is not plain digits', async () => {
    let el!: SdStockBadge;
    const errors = await consoleDuring('error', async () => {
      el = await badge('0x4');
      await el.updateComplete;
    });
    expect(errors.filter((message) => message.includes('needs a product-id') && message.includes('"0x4"'))).to.have.length(1);
    expect(text(el)).to.equal('');
    expect(el.shadowRoot!.querySelector('.placeholder')).to.equal(null);
  });
});
