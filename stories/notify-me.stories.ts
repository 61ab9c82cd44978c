import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '../src/components/notify-me/sd-notify-me.js';
import '../src/config/sd-shop.js';
import { shop } from '../src/store/index.js';
import { mockShop, type StoryMock } from './mock.js';

interface Args {
  locale: 'en' | 'bn';
  productId: number;
  productName: string;
  always: boolean;
  /** The width of the card the form sits in. */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Stock/Notify me (back in stock)',
  component: 'sd-notify-me',
  tags: ['autodocs'],
  args: { locale: 'en', productId: 13, productName: 'Salted Butter 100 g', always: false, width: '22rem' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] }, width: { control: 'inline-radio', options: ['160px', '210px', '22rem', '800px'] } },
  parameters: mockShop(),
  // This device remembers which products it subscribed to (and then shows the
  // confirmation, not the form): each story starts from a device that never did.
  beforeEach: () => {
    localStorage.removeItem('smart-dairy-widgets:back-in-stock');
    shop.subscriptions.$subscribed.set([]);
  },
  render: ({ locale, productId, productName, always, width }) => html`
    <sd-shop locale=${locale}>
      <div style="width:${width};max-width:100%"><sd-notify-me product-id=${productId} product-name=${productName || nothing} ?always=${always}></sd-notify-me></div>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const fill = async (canvasElement: HTMLElement, email: string, phone = '') => {
  const form = await new Promise<ShadowRoot>((resolve, reject) => {
    const given = Date.now() + 5_000;
    const check = () => {
      const root = canvasElement.querySelector('sd-notify-me')?.shadowRoot;
      if (root?.querySelector('form')) resolve(root);
      else if (Date.now() > given) reject(new Error('The form did not show within 5 s (the product is in stock, or this device already subscribed).'));
      else setTimeout(check, 50);
    };
    check();
  });
  await userEvent.type(form.querySelector('input[type="email"]')!, email);
  if (phone) await userEvent.type(form.querySelector('input[type="tel"]')!, phone);
};

export const Idle: Story = {};
export const Bengali: Story = { args: { locale: 'bn', productName: 'লবণাক্ত মাখন ১০০ গ্রাম' } };
export const NarrowCard: Story = { args: { width: '160px' }, name: 'In a 160 px card' };
export const WithoutProductName: Story = { args: { productName: '' }, name: 'Without product-name (not a landmark)' };
/** Three forms on one listing: each is named after its product, so they are told apart. */
export const Listing: Story = {
  render: () => html`
    <div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:1rem">
      <sd-notify-me product-id="5" product-name="Low-Fat Milk 1 L"></sd-notify-me>
      <sd-notify-me product-id="13" product-name="Salted Butter 100 g"></sd-notify-me>
      <sd-notify-me product-id="18" product-name="Borhani 500 ml"></sd-notify-me>
    </div>
  `,
};
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'rahim@', '12345');
    canvasElement.querySelector('sd-notify-me')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
  name: 'Invalid email and number',
};
export const Subscribed: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'rahim@example.com', '01712345678');
    canvasElement.querySelector('sd-notify-me')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};
export const AlreadySubscribed: Story = {
  parameters: mockShop('default', { setup: (mock) => mock.db.subscribe(13, 'rahim@example.com', {}) }),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'rahim@example.com');
    canvasElement.querySelector('sd-notify-me')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};
export const Submitting: Story = {
  parameters: mockShop(),
  play: async ({ canvasElement, parameters }) => {
    await fill(canvasElement, 'rahim@example.com');
    // The form shows once the stock is known; only the subscription itself is slow.
    (parameters.mockShop as StoryMock).mock.controls.setLatency(60_000);
    canvasElement.querySelector('sd-notify-me')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
  name: 'Submitting (slow network)',
};
export const RefusedInStock: Story = {
  args: { productId: 1, always: true },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'rahim@example.com');
    canvasElement.querySelector('sd-notify-me')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
  name: 'Refused: the product is in stock',
};
export const Offline: Story = {
  parameters: mockShop('default', { setup: (mock) => mock.controls.forceError('/product/<id>/notify-stock', 'network', Number.POSITIVE_INFINITY) }),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'rahim@example.com');
    canvasElement.querySelector('sd-notify-me')!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
  name: 'Network failure (keeps what was typed)',
};
