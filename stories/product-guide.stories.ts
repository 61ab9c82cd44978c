import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/product-guide/sd-product-guide.js';
import '../src/config/sd-shop.js';
import { guideFor } from '../mock-server/guides.js';
import type { Category } from '../mock-server/index.js';

interface Args {
  locale: 'en' | 'bn';
  category: Category;
  single: boolean;
  structuredData: boolean;
  /** The width of the column the guide sits in. */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Browsing/Product guide',
  component: 'sd-product-guide',
  tags: ['autodocs'],
  args: { locale: 'en', category: 'milk', single: false, structuredData: false, width: '44rem' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'bn'] },
    category: { control: 'inline-radio', options: ['milk', 'yogurt', 'ghee', 'cheese'] },
    width: { control: 'inline-radio', options: ['160px', '320px', '44rem'] },
  },
  // The guide's content is the host's: a JSON script inside the element (see the mock's guides.ts).
  render: ({ locale, category, single, structuredData, width }) => html`
    <sd-shop locale=${locale}>
      <div style="width:${width};max-width:100%">
        <sd-product-guide product-id="7" ?single=${single} ?structured-data=${structuredData}>
          <script type="application/json">${JSON.stringify(guideFor(category, locale) ?? {})}</script>
        </sd-product-guide>
      </div>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Opens the second question, as a shopper would. */
const openSecond = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const guide = canvasElement.querySelector('sd-product-guide')!;
  await guide.updateComplete;
  guide.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="question"]')[1]?.click();
};

export const Milk: Story = {};
export const Doi: Story = { args: { category: 'yogurt' }, play: openSecond, name: 'Doi (an answer open)' };
export const Ghee: Story = { args: { category: 'ghee' } };
export const CheeseAndPaneer: Story = { args: { category: 'cheese' }, name: 'Cheese and paneer' };
export const MilkBengali: Story = { args: { locale: 'bn' }, play: openSecond, name: 'Milk, Bengali' };
export const DoiBengali: Story = { args: { locale: 'bn', category: 'yogurt' }, name: 'Doi, Bengali' };
export const GheeBengali: Story = { args: { locale: 'bn', category: 'ghee' }, name: 'Ghee, Bengali' };
export const CheeseBengali: Story = { args: { locale: 'bn', category: 'cheese' }, name: 'Cheese and paneer, Bengali' };
/** `single`: opening a question closes the one that was open. */
export const Single: Story = { args: { single: true }, play: openSecond, name: 'single (one answer open at a time)' };
/** `structured-data`: one FAQPage JSON-LD script in the document's head (look in the Elements panel). */
export const StructuredData: Story = { args: { structuredData: true }, name: 'structured-data (FAQPage JSON-LD in the head)' };
export const Phone: Story = { args: { width: '320px', category: 'yogurt', locale: 'bn' }, play: openSecond, name: 'In a 320 px column, Bengali' };
export const Narrow: Story = { args: { width: '160px', category: 'ghee' }, play: openSecond, name: 'In a 160 px column' };

/** Content that is not the documented shape: one console message saying where, and nothing broken shown. */
export const InvalidContent: Story = {
  name: 'Invalid content (nothing shown, one console message)',
  render: ({ locale }) => html`
    <sd-shop locale=${locale}>
      <sd-product-guide>
        <script type="application/json">
          { "sections": [{ "text": "A section without a title" }] }
        </script>
      </sd-product-guide>
      <p style="color:#52606d">The guide above shows nothing; the console says: sections[0].title should be text of 1 to 200 characters.</p>
    </sd-shop>
  `,
};

/** The host's own markup: shown as it is; <details> FAQs work before the script loads, and follow single and structured-data. */
export const SlottedMarkup: Story = {
  name: 'Slotted markup (the host’s HTML, <details> FAQs)',
  args: { single: true },
  render: ({ locale, single, structuredData }) => html`
    <sd-shop locale=${locale}>
      <sd-product-guide ?single=${single} ?structured-data=${structuredData}>
        <h3 style="margin:0 0 .5rem">Storage</h3>
        <p>Keep Sour Doi in the fridge and eat it within two days of opening.</p>
        <details><summary>Why is there water on top?</summary><p>That is whey: stir it in, or pour it off.</p></details>
        <details><summary>Can I cook with it?</summary><p>Yes, for borhani, raita and marinades.</p></details>
      </sd-product-guide>
    </sd-shop>
  `,
};
