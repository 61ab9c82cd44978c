// Geometry: every element fits any container from 160 px wide up, and messages
// never move buttons. Measured in Chromium, in English and in Bengali.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/quick-add/sd-quick-add.js';
import '../../src/components/stock-badge/sd-stock-badge.js';
import '../../src/components/notify-me/sd-notify-me.js';
import '../../src/components/quantity-selector/sd-quantity-selector.js';
import '../../src/components/mini-cart/sd-mini-cart.js';
import '../../src/config/sd-shop.js';
import type { SdQuickAdd } from '../../src/components/quick-add/quick-add.component.js';
import { shop } from '../../src/store/index.js';
import { part, useMockShop } from './helpers.js';
import { overflows, SLACK, visibleRect } from './page-helpers.js';

const mock = useMockShop();
const WIDTHS = [160, 210, 320, 800];
const cases: [string, (locale: string) => TemplateResult, (host: HTMLElement) => Promise<unknown>][] = [
  [
    'quick add',
    (locale) => html`<sd-shop locale=${locale}><sd-quick-add product-id="1" product-name="Full Cream Milk Powder 500 g" price="480"></sd-quick-add></sd-shop>`,
    (host) => waitUntil(() => shop.stock.stockOf(1).get().state === 'ready'),
  ],
  [
    'quick add with quantity',
    (locale) => html`<sd-shop locale=${locale}><sd-quick-add product-id="4" with-quantity product-name="Chocolate Milk 250 ml" price="45"></sd-quick-add></sd-shop>`,
    () => waitUntil(() => shop.stock.stockOf(4).get().state === 'ready'),
  ],
  [
    'quick add on a pre-order, with its reason and link',
    (locale) => html`<sd-shop locale=${locale}><sd-quick-add product-id="11" product-name="Cow Ghee 1 kg" product-url="/shop/product/11"></sd-quick-add></sd-shop>`,
    (host) => waitUntil(() => host.getAttribute('state') === 'unavailable'),
  ],
  [
    'stock badge with details',
    (locale) => html`<sd-shop locale=${locale}><sd-stock-badge product-id="5"></sd-stock-badge></sd-shop>`,
    (host) => waitUntil(() => host.hasAttribute('status')),
  ],
  [
    'compact stock badge',
    (locale) => html`<sd-shop locale=${locale}><sd-stock-badge product-id="4" compact></sd-stock-badge></sd-shop>`,
    (host) => waitUntil(() => host.hasAttribute('status')),
  ],
  [
    'back-in-stock form',
    (locale) => html`<sd-shop locale=${locale}><sd-notify-me product-id="5" product-name="Low-Fat Milk 1 L"></sd-notify-me></sd-shop>`,
    (host) => waitUntil(() => host.shadowRoot!.querySelector('form')),
  ],
  [
    'back-in-stock form showing its errors',
    (locale) => html`<sd-shop locale=${locale}><sd-notify-me product-id="5" product-name="Low-Fat Milk 1 L"></sd-notify-me></sd-shop>`,
    async (host) => {
      await waitUntil(() => host.shadowRoot!.querySelector('form'));
      host.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!.value = 'someone@';
      host.shadowRoot!.querySelector<HTMLInputElement>('input[name="notify_email"]')!.click();
      host.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => host.shadowRoot!.querySelectorAll('.error').length === 2);
    },
  ],
  ['quantity selector', (locale) => html`<sd-shop locale=${locale}><sd-quantity-selector value="12" product-name="Mishti Doi"></sd-quantity-selector></sd-shop>`, async () => undefined],
  ['mini cart button', (locale) => html`<sd-shop locale=${locale}><sd-mini-cart></sd-mini-cart></sd-shop>`, async () => shop.cart.add(1, 120)],
];

describe('every element fits its container', () => {
  for (const [what, template, ready] of cases) {
    for (const locale of ['en', 'bn']) {
      it(`${what} (${locale}) at ${WIDTHS.join(', ')} px`, async () => {
        const container = await fixture<HTMLDivElement>(html`<div style="width:${WIDTHS[0]}px">${template(locale)}</div>`);
        const host = container.querySelector<HTMLElement>('sd-shop > *')!;
        await ready(host);
        for (const width of WIDTHS) {
          container.style.width = `${width}px`;
          await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const outer = host.getBoundingClientRect();
          expect(outer.width, `${what} is ${outer.width} px wide in ${width} px`).to.be.at.most(width + SLACK);
          expect(overflows(host), `at ${width} px`).to.deep.equal([]);
        }
      });
    }
  }
});

it('a pre-order’s link to the product page stays in sight at every width', async () => {
  const container = await fixture<HTMLDivElement>(html`<div style="width:160px"><sd-quick-add product-id="11" product-url="/shop/product/11"></sd-quick-add></div>`);
  const host = container.querySelector<SdQuickAdd>('sd-quick-add')!;
  await waitUntil(() => host.getAttribute('state') === 'unavailable');
  for (const width of WIDTHS) {
    container.style.width = `${width}px`;
    await host.updateComplete;
    const seen = visibleRect(part(host, 'product-link'), host);
    expect(seen.bottom - seen.top, `at ${width} px`).to.be.above(10);
  }
});

describe('messages do not move buttons', () => {
  /** A row of product cards whose buttons sit at the bottom, as most themes place them. */
  const row = (quickAdds: TemplateResult[], width = 210) => html`<div style="display:grid;grid-template-columns:repeat(${quickAdds.length}, ${width}px);gap:16px;align-items:stretch">
    ${quickAdds.map(
      (quick, i) => html`<div style="display:flex;flex-direction:column;gap:8px;padding:8px;border:1px solid #ccc">
        <strong>${['Fresh Milk 1 L', 'Mishti Doi 500 g, the sweet one from Bogura', 'Butter 200 g'][i]}</strong>
        <div style="margin-top:auto">${quick}</div>
      </div>`,
    )}
  </div>`;
  const tops = (page: Element) => [...page.querySelectorAll<SdQuickAdd>('sd-quick-add')].map((el) => Math.round(part(el, 'button').getBoundingClientRect().top));
  const lefts = (page: Element) => [...page.querySelectorAll<SdQuickAdd>('sd-quick-add')].map((el) => Math.round(part(el, 'button').getBoundingClientRect().left));

  for (const width of [160, 210, 320]) {
    it(`an error under one card's "Add to cart" keeps the buttons of a row in line (${width} px cards)`, async () => {
      const page = await fixture(
        row(
          [
            html`<sd-quick-add product-id="1"></sd-quick-add>`,
            html`<sd-quick-add product-id="6"></sd-quick-add>`,
            html`<sd-quick-add product-id="12"></sd-quick-add>`,
          ],
          width,
        ),
      );
      const [, middle] = [...page.querySelectorAll<SdQuickAdd>('sd-quick-add')];
      await waitUntil(() => shop.stock.stockOf(6).get().state === 'ready');
      const before = { tops: tops(page), lefts: lefts(page) };
      expect(new Set(before.tops).size, 'aligned to begin with').to.equal(1);
      mock().controls.forceError('/cart/add', 'server');
      part(middle!, 'button').click();
      await waitUntil(() => part(middle!, 'status').textContent!.includes('Something went wrong on our side'), 'no error');
      expect({ tops: tops(page), lefts: lefts(page) }).to.deep.equal(before);
    });
  }

  it('a confirmation, a stock reason and a refused typed quantity keep the button where it was', async () => {
    const page = await fixture(row([html`<sd-quick-add product-id="7" with-quantity product-name="Sour Doi 500 g" price="95.5"></sd-quick-add>`, html`<sd-quick-add product-id="1"></sd-quick-add>`], 260));
    const doi = page.querySelector<SdQuickAdd>('sd-quick-add')!;
    await waitUntil(() => shop.stock.stockOf(7).get().state === 'ready');
    await doi.updateComplete;
    const before = { tops: tops(page), lefts: lefts(page) };
    part(doi, 'button').click();
    await waitUntil(() => part(doi, 'status').textContent!.includes('added to cart'), 'never added');
    expect({ tops: tops(page), lefts: lefts(page) }).to.deep.equal(before);
    // Asking for more than there is: the reason shows; the button stays.
    const selector = doi.shadowRoot!.querySelector('sd-quantity-selector')!;
    const input = part<HTMLInputElement>(selector, 'input');
    input.focus();
    input.select();
    await sendKeys({ type: 'abc' });
    await sendKeys({ press: 'Enter' });
    await selector.updateComplete;
    expect(part(selector, 'message').textContent).to.contain('whole number');
    expect({ tops: tops(page), lefts: lefts(page) }).to.deep.equal(before);
  });
});
