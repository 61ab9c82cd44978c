import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/recently-viewed/sd-recently-viewed.js';
import '../src/components/track-view/sd-track-view.js';
import '../src/components/mini-cart/sd-mini-cart.js';
import '../src/config/sd-shop.js';
import { catalogProducts } from '../mock-server/index.js';
import { recentlyViewed } from '../src/store/index.js';
import { mockShop, BENGALI_COUNT_A11Y } from './mock.js';

interface Args {
  locale: 'en' | 'bn';
  limit: number;
  withQuickAdd: boolean;
  exclude: string;
  /** The width of the section the strip sits in. */
  width: string;
}

/** The history a shopper would have after viewing these products (the first is the newest), in one language. */
function viewed(ids: number[], { locale = 'en', rename }: { locale?: 'en' | 'bn'; rename?: (name: string) => string } = {}) {
  return () => {
    recentlyViewed.clear();
    for (const id of [...ids].reverse()) {
      const product = catalogProducts().find((p) => p.id === id)!;
      const name = locale === 'bn' ? product.name_bn : product.name;
      recentlyViewed.record({
        productId: id,
        name: rename ? rename(name) : name,
        price: product.lst_price,
        imageUrl: `/web/image/product.product/${id}/image_128`,
        url: `/shop/product/${id}`,
      });
    }
    return () => recentlyViewed.clear();
  };
}

const meta: Meta<Args> = {
  title: 'Browsing/Recently viewed',
  component: 'sd-recently-viewed',
  tags: ['autodocs'],
  args: { locale: 'en', limit: 20, withQuickAdd: false, exclude: '', width: '56rem' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'bn'] },
    width: { control: 'inline-radio', options: ['160px', '320px', '56rem'] },
    limit: { control: { type: 'number', min: 1, max: 20 } },
  },
  parameters: mockShop(),
  beforeEach: viewed([6, 9, 14, 1, 12, 20, 24, 7]),
  render: ({ locale, limit, withQuickAdd, exclude, width }) => html`
    <style>
      /* The host's heading hides with the strip when there is nothing to show. */
      .recent:has(> sd-recently-viewed[hidden]) { display: none; }
    </style>
    <sd-shop locale=${locale}>
      <div style="display:flex;justify-content:flex-end"><sd-mini-cart show-on-add></sd-mini-cart></div>
      <section class="recent" style="width:${width};max-width:100%">
        <h2 style="font-size:1.125rem">${locale === 'bn' ? 'সম্প্রতি দেখা পণ্য' : 'Recently viewed'}</h2>
        <sd-recently-viewed limit=${limit} ?with-quick-add=${withQuickAdd} exclude=${exclude || nothing}></sd-recently-viewed>
      </section>
      <p style="color:#52606d;font-size:.875rem">The history is kept in this browser (localStorage); “Clear history” empties it.</p>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Eight products viewed, newest first; previous/next scroll the row. */
export const Default: Story = {};
export const WithQuickAdd: Story = { args: { withQuickAdd: true }, name: 'with-quick-add' };
export const Limit: Story = { args: { limit: 3 }, name: 'limit="3"' };
/** On a product page: its own <sd-track-view> leaves that product out of the strip. */
export const OnAProductPage: Story = {
  name: 'On a product page (its product left out)',
  render: (args, context) => html`<sd-track-view product-id="6" name="Mishti Doi 500 g" price="120"></sd-track-view>${meta.render!(args, context)}`,
};
export const Excluding: Story = { args: { exclude: '6, 9' }, name: 'exclude="6, 9"' };
/** Nothing viewed yet: the strip hides, and the section's heading with it (nothing below but the note). */
export const Empty: Story = { beforeEach: viewed([]), name: 'Nothing viewed yet (hidden, with its heading)' };
export const OneProduct: Story = { beforeEach: viewed([11]), name: 'One product (no previous/next)' };
export const LongNames: Story = {
  beforeEach: viewed([6, 9, 14], { rename: (name) => `${name} — clay pot, festival edition, from Bogura, made the old way `.repeat(3) }),
  name: 'Very long names (two lines, full name in the tooltip)',
};
export const Bengali: Story = { args: { locale: 'bn', withQuickAdd: true }, parameters: BENGALI_COUNT_A11Y, beforeEach: viewed([6, 9, 14, 1, 12, 20], { locale: 'bn' }) };
export const Phone: Story = { args: { width: '320px', withQuickAdd: true }, name: 'In a 320 px column, with quick adds' };
export const Narrow: Story = { args: { width: '160px', locale: 'bn' }, parameters: BENGALI_COUNT_A11Y, beforeEach: viewed([6, 9, 14], { locale: 'bn' }), name: 'In a 160 px column, Bengali' };
