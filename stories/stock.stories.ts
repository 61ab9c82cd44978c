import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/stock-badge/sd-stock-badge.js';
import '../src/components/notify-me/sd-notify-me.js';
import '../src/components/quick-add/sd-quick-add.js';
import '../src/config/sd-shop.js';
import { shop } from '../src/store/index.js';
import { createMockShop } from '../mock-server/index.js';
import { mockShop, storyMock } from './mock.js';

const STATUSES: [number, string][] = [
  [1, 'In stock, exact quantity shown'],
  [2, 'In stock'],
  [4, 'Low stock, exact quantity: "Only 6 left"'],
  [8, 'Low stock, no quantity'],
  [5, 'Out of stock, restock date, people waiting'],
  [13, 'Out of stock'],
  [11, 'Pre-order with a restock date'],
  [27, 'Not stocked (always in stock)'],
  [999, 'Unknown to the shop (shows nothing)'],
];

const meta: Meta<{ locale: 'en' | 'bn'; compact: boolean }> = {
  title: 'Stock/Stock badge',
  component: 'sd-stock-badge',
  tags: ['autodocs'],
  args: { locale: 'en', compact: false },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] } },
  parameters: mockShop('default', { setup: (mock) => ['a@x.bd', 'b@x.bd', 'c@x.bd'].forEach((email) => mock.db.subscribe(5, email, {})) }),
  render: ({ locale, compact }) => html`
    <sd-shop locale=${locale}>
      <table style="border-collapse:collapse">
        ${STATUSES.map(
          ([id, label]) => html`<tr>
            <td style="padding:.4rem 1rem .4rem 0;color:#52606d">${label}</td>
            <td><sd-stock-badge product-id=${id} ?compact=${compact}></sd-stock-badge></td>
          </tr>`,
        )}
      </table>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<{ locale: 'en' | 'bn'; compact: boolean }>;

export const EveryStatus: Story = {};
export const Compact: Story = { args: { compact: true } };
export const Bengali: Story = { args: { locale: 'bn' } };
export const Loading: Story = { parameters: mockShop('default', { latency: 60_000 }), name: 'Loading (keeps its space)' };
export const LookUpFails: Story = { parameters: mockShop('server-error'), name: 'Look-up fails (shows nothing misleading)' };

/** The whole journey: subscribe, restock with the mock's control, see badge and form change and the notification "sent". */
const journey = createMockShop();
export const BackInStockJourney: Story = {
  parameters: storyMock(journey),
  render: () => {
    const log = document.createElement('ol');
    const showLog = () =>
      log.replaceChildren(
        ...journey.controls.notifications().map((n) => Object.assign(document.createElement('li'), { textContent: `${n.channel.toUpperCase()} to ${n.address}: “${n.productName}” is back in stock` })),
      );
    const restock = () => {
      journey.controls.setStock(13, 25);
      shop.stock.refresh([13]);
      showLog();
    };
    return html`
      <div style="display:grid;gap:1rem;max-width:24rem">
        <strong>Salted Butter 100 g</strong>
        <sd-stock-badge product-id="13"></sd-stock-badge>
        <sd-quick-add product-id="13" product-name="Salted Butter 100 g" price="150"></sd-quick-add>
        <sd-notify-me product-id="13"></sd-notify-me>
        <button type="button" @click=${restock}>Mock shop: restock 25</button>
        <div><strong>Notifications sent by the mock</strong>${log}</div>
      </div>
    `;
  },
};
