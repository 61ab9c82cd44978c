import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/mini-cart/sd-mini-cart.js';
import '../src/components/quick-add/sd-quick-add.js';
import '../src/config/sd-shop.js';
import { mockShop, BENGALI_COUNT_A11Y } from './mock.js';

interface Args {
  open: boolean;
  showOnAdd: boolean;
  locale: 'en' | 'bn';
}

const meta: Meta<Args> = {
  title: 'Cart/Mini cart',
  component: 'sd-mini-cart',
  tags: ['autodocs'],
  args: { open: true, showOnAdd: true, locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] } },
  // On the Docs page the open drawer is a modal dialog: in a frame of its own, it
  // covers the story's box, not the page (which it would make inert).
  parameters: { ...mockShop('filled-cart'), layout: 'fullscreen', docs: { story: { inline: false, height: '36rem' } } },
  render: ({ open, showOnAdd, locale }) => html`
    <sd-shop locale=${locale}>
      <header style="display:flex;justify-content:space-between;align-items:center;padding:.5rem 1rem;border-bottom:1px solid #e4e7eb">
        <strong>Smart Dairy</strong>
        <sd-mini-cart ?open=${open} ?show-on-add=${showOnAdd}></sd-mini-cart>
      </header>
      <div style="padding:1rem;max-width:16rem"><sd-quick-add product-id="6" product-name="Mishti Doi 500 g" price="120"></sd-quick-add></div>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const WithLines: Story = { name: 'Lines, low stock and a bundle' };
export const Closed: Story = { args: { open: false } };
export const Empty: Story = { parameters: mockShop('empty') };
export const ManyLines: Story = { parameters: mockShop('many-lines') };
export const Loading: Story = { parameters: mockShop('filled-cart', { latency: 60_000 }), name: 'Loading (the shop has not answered)' };
export const LoadError: Story = { parameters: mockShop('server-error'), name: 'Load error, with retry' };
export const SlowNetwork: Story = { parameters: mockShop('filled-cart', { setup: (mock) => mock.controls.setLatency(1_500) }), name: 'Slow network: changes pending' };
export const SessionExpired: Story = { parameters: mockShop('session-expired') };
export const Bengali: Story = { args: { locale: 'bn' }, parameters: BENGALI_COUNT_A11Y };
export const FractionalQuantity: Story = {
  parameters: mockShop('default', { setup: (mock) => mock.controls.seedCart([{ product_id: 7, quantity: 1.5 }, { product_id: 1, quantity: 2 }]) }),
  name: 'A line of 1.5 (Odoo floats): shown read-only, removable',
};
export const VeryLongNames: Story = {
  parameters: mockShop('filled-cart', {
    setup: (mock) => {
      mock.db.product(7)!.name = 'Sour Doi (tok doi, set in clay pots, from the dairy cooperative of Bogura) '.repeat(30);
      mock.db.product(1)!.name = 'Fresh-Milk-1-Litre-Pasteurised-Homogenised-Full-Cream-From-Grass-Fed-Cows';
    },
  }),
  name: 'Very long product names (two lines, full name in the tooltip)',
};
export const CustomTheme: Story = {
  render: () => html`
    <div style="--sd-color-primary:#7b2cbf;--sd-radius:0;--sd-mini-cart-width:32rem;--sd-font-family:Georgia,serif;--sd-mini-cart-badge-bg:#7b2cbf">
      <sd-mini-cart open>
        <span slot="checkout-label">Pay now</span>
      </sd-mini-cart>
    </div>
  `,
  name: 'Themed (custom properties and a slot)',
};
