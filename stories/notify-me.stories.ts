import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import '../src/components/notify-me/sd-notify-me.js';
import '../src/config/sd-shop.js';
import { mockShop } from './mock.js';

const meta: Meta<{ locale: 'en' | 'bn'; productId: number; always: boolean }> = {
  title: 'Stock/Notify me (back in stock)',
  component: 'sd-notify-me',
  args: { locale: 'en', productId: 13, always: false },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] } },
  parameters: mockShop(),
  render: ({ locale, productId, always }) => html`
    <sd-shop locale=${locale}>
      <div style="max-width:22rem"><sd-notify-me product-id=${productId} ?always=${always}></sd-notify-me></div>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<{ locale: 'en' | 'bn'; productId: number; always: boolean }>;

const fill = async (canvasElement: HTMLElement, email: string, phone = '') => {
  const form = await new Promise<ShadowRoot>((resolve) => {
    const check = () => {
      const root = canvasElement.querySelector('sd-notify-me')?.shadowRoot;
      if (root?.querySelector('form')) resolve(root);
      else setTimeout(check, 50);
    };
    check();
  });
  await userEvent.type(form.querySelector('input[type="email"]')!, email);
  if (phone) await userEvent.type(form.querySelector('input[type="tel"]')!, phone);
};

export const Idle: Story = {};
export const Bengali: Story = { args: { locale: 'bn' } };
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
  parameters: mockShop('default', { latency: 60_000 }),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'rahim@example.com');
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
