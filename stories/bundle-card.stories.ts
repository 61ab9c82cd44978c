import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { mswLoader } from 'msw-storybook-addon';
import '../src/components/bundle-card/sd-bundle-card.js';
import '../src/components/mini-cart/sd-mini-cart.js';
import '../src/config/sd-shop.js';
import type { createMockShop } from '../mock-server/index.js';
import { shop } from '../src/store/index.js';
import { mockShop, BENGALI_COUNT_A11Y } from './mock.js';

interface Args {
  bundleId: number;
  /** The bundle's per-order maximum, which the API does not send (`max-quantity`). */
  maxQuantity: number | undefined;
  /** The card's width (px). */
  width: number;
  locale: 'en' | 'bn';
}

type Mock = ReturnType<typeof createMockShop>;
/** A story's own /bundles answer, made from the mock's list. */
const crafted = (change: (list: ReturnType<Mock['db']['bundleInfo']>[]) => unknown[]) =>
  mockShop('default', {
    setup: (mock) =>
      mock.controls.forceError('/bundles', 'respond', Number.POSITIVE_INFINITY, { body: { success: true, data: change(mock.db.activeBundles().map((b) => mock.db.bundleInfo(b))) } }),
  });

const meta: Meta<Args> = {
  title: 'Bundles/Bundle card',
  component: 'sd-bundle-card',
  tags: ['autodocs'],
  args: { bundleId: 1, maxQuantity: undefined, width: 300, locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] }, width: { control: { type: 'range', min: 160, max: 900, step: 10 } } },
  parameters: mockShop(),
  // Each story's own mock answers its own /bundles request (the page's bundle list is shared otherwise).
  loaders: [
    async (context) => {
      await mswLoader(context);
      shop.bundles.reset();
      return {};
    },
  ],
  render: ({ bundleId, maxQuantity, width, locale }) => html`
    <sd-shop locale=${locale}>
      <div style="display:flex;justify-content:flex-end;margin-bottom:1rem"><sd-mini-cart show-on-add></sd-mini-cart></div>
      <div style="width:${width}px;max-width:100%">
        <sd-bundle-card bundle-id=${bundleId} max-quantity=${maxQuantity ?? nothing}></sd-bundle-card>
      </div>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The same story in Bengali. */
const bn = (story: Story, name: string): Story => ({ ...story, args: { ...story.args, locale: 'bn' }, parameters: { ...story.parameters, ...BENGALI_COUNT_A11Y }, name: `${name} (বাংলা)` });

// Every bundle type × pricing type.
export const ComboFixedPrice: Story = { args: { bundleId: 1 }, name: 'Combo, fixed price (৳590 → ৳450)' };
export const ComboFixedPriceBn = bn(ComboFixedPrice, 'Combo, fixed price');
export const ComboPercent: Story = { args: { bundleId: 8 }, name: 'Combo, 10 % off' };
export const ComboPercentBn = bn(ComboPercent, 'Combo, 10 % off');
export const ComboAmount: Story = { args: { bundleId: 4 }, name: 'Combo, ৳100 off' };
export const ComboAmountBn = bn(ComboAmount, 'Combo, ৳100 off');
export const MixMatchFixedPrice: Story = { args: { bundleId: 9 }, name: 'Mix & Match, fixed price' };
export const MixMatchFixedPriceBn = bn(MixMatchFixedPrice, 'Mix & Match, fixed price');
export const MixMatchPercent: Story = { args: { bundleId: 2 }, name: 'Mix & Match, 15 % off' };
export const MixMatchPercentBn = bn(MixMatchPercent, 'Mix & Match, 15 % off');
export const MixMatchAmount: Story = { args: { bundleId: 10 }, name: 'Mix & Match, ৳30 off (no image: its products’ images)' };
export const MixMatchAmountBn = bn(MixMatchAmount, 'Mix & Match, ৳30 off');
export const BogoFixedPrice: Story = { args: { bundleId: 11 }, name: 'Buy One Get One, fixed price' };
export const BogoFixedPriceBn = bn(BogoFixedPrice, 'Buy One Get One, fixed price');
export const BogoPercent: Story = { args: { bundleId: 12 }, name: 'Buy One Get One, 50 % off' };
export const BogoPercentBn = bn(BogoPercent, 'Buy One Get One, 50 % off');
export const BogoAmount: Story = { args: { bundleId: 3 }, name: 'Buy One Get One, ৳40 off' };
export const BogoAmountBn = bn(BogoAmount, 'Buy One Get One, ৳40 off');
export const PriceInPaisa: Story = { args: { bundleId: 13 }, name: 'A price in paisa (৳215.50 → ৳183.18)' };
export const PriceInPaisaBn = bn(PriceInPaisa, 'A price in paisa');

// Why a bundle cannot be added.
export const NotStarted: Story = { args: { bundleId: 14 }, name: 'Unavailable: not started' };
export const NotStartedBn = bn(NotStarted, 'Unavailable: not started');
export const Ended: Story = { args: { bundleId: 6 }, name: 'Unavailable: ended' };
export const EndedBn = bn(Ended, 'Unavailable: ended');
export const SoldOut: Story = { args: { bundleId: 15 }, name: 'Unavailable: all sold' };
export const SoldOutBn = bn(SoldOut, 'Unavailable: all sold');
export const ComponentOutOfStock: Story = { args: { bundleId: 5 }, name: 'Unavailable: a product out of stock (named)' };
export const ComponentOutOfStockBn = bn(ComponentOutOfStock, 'Unavailable: a product out of stock');

// The per-order maximum.
export const PerOrderMaximum: Story = { args: { bundleId: 2, maxQuantity: 3 }, name: 'At most 3 per order (max-quantity="3")' };
export const PerOrderMaximumBn = bn(PerOrderMaximum, 'At most 3 per order');
export const PerOrderMaximumLearned: Story = {
  args: { bundleId: 2 },
  name: 'Per-order maximum learned from the shop (choose 5, add: refused, then at most 3)',
};
export const PerOrderMaximumLearnedBn = bn(PerOrderMaximumLearned, 'Per-order maximum learned from the shop');

// What the shop says, and what can go wrong.
export const DisagreeingFigures: Story = {
  args: { bundleId: 1 },
  parameters: crafted((list) => list.map((b) => (b.id === 1 ? { ...b, savings: 200, savings_percent: 33.9 } : b))),
  name: 'Figures that disagree (saving ≠ original − final): the final price only',
};
export const DisagreeingFiguresBn = bn(DisagreeingFigures, 'Figures that disagree');
export const FinalAboveOriginal: Story = {
  args: { bundleId: 1 },
  parameters: crafted((list) => list.map((b) => (b.id === 1 ? { ...b, final_price: 650, savings: -60, savings_percent: -10.2 } : b))),
  name: 'A final price above the original: the final price only',
};
export const FinalAboveOriginalBn = bn(FinalAboveOriginal, 'A final price above the original');
export const AddRefused: Story = {
  parameters: mockShop('default', { setup: (mock) => mock.controls.forceError('/bundles/<id>/add-to-cart', 'server', Number.POSITIVE_INFINITY) }),
  name: 'The add fails (server error)',
};
export const AddRefusedBn = bn(AddRefused, 'The add fails');
export const ShortComponentOnAdd: Story = {
  args: { bundleId: 13 },
  parameters: mockShop('default', { setup: (mock) => mock.controls.seedCart([{ product_id: 7, quantity: 3 }]) }),
  name: 'The shop is short of a product (Sour Doi already in the cart): “Added, except …”',
};
export const ShortComponentOnAddBn = bn(ShortComponentOnAdd, 'The shop is short of a product');
export const Loading: Story = { parameters: mockShop('default', { latency: 60_000 }), name: 'Loading (the shop has not answered)' };
export const LoadingBn = bn(Loading, 'Loading');
export const LoadFailed: Story = {
  parameters: mockShop('default', { setup: (mock) => mock.controls.forceError('/bundles', 'server', Number.POSITIVE_INFINITY) }),
  name: 'The bundles could not be loaded (with retry)',
};
export const LoadFailedBn = bn(LoadFailed, 'The bundles could not be loaded');
export const VeryLongNames: Story = {
  args: { width: 220 },
  parameters: mockShop('default', {
    setup: (mock) => {
      mock.db.bundle(1)!.name = 'Pohela Boishakh family festival breakfast combo with milk, butter and doi from Bogura '.repeat(6);
      mock.db.bundle(1)!.highlight_text = 'Best value of the whole festive season, for the whole family '.repeat(3);
      mock.db.product(1)!.name = 'Fresh-Milk-1-Litre-Pasteurised-Homogenised-Full-Cream-From-Grass-Fed-Cows';
    },
  }),
  name: 'Very long names (clamped, in a 220 px card)',
};
export const VeryLongNamesBn = bn(VeryLongNames, 'Very long names');
export const Narrow: Story = { args: { bundleId: 2, maxQuantity: 3, width: 160 }, name: 'A 160 px card' };
export const NarrowBn = bn(Narrow, 'A 160 px card');
export const Wide: Story = { args: { bundleId: 1, width: 720 }, name: 'A wide card (picture beside the details)' };
export const WideBn = bn(Wide, 'A wide card');
export const UnknownBundle: Story = { args: { bundleId: 7 }, name: 'A bundle the shop does not list (inactive): nothing, and a console message' };
