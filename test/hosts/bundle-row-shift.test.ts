// A row of combo deals at the top of a page (script tag, head stylesheet): the text
// under it does not move while the list loads and when its cards arrive, on a phone
// and on a desktop. The head stylesheet's box, the loading placeholders and the drawn
// row have the same height, and the row's buttons' line is there from the start.
import { expect, waitUntil } from '@open-wc/testing';
import { frames } from '../components/page-helpers.js';
import { addScriptTag, control, openDealAtTop } from './host-page.js';

/** Where the text under the list is before the script, while the list loads, and once its cards are drawn. */
async function textUnderTheList(width: number) {
  const { frame, win, element: list, top, shift } = await openDealAtTop(width, 800, 'sd-bundle-list', { layout: 'row' });
  const before = top();
  addScriptTag(win);
  await waitUntil(() => list.state === 'loading' && list.shadowRoot?.querySelector('.skeleton'), 'the list never showed its placeholders', { timeout: 5000 });
  await frames(win);
  const loading = top();
  await waitUntil(() => list.state === 'ready', 'the list never got its bundles', { timeout: 5000 });
  const cards = () => [...list.shadowRoot!.querySelectorAll('sd-bundle-card')] as (HTMLElement & { state?: string })[];
  await waitUntil(() => cards().length > 3 && cards().every((card) => card.state !== 'loading'), 'the cards never drew', { timeout: 5000 });
  await frames(win);
  const result = { before, loading, drawn: top(), shift: shift() };
  frame.remove();
  return result;
}

describe('a row of combo deals at the top of a page', () => {
  before(() => control('latency', { ms: 300 })); // long enough for the placeholders to be drawn
  after(() => control('reset'));

  for (const width of [360, 1280]) {
    it(`moves nothing under it while it loads and when its cards arrive (${width} px)`, async () => {
      const { before, loading, drawn, shift } = await textUnderTheList(width);
      expect(before, 'the head stylesheet reserves the row').to.be.greaterThan(500);
      expect(loading - before, 'while loading').to.be.within(-2, 2);
      // A drawn card's height follows the page's font (here 16px/1.5 system-ui): within 2rem of
      // the usual height the row reserves (a classic scrollbar under the row included), where
      // nothing reserved meant a jump of the whole row, some 600 px.
      expect(drawn - before, 'with its cards').to.be.within(-32, 32);
      if (shift !== undefined) expect(shift, 'layout shift').to.be.at.most(0.01);
    });
  }
});
