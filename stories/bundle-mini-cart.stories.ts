import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon';
import '../src/components/mini-cart/sd-mini-cart.js';
import '../src/config/sd-shop.js';
import { shop } from '../src/store/index.js';
import { mockShop, BENGALI_COUNT_A11Y } from './mock.js';

interface Args {
  locale: 'en' | 'bn';
  bundlePriceAtCheckout: boolean;
}

/** Two Breakfast Packs (2 × 2 milk, 2 butter, 2 doi) and a Lassi BOGO, as add_to_cart leaves them. */
const BUNDLES = [
  { product_id: 1, quantity: 4, bundle_id: 1 },
  { product_id: 12, quantity: 2, bundle_id: 1 },
  { product_id: 6, quantity: 2, bundle_id: 1 },
  { product_id: 17, quantity: 2, bundle_id: 3 },
  { product_id: 7, quantity: 1 },
];

const meta: Meta<Args> = {
  title: 'Bundles/Bundle groups in the mini cart',
  component: 'sd-mini-cart',
  args: { locale: 'en', bundlePriceAtCheckout: false },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] } },
  parameters: { ...mockShop('default', { setup: (mock) => mock.controls.seedCart(BUNDLES) }), layout: 'fullscreen' },
  loaders: [
    async (context) => {
      await mswLoader(context);
      shop.bundles.reset();
      return {};
    },
  ],
  render: ({ locale, bundlePriceAtCheckout }) => html`
    <sd-shop locale=${locale} ?bundle-price-at-checkout=${bundlePriceAtCheckout}>
      <header style="display:flex;justify-content:flex-end;padding:.5rem 1rem"><sd-mini-cart open></sd-mini-cart></header>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const bn = (story: Story, name: string): Story => ({ ...story, args: { ...story.args, locale: 'bn' }, parameters: { ...story.parameters, ...BENGALI_COUNT_A11Y }, name: `${name} (বাংলা)` });

export const Groups: Story = { name: 'Lines grouped under their bundle’s name; nothing said about a bundle price (the default)' };
export const GroupsBn = bn(Groups, 'Lines grouped under their bundle’s name');
export const PriceAtCheckout: Story = { args: { bundlePriceAtCheckout: true }, name: 'bundle-price-at-checkout: “Bundle price ৳900 applied at checkout”' };
export const PriceAtCheckoutBn = bn(PriceAtCheckout, 'bundle-price-at-checkout');
export const IncompleteGroup: Story = {
  args: { bundlePriceAtCheckout: true },
  parameters: mockShop('default', { setup: (mock) => mock.controls.seedCart(BUNDLES.filter((line) => line.product_id !== 12)) }),
  name: 'A product of the bundle removed: the heading stays, the bundle price goes',
};
export const IncompleteGroupBn = bn(IncompleteGroup, 'A product of the bundle removed');
export const NamesLoading: Story = {
  // The names take a minute to come: a placeholder heading, never "#1".
  parameters: mockShop('default', {
    setup: (mock) => {
      mock.controls.seedCart(BUNDLES);
      mock.controls.forceError('/bundles', 'late-commit', Number.POSITIVE_INFINITY, { delayMs: 60_000 });
    },
  }),
  name: 'While the bundle names load: a placeholder heading',
};
export const UnlistedBundle: Story = {
  parameters: mockShop('default', { setup: (mock) => mock.controls.seedCart([{ product_id: 2, quantity: 2, bundle_id: 7 }]) }),
  name: 'A bundle the shop no longer lists: headed “Bundle”',
};
export const UnlistedBundleBn = bn(UnlistedBundle, 'A bundle the shop no longer lists');
