// Whatever order a page defines the elements in, no element inside an <sd-shop>
// asks the shop anything with options other than that <sd-shop>'s. Here the
// widgets are defined first and <sd-shop> only in a later task, as a page whose
// modules load one by one would.
import { expect, waitUntil } from '@open-wc/testing';
import { SdMiniCart } from '../../src/components/mini-cart/mini-cart.component.js';
import { SdQuantitySelector } from '../../src/components/quantity-selector/quantity-selector.component.js';
import { SdQuickAdd } from '../../src/components/quick-add/quick-add.component.js';
import { SdStockBadge } from '../../src/components/stock-badge/stock-badge.component.js';
import { SdShop } from '../../src/config/shop.component.js';
import { shop } from '../../src/store/index.js';
import { startMockShop } from '../../mock-server/browser.js';

describe('<sd-shop> defined after the widgets inside it', () => {
  it('the widgets wait for it: every request is REST, none JSON-RPC', async () => {
    const mock = await startMockShop();
    const requests: { url: string; method: string; body: string }[] = [];
    mock.worker.events.on('request:start', async ({ request }) => {
      requests.push({ url: request.url, method: request.method, body: request.method === 'GET' ? '' : await request.clone().text() });
    });
    const section = document.createElement('div');
    section.innerHTML = `<sd-shop transport="rest">
      <sd-mini-cart></sd-mini-cart>
      <sd-stock-badge product-id="1"></sd-stock-badge>
      <sd-quick-add product-id="1"></sd-quick-add>
    </sd-shop>`;
    document.body.append(section);
    customElements.define('sd-quantity-selector', SdQuantitySelector);
    customElements.define('sd-mini-cart', SdMiniCart);
    customElements.define('sd-stock-badge', SdStockBadge);
    customElements.define('sd-quick-add', SdQuickAdd);
    // The module that defines <sd-shop> arrives later than the stock batch window.
    await new Promise((resolve) => setTimeout(resolve, 50));
    customElements.define('sd-shop', SdShop);
    await waitUntil(() => shop.cart.$status.get().state === 'ready', 'cart never loaded', { timeout: 5000 });
    const badge = section.querySelector('sd-stock-badge')!;
    await waitUntil(() => badge.shadowRoot?.querySelector('[part="label"]')?.textContent, 'badge never showed', { timeout: 5000 });
    expect(requests.filter((r) => r.body.includes('"jsonrpc"'))).to.deep.equal([]);
    expect(requests.find((r) => r.url.endsWith('/api/v1/cart'))?.method).to.equal('GET');
    section.remove();
  });
});
