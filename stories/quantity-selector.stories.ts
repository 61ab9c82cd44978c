import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/quantity-selector/sd-quantity-selector.js';
import '../src/config/sd-shop.js';

interface Args {
  value: number;
  min: number;
  max?: number;
  step: number;
  disabled: boolean;
  productName: string;
  locale: 'en' | 'bn';
}

const meta: Meta<Args> = {
  title: 'Cart/Quantity selector',
  component: 'sd-quantity-selector',
  tags: ['autodocs'],
  args: { value: 1, min: 1, max: 10, step: 1, disabled: false, productName: 'Mishti Doi 500g', locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] } },
  render: ({ value, min, max, step, disabled, productName, locale }) => html`
    <sd-shop locale=${locale}>
      <sd-quantity-selector .value=${value} min=${min} .max=${max} step=${step} ?disabled=${disabled} product-name=${productName}></sd-quantity-selector>
    </sd-shop>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const AtMaximum: Story = { args: { value: 3, max: 3 }, name: 'At maximum (stock limit)' };
export const Disabled: Story = { args: { disabled: true } };
export const Bengali: Story = { args: { locale: 'bn', value: 12, max: 20 } };
export const InAHostForm: Story = {
  render: () => html`
    <form @submit=${(event: Event) => { event.preventDefault(); alert(new URLSearchParams(new FormData(event.target as HTMLFormElement) as never).toString()); }}>
      <label for="qty">Quantity</label>
      <sd-quantity-selector id="qty" name="quantity" value="2" max="9"></sd-quantity-selector>
      <button>Submit</button>
      <button type="reset">Reset</button>
    </form>
  `,
};
