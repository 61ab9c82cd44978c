import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/quick-add/sd-quick-add.js';
import '../src/components/mini-cart/sd-mini-cart.js';
import '../src/config/sd-shop.js';
import { mockShop, BENGALI_COUNT_A11Y } from './mock.js';

interface Args {
  productId: number;
  productName: string;
  price: number;
  quantity: number;
  withQuantity: boolean;
  productUrl: string;
  /** The shop takes backorders (`<sd-shop backorders>`); the seed's backend does not. */
  backorders: boolean;
  locale: 'en' | 'bn';
}

const meta: Meta<Args> = {
  title: 'Cart/Quick add',
  component: 'sd-quick-add',
  tags: ['autodocs'],
  args: { productId: 6, productName: 'Mishti Doi 500 g', price: 120, quantity: 1, withQuantity: false, productUrl: '', backorders: false, locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] } },
  parameters: mockShop(),
  render: ({ productId, productName, price, quantity, withQuantity, productUrl, backorders, locale }) => html`
    <sd-shop locale=${locale} ?backorders=${backorders}>
      <div style="display:flex;justify-content:flex-end;margin-bottom:1rem"><sd-mini-cart show-on-add></sd-mini-cart></div>
      <div style="max-width:16rem">
        <sd-quick-add
          product-id=${productId}
          product-name=${productName}
          price=${price}
          quantity=${quantity}
          ?with-quantity=${withQuantity}
          product-url=${productUrl || nothing}
        ></sd-quick-add>
      </div>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithQuantity: Story = { args: { withQuantity: true } };
export const LowStock: Story = { args: { productId: 7, productName: 'Sour Doi 500 g', price: 95.5, quantity: 5 }, name: 'Refused: asks for 5, only 3 left' };
export const OutOfStock: Story = { args: { productId: 5, productName: 'Low-Fat Milk 1 L', price: 105 } };
export const PreOrder: Story = {
  args: { productId: 11, productName: 'Cow Ghee 1 kg', price: 1850, productUrl: '/shop/product/11' },
  name: 'Pre-order: not orderable online (the seed backend refuses backorders)',
};
export const PreOrderWithBackorders: Story = {
  args: { productId: 11, productName: 'Cow Ghee 1 kg', price: 1850, backorders: true },
  name: 'Pre-order, on a shop that takes backorders (<sd-shop backorders>)',
};
export const UnknownProduct: Story = { args: { productId: 999, productName: 'A product the shop does not know', price: 100 }, name: 'Unknown product: not available' };
export const VeryLongName: Story = {
  args: { productName: 'Mishti Doi (sweet yoghurt from Bogura, clay pot, festival edition) '.repeat(40), withQuantity: true },
  name: 'A very long product name (clamped in names and announcements)',
};
export const NotStocked: Story = { args: { productId: 27, productName: 'Khoa (Dried Milk) 250 g', price: 210 } };
export const SlowNetwork: Story = { parameters: mockShop('slow'), name: 'Slow network (1.5 s)' };
export const ServerError: Story = {
  parameters: mockShop('default', { setup: (mock) => mock.controls.forceError('/cart/add', 'server', Number.POSITIVE_INFINITY) }),
};
export const Offline: Story = { parameters: mockShop('flaky', { setup: (mock) => mock.controls.setFailureRate(1) }), name: 'Offline (every request fails)' };
export const Bengali: Story = { args: { locale: 'bn', productName: 'মিষ্টি দই ৫০০ গ্রাম', withQuantity: true }, parameters: BENGALI_COUNT_A11Y };
/** Cards whose buttons sit at the bottom: a message under one button never moves it out of line. */
export const ProductGrid: Story = {
  render: () => html`
    <div style="display:flex;justify-content:flex-end;margin-bottom:1rem"><sd-mini-cart show-on-add></sd-mini-cart></div>
    <div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:1rem">
      ${[
        [1, 'Fresh Milk 1 L', 95],
        [6, 'Mishti Doi 500 g', 120],
        [7, 'Sour Doi 500 g', 95.5],
        [5, 'Low-Fat Milk 1 L', 105],
        [9, 'Cow Ghee 200 g', 390],
        [11, 'Cow Ghee 1 kg', 1850],
      ].map(
        ([id, name, price]) => html`<div style="border:1px solid #e4e7eb;border-radius:.75rem;padding:.75rem;display:flex;flex-direction:column;gap:.5rem">
          <img src="/web/image/product.product/${id}/image_128" alt="" width="128" height="128" style="width:100%;height:auto" />
          <strong>${name}</strong>
          <sd-quick-add style="margin-top:auto" product-id=${id} product-name=${name} price=${price} product-url="/shop/product/${id}"></sd-quick-add>
        </div>`,
      )}
    </div>
  `,
};
