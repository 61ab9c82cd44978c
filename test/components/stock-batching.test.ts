// Its own page, so that no earlier test has looked anything up: 48 badges, one request.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/stock-badge/sd-stock-badge.js';
import type { SdStockBadge } from '../../src/components/stock-badge/stock-badge.component.js';
import { startMockShop } from '../../mock-server/browser.js';

describe('<sd-stock-badge> on a listing', () => {
  it('48 badges make one request; a badge added later joins the next batch', async () => {
    const mock = await startMockShop();
    const seen: string[] = [];
    mock.worker.events.on('request:start', ({ request }) => {
      if (request.url.includes('/products/stock-status')) seen.push(request.url);
    });
    const ids = Array.from({ length: 48 }, (_, i) => (i % 26) + 1);
    const page = await fixture(html`<div>${ids.map((id) => html`<sd-stock-badge product-id=${id} compact></sd-stock-badge>`)}</div>`);
    const badges = [...page.querySelectorAll<SdStockBadge>('sd-stock-badge')];
    await waitUntil(() => badges.every((b) => b.status !== undefined), 'not every badge loaded', { timeout: 4000 });
    expect(seen.length).to.equal(1);
    const late = document.createElement('sd-stock-badge');
    late.setAttribute('product-id', '27');
    page.append(late);
    await waitUntil(() => late.status !== undefined, 'the late badge never loaded');
    expect(seen.length).to.equal(2);
    await expect(page).to.be.accessible();
  });
});
