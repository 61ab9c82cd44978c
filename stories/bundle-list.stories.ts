import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon';
import '../src/components/bundle-list/sd-bundle-list.js';
import '../src/components/mini-cart/sd-mini-cart.js';
import '../src/config/sd-shop.js';
import { shop } from '../src/store/index.js';
import { mockShop, BENGALI_COUNT_A11Y } from './mock.js';

interface Args {
  layout: 'grid' | 'row';
  /** The list's width (px; 0: the page's). */
  width: number;
  locale: 'en' | 'bn';
  /** `<sd-shop bundle-price-at-checkout>`: the mini cart's bundle groups say the bundle price. */
  bundlePriceAtCheckout: boolean;
}

const meta: Meta<Args> = {
  title: 'Bundles/Bundle list',
  component: 'sd-bundle-list',
  tags: ['autodocs'],
  args: { layout: 'grid', width: 0, locale: 'en', bundlePriceAtCheckout: false },
  argTypes: { layout: { control: 'inline-radio', options: ['grid', 'row'] }, locale: { control: 'inline-radio', options: ['en', 'bn'] } },
  parameters: mockShop(),
  loaders: [
    async (context) => {
      await mswLoader(context);
      shop.bundles.reset();
      return {};
    },
  ],
  render: ({ layout, width, locale, bundlePriceAtCheckout }) => html`
    <sd-shop locale=${locale} ?bundle-price-at-checkout=${bundlePriceAtCheckout}>
      <div style="display:flex;justify-content:space-between;align-items:center;margin-bottom:1rem">
        <h2 style="margin:0;font-size:1.125rem">${locale === 'bn' ? 'কম্বো অফার' : 'Combo deals'}</h2>
        <sd-mini-cart show-on-add></sd-mini-cart>
      </div>
      <div style=${width ? `width:${width}px;max-width:100%` : ''}><sd-bundle-list layout=${layout}></sd-bundle-list></div>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const bn = (story: Story, name: string): Story => ({ ...story, args: { ...story.args, locale: 'bn' }, parameters: { ...story.parameters, ...BENGALI_COUNT_A11Y }, name: `${name} (বাংলা)` });

export const Grid: Story = { name: 'Grid: every active bundle, unavailable ones included' };
export const GridBn = bn(Grid, 'Grid');
export const Row: Story = { args: { layout: 'row' }, name: 'Row: scroll-snap, previous / next, keyboard' };
export const RowBn = bn(Row, 'Row');
export const RowOnAPhone: Story = { args: { layout: 'row', width: 360 }, name: 'Row on a 360 px phone' };
export const RowOnAPhoneBn = bn(RowOnAPhone, 'Row on a 360 px phone');
export const GridOnAPhone: Story = { args: { width: 360 }, name: 'Grid on a 360 px phone (one column)' };
export const GridOnAPhoneBn = bn(GridOnAPhone, 'Grid on a 360 px phone');
export const BundlePriceAtCheckout: Story = {
  args: { layout: 'row', bundlePriceAtCheckout: true },
  name: 'A shop whose checkout applies bundle prices (add one, open the cart)',
};
export const BundlePriceAtCheckoutBn = bn(BundlePriceAtCheckout, 'A shop whose checkout applies bundle prices');
export const Empty: Story = {
  parameters: mockShop('default', { setup: (mock) => mock.controls.forceError('/bundles', 'respond', Number.POSITIVE_INFINITY, { body: { success: true, data: [] } }) }),
  name: 'No deals',
};
export const EmptyBn = bn(Empty, 'No deals');
export const Failed: Story = {
  parameters: mockShop('default', { setup: (mock) => mock.controls.forceError('/bundles', 'server', Number.POSITIVE_INFINITY) }),
  name: 'The deals could not be loaded (with retry)',
};
export const FailedBn = bn(Failed, 'The deals could not be loaded');
export const Loading: Story = { parameters: mockShop('default', { latency: 60_000 }), name: 'Loading' };
export const LoadingBn = bn(Loading, 'Loading');
export const OutOfStockShop: Story = { parameters: mockShop('out-of-stock'), name: 'Everything sold out: each card names what is missing' };
export const OutOfStockShopBn = bn(OutOfStockShop, 'Everything sold out');
