// No layout shift: with smart-dairy-widgets.css in the head, every element has its
// final box before its script has run, and keeps exactly that box while loading
// and in every state the shop answers (in stock, low, out of stock, pre-order,
// unknown product). In product cards (width and height) and inline (height: an
// inline badge's width is its words').
import { expect, waitUntil } from '@open-wc/testing';
import { frames } from '../components/page-helpers.js';
import { addScriptTag, control, openPage } from './host-page.js';

type Boxes = Record<string, string>;
const boxes = (doc: Document): Boxes =>
  Object.fromEntries(
    [...doc.querySelectorAll('sd-mini-cart, sd-stock-badge, sd-quick-add')].map((el, i) => {
      const { width, height } = el.getBoundingClientRect();
      const card = el.closest('[data-case]')?.getAttribute('data-case');
      // In a card an element fills the width; inline (a badge in a sentence) its width is its words', so only its height is kept.
      return [`${i} ${el.localName} ${card ?? 'inline'}`, card || el.localName === 'sd-mini-cart' ? `${width.toFixed(1)}×${height.toFixed(1)}` : `height ${height.toFixed(1)}`];
    }),
  );

describe('boxes before and after the script (no layout shift)', () => {
  after(() => control('reset'));

  it('every element keeps the box the head stylesheet gave it, while loading and in every state', async () => {
    await control('reset');
    await control('latency', { ms: 400 }); // long enough to measure the loading state
    const { frame, win } = await openPage<Window & { SmartDairyWidgets?: { cart: { $status: { get(): { state: string } } }; stock: { stockOf(id: number): { get(): { state: string } } } } }>(
      '/test/hosts/fixtures/boxes.html',
      'width:1000px;height:600px',
    );
    const doc = win.document;
    const before = boxes(doc);
    expect(Object.keys(before)).to.have.length(13);

    addScriptTag(win);
    await waitUntil(() => doc.querySelector('sd-quick-add')?.shadowRoot?.querySelector('button'), 'never rendered', { timeout: 5000 });
    expect(win.SmartDairyWidgets!.stock.stockOf(1).get().state, 'still loading').to.equal('loading');
    expect(boxes(doc), 'while loading').to.deep.equal(before);

    await waitUntil(() => [1, 7, 5, 11, 999].every((id) => win.SmartDairyWidgets!.stock.stockOf(id).get().state !== 'loading'), 'stock never came', { timeout: 5000 });
    await waitUntil(() => win.SmartDairyWidgets!.cart.$status.get().state === 'ready', 'cart never came', { timeout: 5000 });
    await frames(win);
    expect(boxes(doc), 'with the answers').to.deep.equal(before);
    frame.remove();
  });
});
