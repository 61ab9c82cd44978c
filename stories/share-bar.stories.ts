import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/share-bar/sd-share-bar.js';
import '../src/config/sd-shop.js';
import type { SdShareBar } from '../src/components/share-bar/share-bar.component.js';

interface Args {
  locale: 'en' | 'bn';
  url: string;
  title: string;
  text: string;
  networks: string;
  noUtm: boolean;
  /** The width of the box the bar sits in. */
  width: string;
}

/** Puts a browser feature in place (or takes it away) for one story, and back afterwards. */
function withFeature(target: object, key: string, value: unknown) {
  return () => {
    const own = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { configurable: true, get: () => value });
    return () => {
      if (own) Object.defineProperty(target, key, own);
      else delete (target as Record<string, unknown>)[key];
    };
  };
}

/** Clicks "Copy link" once the bar is there. */
const copy = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const bar = canvasElement.querySelector<SdShareBar>('sd-share-bar')!;
  await bar.updateComplete;
  await bar.copyLink();
};

const meta: Meta<Args> = {
  title: 'Sharing/Share bar',
  component: 'sd-share-bar',
  tags: ['autodocs'],
  args: {
    locale: 'en',
    url: 'https://shop.smartdairy.example/shop/product/7?size=500g#reviews',
    title: 'Sour Doi 500 g',
    text: 'Sour Doi from Smart Dairy — fresh today',
    networks: '',
    noUtm: false,
    width: '32rem',
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'bn'] },
    width: { control: 'inline-radio', options: ['160px', '320px', '32rem'] },
  },
  render: ({ locale, url, title, text, networks, noUtm, width }) => html`
    <sd-shop locale=${locale}>
      <div style="width:${width};max-width:100%">
        <sd-share-bar url=${url || nothing} title=${title || nothing} text=${text || nothing} networks=${networks || nothing} ?no-utm=${noUtm}></sd-share-bar>
      </div>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Every network, then Copy link. Hover a link to see where it goes (UTM parameters after the query, before #reviews). */
export const Default: Story = {};
/** `networks="whatsapp,facebook,copy"` picks and orders them. */
export const PickedNetworks: Story = { args: { networks: 'whatsapp,facebook,copy' }, name: 'networks="whatsapp,facebook,copy"' };
export const WithoutUtm: Story = { args: { noUtm: true }, name: 'no-utm: the URL as given' };
/** Without url or title: the page's canonical link (else its address) and the document's title. */
export const PageDefaults: Story = { args: { url: '', title: '', text: '' }, name: 'No attributes: the page’s address and title' };
/** Where the browser has a system share sheet (phones, Windows, macOS), "Share…" comes first. Simulated here. */
export const ShareSheet: Story = {
  name: 'With the system share sheet (Share… first)',
  beforeEach: withFeature(navigator, 'share', async (data: ShareData) => console.log('navigator.share', data)),
};
export const Copied: Story = {
  name: 'Link copied (Clipboard API)',
  beforeEach: withFeature(navigator, 'clipboard', { writeText: async () => undefined }),
  play: copy,
};
/** No Clipboard API (an http:// page, an old browser) and the copy command refused: the link, selected, to copy by hand. */
export const CopyByHand: Story = {
  name: 'Copy link without the Clipboard API: copy by hand',
  beforeEach: () => {
    const clipboard = withFeature(navigator, 'clipboard', undefined)();
    const command = withFeature(document, 'execCommand', () => false)();
    return () => {
      clipboard();
      command();
    };
  },
  play: copy,
};
export const Bengali: Story = { args: { locale: 'bn', title: 'টক দই ৫০০ গ্রাম', text: 'স্মার্ট ডেইরির টক দই — আজকের তাজা 🍶' } };
export const BengaliCopied: Story = { ...Copied, args: Bengali.args!, name: 'Bengali, link copied' };
export const Narrow: Story = { args: { width: '160px' }, name: 'In a 160 px box' };
export const NarrowCopyByHand: Story = { ...CopyByHand, args: { width: '160px', locale: 'bn' }, name: 'In a 160 px box, Bengali, copy by hand' };
