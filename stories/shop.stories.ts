import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/mini-cart/sd-mini-cart.js';
import '../src/components/quick-add/sd-quick-add.js';
import '../src/components/stock-badge/sd-stock-badge.js';
import '../src/config/sd-shop.js';
import { mockShop, BENGALI_COUNT_A11Y } from './mock.js';

interface Args {
  locale: 'en' | 'bn';
  currency: string;
  maxQuantity: number;
  backorders: boolean;
  bundlePriceAtCheckout: boolean;
  checkoutUrl: string;
}

/** A section of a page: a product card and the cart, configured by the <sd-shop> around them. */
const section = ({ locale, currency, maxQuantity, backorders, bundlePriceAtCheckout, checkoutUrl }: Args, productId = 6) => html`
  <sd-shop locale=${locale} currency=${currency} max-quantity=${maxQuantity} ?backorders=${backorders} ?bundle-price-at-checkout=${bundlePriceAtCheckout} checkout-url=${checkoutUrl}>
    <div style="display:grid;gap:.75rem;padding:1rem;border:1px solid #dde1e5;border-radius:.5rem;max-width:20rem">
      <div style="display:flex;justify-content:space-between;align-items:center">
        <code style="font-size:.75rem;color:#52606d">&lt;sd-shop locale="${locale}"&gt;</code>
        <sd-mini-cart show-on-add></sd-mini-cart>
      </div>
      <img src="/web/image/product.product/${productId}/image_128" alt="" width="64" height="64" style="border-radius:.5rem" />
      <sd-stock-badge product-id=${productId}></sd-stock-badge>
      <sd-quick-add product-id=${productId} with-quantity></sd-quick-add>
    </div>
  </sd-shop>
`;

const meta: Meta<Args> = {
  title: 'Configuration/Shop',
  component: 'sd-shop',
  tags: ['autodocs'],
  args: { locale: 'en', currency: '৳', maxQuantity: 9999, backorders: false, bundlePriceAtCheckout: false, checkoutUrl: '/shop/checkout' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] } },
  parameters: mockShop('filled-cart'),
  render: (args) => section(args),
};
export default meta;
type Story = StoryObj<Args>;

/** The widgets inside follow their section's options: here, English and the defaults. */
export const Default: Story = {};
export const Bengali: Story = { args: { locale: 'bn' }, parameters: BENGALI_COUNT_A11Y };
/** Two sections of one page, each in its own language; they share the page's one cart. */
export const TwoSections: Story = {
  parameters: BENGALI_COUNT_A11Y,
  render: (args) => html`<div style="display:flex;flex-wrap:wrap;gap:1rem">${section({ ...args, locale: 'en' })}${section({ ...args, locale: 'bn' })}</div>`,
  name: 'Two sections, two languages, one cart',
};
/** `max-quantity="3"`: the quantity selector and the cart stop at 3. */
export const MaxQuantity: Story = { args: { maxQuantity: 3 }, name: 'max-quantity="3"' };
/** `backorders`: a pre-order product can be added (for a backend that accepts quantities beyond stock). */
export const Backorders: Story = { args: { backorders: true }, render: (args) => section(args, 11), name: 'backorders (a pre-order product)' };
/** `currency="Tk"`: the symbol shown until a cart says otherwise. */
export const Currency: Story = { args: { currency: 'Tk' }, parameters: mockShop('empty'), name: 'currency="Tk" (an empty cart)' };
