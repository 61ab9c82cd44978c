// The script-tag deliverable, end to end: a plain page with only the built
// classic script and the elements, against the mock as a real HTTP server.
import { expect, waitUntil } from '@open-wc/testing';
import { MOCK, openPage } from './host-page.js';

async function openTheme(): Promise<Window> {
  const { win } = await openPage<Window & { SmartDairyWidgets?: { cart: { $status: { get(): { state: string } } } } }>(`/examples/theme.html?api=${encodeURIComponent(`${MOCK}/api/v1`)}`, 'width:1000px;height:700px');
  await waitUntil(() => win.SmartDairyWidgets?.cart?.$status.get().state === 'ready', 'cart never loaded', { timeout: 5000 });
  return win;
}

describe('script tag on a plain theme page (built file, real HTTP mock server)', () => {
  it('defines the elements, exposes window.SmartDairyWidgets and adds to the cart', async () => {
    expect(MOCK, 'the mock HTTP server URL').to.be.a('string');
    // A fresh shop: the server and its guest cookie are shared with the other host tests.
    await fetch(`${MOCK}/__mock/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const win = await openTheme();
    const doc = win.document;
    expect(win.customElements.get('sd-mini-cart')).to.exist;
    const button = doc.querySelector('sd-quick-add')!.shadowRoot!.querySelector('button')!;
    // The light-DOM fallback link is no longer shown once the element has upgraded.
    expect(doc.querySelector('sd-quick-add a')!.getClientRects().length).to.equal(0);
    button.click();
    const toggle = () => doc.querySelector('sd-mini-cart')!.shadowRoot!.querySelector('[part="toggle"]')!;
    await waitUntil(() => /1 item/.test(toggle().getAttribute('aria-label') ?? ''), 'badge never showed 1 item', { timeout: 5000 });
    // The drawer opened (show-on-add) with the line, and the cart is the server's.
    const dialog = doc.querySelector('sd-mini-cart')!.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open && dialog.textContent!.includes('Fresh Milk 1 L'), 'drawer did not open with the line', { timeout: 5000 });
    const state = await (await fetch(`${MOCK}/__mock/state`)).json();
    expect(state.ok).to.equal(true);
    win.frameElement!.remove();
  });
});
