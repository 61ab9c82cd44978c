// <sd-bundle-list> in Chromium, against the mock shop: one /bundles request for
// every bundle element of the page, every active bundle in a grid or a row, the
// row by keyboard (and with reduced motion), the empty and failed states.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/bundle-list/sd-bundle-list.js';
import '../../src/components/bundle-card/sd-bundle-card.js';
import '../../src/components/mini-cart/sd-mini-cart.js';
import '../../src/config/sd-shop.js';
import type { SdBundleList } from '../../src/components/bundle-list/bundle-list.component.js';
import type { SdMiniCart } from '../../src/components/mini-cart/mini-cart.component.js';
import { shop } from '../../src/store/index.js';
import { deepActive, part, recordRequests, useMockShop } from './helpers.js';
import { frames, overflows } from './page-helpers.js';

const mock = useMockShop();
beforeEach(() => shop.bundles.reset());
afterEach(async () => {
  shop.bundles.reset();
  await emulateMedia({ reducedMotion: 'no-preference' });
});

const ACTIVE = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15];
const ready = (list: SdBundleList) => waitUntil(() => list.state === 'ready', `list is ${list.state}`, { timeout: 5000 });
const cardsOf = (list: SdBundleList) => [...list.shadowRoot!.querySelectorAll('sd-bundle-card')];
/** Whether the browser draws the card's contents (false while content-visibility skips them). */
const drawn = (card: Element) => card.shadowRoot!.querySelector('[part="base"]')!.checkVisibility({ contentVisibilityAuto: true });

describe('<sd-bundle-list>', () => {
  it('shows every active bundle, unavailable ones included, in order', async () => {
    const list = await fixture<SdBundleList>(html`<sd-bundle-list></sd-bundle-list>`);
    await ready(list);
    expect(cardsOf(list).map((card) => card.bundleId)).to.deep.equal(ACTIVE);
    await waitUntil(() => cardsOf(list).every((card) => card.state !== 'loading'));
    expect(cardsOf(list).filter((card) => card.state === 'unavailable').map((card) => card.bundleId)).to.have.members([5, 6, 14, 15]);
    expect(list.getAttribute('layout')).to.equal('grid');
    expect(getComputedStyle(part(list, 'list')).display).to.equal('grid');
  });

  it('makes one /bundles request for a card, a list and a mini cart showing a bundle group on the same page', async () => {
    await shop.cart.addBundle(2, 1); // the mini cart's group needs the bundles' names too
    const log = recordRequests(mock());
    const page = await fixture(html`<div>
      <sd-mini-cart open></sd-mini-cart>
      <sd-bundle-card bundle-id="3"></sd-bundle-card>
      <sd-bundle-list></sd-bundle-list>
      <sd-bundle-card bundle-id="1"></sd-bundle-card>
    </div>`);
    const list = page.querySelector('sd-bundle-list')!;
    const cart = page.querySelector<SdMiniCart>('sd-mini-cart')!;
    await ready(list);
    await waitUntil(() => [...page.querySelectorAll('sd-bundle-card'), ...cardsOf(list)].every((card) => card.state === 'idle' || card.state === 'unavailable'));
    await waitUntil(() => cart.shadowRoot!.querySelector('[part="bundle-title"]')?.textContent?.includes('Mix & Match Doi'), 'the group never named');
    const requests = (await log.stop()).filter(({ path }) => path === '/bundles');
    expect(requests).to.have.length(1);
  });

  it('says plainly that there are no deals', async () => {
    mock().controls.forceError('/bundles', 'respond', 1, { body: { success: true, data: [] } });
    const list = await fixture<SdBundleList>(html`<sd-bundle-list></sd-bundle-list>`);
    await waitUntil(() => list.state === 'empty');
    expect(part(list, 'empty').textContent).to.equal('No combo deals right now.');
    expect(part(list, 'empty').getAttribute('role')).to.equal('status');
    await expect(list).to.be.accessible();
  });

  it('says plainly that the deals could not be loaded, and tries again', async () => {
    mock().controls.forceError('/bundles', 'network', 3); // the read and its two retries
    const list = await fixture<SdBundleList>(html`<sd-bundle-list></sd-bundle-list>`);
    await waitUntil(() => list.state === 'failed', 'never failed', { timeout: 8000 });
    const error = part(list, 'error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('The combo deals could not be loaded.').and.contain('Could not reach the shop');
    await expect(list).to.be.accessible();
    error.querySelector('button')!.click();
    await ready(list);
    expect(cardsOf(list)).to.have.length(ACTIVE.length);
  });

  it('shows placeholders while loading, said to screen readers', async () => {
    mock().controls.setLatency(300);
    const list = await fixture<SdBundleList>(html`<sd-bundle-list></sd-bundle-list>`);
    expect(list.state).to.equal('loading');
    expect(part(list, 'loading').getAttribute('role')).to.equal('status');
    expect(part(list, 'loading').textContent).to.contain('Loading combo deals…');
    await ready(list);
  });

  it('draws a card far below the viewport only when the shopper scrolls near it, in the place it kept', async () => {
    const page = await fixture(html`<div><div style="height: 300vh"></div><sd-bundle-list></sd-bundle-list></div>`);
    const list = page.querySelector<SdBundleList>('sd-bundle-list')!;
    await ready(list);
    await waitUntil(() => cardsOf(list).every((card) => card.state !== 'loading'), 'the cards never loaded');
    await frames();
    const first = cardsOf(list)[0]!;
    // Rendered by Lit, but not styled, laid out or painted by the browser yet.
    expect(drawn(first)).to.equal(false);
    const item = part(list, 'item');
    const place = item.getBoundingClientRect().height;
    expect(place).to.be.greaterThan(200);
    try {
      list.scrollIntoView();
      await waitUntil(() => drawn(first), 'the first card was never drawn');
      expect(cardsOf(list).slice(0, 2).every(drawn)).to.equal(true);
      // Drawn, the card is about as tall as the place it kept (a card's usual height), so nothing jumps.
      await frames();
      expect(item.getBoundingClientRect().height - place, 'drawn card against its place').to.be.within(-32, 32);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('draws every card at once with --sd-bundle-list-content-visibility: visible', async () => {
    const page = await fixture(html`<div><div style="height: 300vh"></div><sd-bundle-list style="--sd-bundle-list-content-visibility: visible"></sd-bundle-list></div>`);
    const list = page.querySelector<SdBundleList>('sd-bundle-list')!;
    await ready(list);
    await waitUntil(() => cardsOf(list).every((card) => card.state !== 'loading'), 'the cards never loaded');
    await frames();
    expect(cardsOf(list).every(drawn)).to.equal(true);
  });

  it('says it in Bengali', async () => {
    mock().controls.forceError('/bundles', 'respond', 1, { body: { success: true, data: [] } });
    const page = await fixture(html`<sd-shop locale="bn"><sd-bundle-list></sd-bundle-list></sd-shop>`);
    const list = page.querySelector('sd-bundle-list')!;
    await waitUntil(() => list.state === 'empty' && part(list, 'empty').textContent === 'এই মুহূর্তে কোনো কম্বো অফার নেই।', 'no Bengali');
  });
});

describe('<sd-bundle-list layout="row">', () => {
  const row = async (width = 360) => {
    const page = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
      <button id="before">before</button>
      <sd-bundle-list layout="row"></sd-bundle-list>
      <button id="after">after</button>
    </div>`);
    const list = page.querySelector('sd-bundle-list')!;
    await ready(list);
    await waitUntil(() => part(list, 'next').getAttribute('aria-disabled') === 'false', 'the next button never enabled');
    return { page, list, scroller: part(list, 'scroller'), previous: part<HTMLButtonElement>(list, 'previous'), next: part<HTMLButtonElement>(list, 'next') };
  };

  it('scrolls with snap points; previous / next are disabled at the ends', async () => {
    const { scroller, previous, next } = await row();
    expect(getComputedStyle(scroller).scrollSnapType).to.equal('x mandatory');
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    expect(previous.getAttribute('aria-label')).to.equal('Previous deals');
    expect(next.getAttribute('aria-label')).to.equal('Next deals');
    expect(next.getAttribute('aria-controls')).to.equal(scroller.id);
    next.click();
    await waitUntil(() => previous.getAttribute('aria-disabled') === 'false', 'previous never enabled');
    expect(scroller.scrollLeft).to.be.above(0);
    // A tap on a disabled end does nothing; at the far end, next is disabled.
    scroller.scrollTo({ left: scroller.scrollWidth, behavior: 'instant' });
    await waitUntil(() => next.getAttribute('aria-disabled') === 'true', `next never disabled at the end (${scroller.scrollLeft} + ${scroller.clientWidth} of ${scroller.scrollWidth})`);
    const end = scroller.scrollLeft;
    next.click();
    previous.click();
    await waitUntil(() => scroller.scrollLeft < end, 'previous did not scroll back');
  });

  it('is usable by keyboard: Tab goes through the cards (each brought into view) and out; arrow keys scroll the focused row', async () => {
    const { page, list, scroller, next } = await row();
    next.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(scroller);
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-label')).to.equal('Combo deals');
    const after = page.querySelector<HTMLButtonElement>('#after')!;
    const box = scroller.getBoundingClientRect();
    const seen = new Set<number>();
    let stops = 0;
    while (stops < 200) {
      await sendKeys({ press: 'Tab' });
      stops++;
      const active = deepActive()!;
      if (active === after) break;
      const card = cardsOf(list).find((el) => el.shadowRoot!.contains(active) || el.shadowRoot!.querySelector('sd-quantity-selector')?.shadowRoot!.contains(active));
      expect(card, `focus left the row for ${active.localName}`).to.not.equal(undefined);
      seen.add(card!.bundleId!);
      // The whole card comes into view.
      await waitUntil(() => {
        const rect = card!.getBoundingClientRect();
        return rect.left >= box.left - 1 && rect.right <= box.right + 1;
      }, `bundle ${card!.bundleId} (focus on ${active.localName} ${active.getAttribute('part') ?? ''}) out of sight at ${scroller.scrollLeft}`);
    }
    expect(deepActive(), 'Tab never left the row').to.equal(after);
    expect([...seen]).to.deep.equal(ACTIVE);
    // And back in: Shift+Tab reaches the last card's controls.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(cardsOf(list).at(-1)!.shadowRoot!.contains(deepActive())).to.equal(true);
    // Arrow keys scroll the row when it has focus.
    scroller.focus();
    const from = scroller.scrollLeft;
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => scroller.scrollLeft < from, 'ArrowLeft did not scroll');
  });

  it('scrolls at once when the shopper asks for reduced motion, smoothly otherwise', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { scroller, next } = await row();
    next.click();
    expect(scroller.scrollLeft, 'an instant scroll').to.be.above(0);
    scroller.scrollLeft = 0;
    await emulateMedia({ reducedMotion: 'no-preference' });
    next.click();
    expect(scroller.scrollLeft, 'a smooth scroll starts from where it was').to.equal(0);
    await waitUntil(() => scroller.scrollLeft > 0, 'never scrolled');
  });

  it('hides the buttons when every card fits', async () => {
    mock().controls.forceError('/bundles', 'respond', 1, { body: { success: true, data: (await shop.client().getBundles()).slice(0, 1) } });
    const list = await fixture<SdBundleList>(html`<sd-bundle-list layout="row" style="width:800px"></sd-bundle-list>`);
    await ready(list);
    await waitUntil(() => part(list, 'controls').hidden, 'buttons shown with nothing to scroll');
  });

  it('has no axe violations, as a row and as a grid', async () => {
    const { list } = await row();
    await waitUntil(() => cardsOf(list).every((card) => card.state !== 'loading'));
    await expect(list).to.be.accessible();
    list.layout = 'grid';
    await list.updateComplete;
    await expect(list).to.be.accessible();
  });

  for (const locale of ['en', 'bn']) {
    it(`nothing sticks out at 160 and 320 px, as a grid and as a row (${locale})`, async () => {
      // Every card drawn, so that each is measured at each width (a card far below the viewport is not laid out until scrolled near).
      const page = await fixture<HTMLDivElement>(
        html`<sd-shop locale=${locale}><div style="width:160px"><sd-bundle-list style="--sd-bundle-list-content-visibility: visible"></sd-bundle-list></div></sd-shop>`,
      );
      const box = page.querySelector('div')!;
      const list = page.querySelector('sd-bundle-list')!;
      await ready(list);
      await waitUntil(() => cardsOf(list).every((card) => card.state !== 'loading'));
      for (const layout of ['grid', 'row'] as const) {
        list.layout = layout;
        for (const width of [160, 320]) {
          box.style.width = `${width}px`;
          await list.updateComplete;
          expect(list.getBoundingClientRect().width).to.be.at.most(width + 0.5);
          // The row's cards scroll within it: only what can be seen counts.
          expect(overflows(list), `${layout} at ${width} px`).to.deep.equal([]);
          for (const card of cardsOf(list)) {
            if (layout === 'row' && card.getBoundingClientRect().left > box.getBoundingClientRect().right) continue;
            expect(overflows(card), `${layout} at ${width} px, bundle ${card.bundleId}`).to.deep.equal([]);
          }
        }
      }
    });
  }
});
