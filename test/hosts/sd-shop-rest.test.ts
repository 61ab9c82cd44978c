// <sd-shop> options are in force before the first request: a script-tag page whose
// widgets sit inside <sd-shop transport="rest"> never sends a JSON-RPC request.
import { expect, waitUntil } from '@open-wc/testing';
import { MOCK, openPage } from './host-page.js';

interface Recorded {
  url: string;
  method: string;
  body: string | null;
}

describe('script tag inside <sd-shop transport="rest">', () => {
  it('makes its first cart load and stock batch as REST, and adds to the cart as REST', async () => {
    const { frame, win } = await openPage<Window & { __requests: Recorded[]; SmartDairyWidgets: { cart: { $status: { get(): { state: string } } } } }>(`/test/hosts/fixtures/rest-shop.html?api=${encodeURIComponent(`${MOCK}/api/v1`)}`);
    const doc = win.document;
    await waitUntil(() => win.SmartDairyWidgets?.cart.$status.get().state === 'ready', 'cart never loaded', { timeout: 5000 });
    const badge = () => doc.querySelector('sd-stock-badge')!.shadowRoot?.querySelector('[part="label"]');
    await waitUntil(() => badge()?.textContent, 'badge never showed a status', { timeout: 5000 });
    doc.querySelector('sd-quick-add')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => win.__requests.some((r) => r.url.endsWith('/cart/add') || r.url.endsWith('/cart/update')), 'no add was sent', { timeout: 5000 });
    const requests = win.__requests;
    const rpc = requests.filter((r) => r.body?.includes('"jsonrpc"'));
    expect(rpc, `JSON-RPC requests: ${JSON.stringify(rpc)}`).to.deep.equal([]);
    expect(requests.find((r) => r.url.endsWith('/api/v1/cart'))?.method).to.equal('GET');
    expect(requests.some((r) => r.url.endsWith('/products/stock-status'))).to.equal(true);
    frame.remove();
  });
});
