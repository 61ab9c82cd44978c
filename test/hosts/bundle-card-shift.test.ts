// A combo deal on its own at the top of a page (script tag, head stylesheet): the text
// under it does not move while the card loads and when its bundle arrives, on a phone
// (picture above the details, the button on its own line), a tablet (the button beside
// the quantity) and a desktop (picture beside them). The head stylesheet's box, the
// loading placeholder and the drawn card have the same height for a bundle of up to
// three products.
import { expect, waitUntil } from '@open-wc/testing';
import { frames } from '../components/page-helpers.js';
import { addScriptTag, control, openDealAtTop } from './host-page.js';

/** Where the text under the card is before the script, while the card loads, and once it is drawn. */
async function textUnderTheCard(width: number, bundleId: number) {
  const { frame, win, element: card, top, shift } = await openDealAtTop(width, 900, 'sd-bundle-card', { 'bundle-id': String(bundleId) });
  const before = top();
  addScriptTag(win);
  await waitUntil(() => card.state === 'loading' && card.shadowRoot?.querySelector('.skeleton'), 'the card never showed its placeholder', { timeout: 5000 });
  await frames(win);
  const loading = top();
  await waitUntil(() => card.shadowRoot?.querySelector('[part="name"]'), 'the card never drew its bundle', { timeout: 5000 });
  await frames(win);
  const result = { before, loading, drawn: top(), products: card.shadowRoot!.querySelectorAll('[part="product"]').length, shift: shift() };
  frame.remove();
  return result;
}

describe('a combo deal on its own at the top of a page', () => {
  before(() => control('latency', { ms: 300 })); // long enough for the placeholder to be drawn
  after(() => control('reset'));

  // A phone (the button on its own line), a tablet (beside the quantity), a desktop (picture beside the details).
  for (const width of [360, 600, 1280])
    for (const [bundleId, products] of [
      [1, 3],
      [3, 1],
    ] as const) {
      it(`moves nothing under it while it loads and when a bundle of ${products} product(s) arrives (${width} px)`, async () => {
        const result = await textUnderTheCard(width, bundleId);
        expect(result.products, 'the bundle drawn').to.equal(products);
        // Nothing reserved: the text sat right under the heading (91 px from the top).
        expect(result.before, 'the head stylesheet reserves the card').to.be.greaterThan(width < 600 ? 600 : 400);
        expect(result.loading - result.before, 'while loading').to.be.within(-1, 1);
        expect(result.drawn - result.before, 'with its bundle').to.be.within(-1, 1);
        if (result.shift !== undefined) expect(result.shift, 'layout shift').to.be.at.most(0.01);
      });
    }
});
