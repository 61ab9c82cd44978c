/// <reference types="vite/client" />
/**
 * Theming: every `--sd-*` token the elements read is a control; change one and
 * every element below follows. The tokens are set on a wrapper, as a theme would
 * set them on any ancestor (`:root` works). The README's screenshots are taken
 * from these stories (scripts/element-shots.ts).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/bundle-card/sd-bundle-card.js';
import '../src/components/bundle-list/sd-bundle-list.js';
import '../src/components/mini-cart/sd-mini-cart.js';
import '../src/components/notify-me/sd-notify-me.js';
import '../src/components/product-guide/sd-product-guide.js';
import '../src/components/quantity-selector/sd-quantity-selector.js';
import '../src/components/quick-add/sd-quick-add.js';
import '../src/components/recently-viewed/sd-recently-viewed.js';
import '../src/components/share-bar/sd-share-bar.js';
import '../src/components/stock-badge/sd-stock-badge.js';
import '../src/components/track-view/sd-track-view.js';
import '../src/config/sd-shop.js';
import { catalogProducts } from '../mock-server/index.js';
import { guideFor } from '../mock-server/guides.js';
import { designTokens, elementsOf, type Manifest } from '../scripts/manifest-api.js';
import { isColorToken, isGlobalToken, tokensIn } from '../scripts/design-tokens.js';
import { recentlyViewed } from '../src/store/index.js';
import manifest from '../dist/custom-elements.json';
import { mockShop, BENGALI_COUNT_A11Y } from './mock.js';
import { DARK_TOKENS, HOSTS } from './themes.js';

// The styles' source text: what the elements read, with their fallbacks.
const sources = import.meta.glob(['../src/components/*/*.styles.ts', '../src/components/mini-cart/mini-cart-bundles.ts', '../src/internal/*styles.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const documented = new Map(designTokens(elementsOf(manifest as Manifest)).map((token) => [token.name, token]));
const TOKENS = tokensIn(Object.values(sources));
const FALLBACKS = Object.fromEntries(TOKENS.map((token) => [token.name, token.fallback]));

type Args = Record<string, string> & { host: keyof typeof HOSTS; locale: 'en' | 'bn' };

const figure = (tag: string, caption: string, content: TemplateResult, wide = false) => html`
  <figure data-element=${tag} style="margin:0;padding:1rem;border:1px dashed color-mix(in srgb, currentColor 25%, transparent);border-radius:.5rem;min-width:0;${wide ? 'grid-column:1/-1' : ''}">
    <figcaption style="font:600 .8125rem/1.4 ui-monospace,monospace;margin-bottom:.75rem;opacity:.8">&lt;${tag}&gt; — ${caption}</figcaption>
    ${content}
  </figure>
`;

/** Every element once, in a product listing's worth of context. */
function gallery(locale: 'en' | 'bn') {
  const bn = locale === 'bn';
  const name = (id: number) => {
    const product = catalogProducts().find((p) => p.id === id)!;
    return bn ? product.name_bn : product.name;
  };
  return html`
    <div class="gallery" style="display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,19rem),1fr));gap:1rem;align-items:start">
      ${figure(
        'sd-mini-cart',
        bn ? 'কার্ট' : 'the cart, in a header',
        html`<div style="display:flex;justify-content:space-between;align-items:center"><strong>Smart Dairy</strong><sd-mini-cart show-on-add></sd-mini-cart></div>`,
      )}
      ${figure(
        'sd-quick-add',
        bn ? 'কার্টে যোগ' : 'add to cart',
        html`<div style="display:grid;gap:.5rem;max-width:16rem">
          <img src="/web/image/product.product/6/image_128" alt="" width="64" height="64" style="border-radius:.5rem" />
          <strong>${name(6)}</strong>
          <sd-quick-add product-id="6" product-name=${name(6)} price="120" with-quantity></sd-quick-add>
        </div>`,
      )}
      ${figure('sd-quantity-selector', bn ? 'পরিমাণ' : 'a quantity field', html`<sd-quantity-selector value="2" min="1" max="12" label=${bn ? 'পরিমাণ' : 'Quantity'}></sd-quantity-selector>`)}
      ${figure(
        'sd-stock-badge',
        bn ? 'মজুদ' : 'stock, in words',
        html`<div style="display:flex;flex-wrap:wrap;gap:.5rem">${[1, 4, 5, 11].map((id) => html`<sd-stock-badge product-id=${id}></sd-stock-badge>`)}</div>`,
      )}
      ${figure('sd-notify-me', bn ? 'আবার এলে জানান' : 'back in stock', html`<sd-notify-me product-id="13" product-name=${name(13)}></sd-notify-me>`)}
      ${figure('sd-bundle-card', bn ? 'কম্বো' : 'a combo deal', html`<div style="max-width:20rem"><sd-bundle-card bundle-id="1"></sd-bundle-card></div>`)}
      ${figure('sd-share-bar', bn ? 'শেয়ার' : 'share the page', html`<sd-share-bar url="https://shop.smartdairy.example/shop/product/7" title=${name(7)}></sd-share-bar>`, true)}
      ${figure('sd-bundle-list', bn ? 'সব কম্বো' : 'every combo deal', html`<sd-bundle-list layout="row"></sd-bundle-list>`, true)}
      ${figure(
        'sd-track-view',
        bn ? 'এই পণ্য দেখা হলো (কিছু দেখায় না)' : 'records this product page’s view; shows nothing',
        html`<div style="display:flex;gap:.75rem;align-items:center">
          <img src="/web/image/product.product/7/image_128" alt="" width="48" height="48" style="border-radius:.5rem" />
          <strong>${name(7)}</strong>
          <code style="opacity:.7">&lt;sd-track-view product-id="7"&gt;</code>
          <sd-track-view product-id="7" name=${name(7)} price="95.5" image-url="/web/image/product.product/7/image_128"></sd-track-view>
        </div>`,
      )}
      ${figure('sd-recently-viewed', bn ? 'সম্প্রতি দেখা (এই পাতার পণ্য বাদে)' : 'recently viewed (this page’s product left out)', html`<sd-recently-viewed></sd-recently-viewed>`, true)}
      ${figure(
        'sd-product-guide',
        bn ? 'পণ্য নির্দেশিকা' : 'a product guide',
        html`<sd-product-guide product-id="7"><script type="application/json">${JSON.stringify(guideFor('yogurt', locale) ?? {})}</script></sd-product-guide>`,
        true,
      )}
      ${figure(
        'sd-shop',
        bn ? 'একটি অংশের সেটিংস' : 'settings for a section',
        html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:1rem">
          ${(['en', 'bn'] as const).map(
            (sectionLocale) => html`<sd-shop locale=${sectionLocale}>
              <div style="display:grid;gap:.5rem;padding:.75rem;border-radius:.5rem;border:1px solid color-mix(in srgb, currentColor 15%, transparent)">
                <code style="font-size:.75rem;opacity:.7">&lt;sd-shop locale="${sectionLocale}"&gt;</code>
                <strong>${catalogProducts().find((p) => p.id === 4)![sectionLocale === 'bn' ? 'name_bn' : 'name']}</strong>
                <sd-stock-badge product-id="4"></sd-stock-badge>
                <sd-quick-add product-id="4"></sd-quick-add>
              </div>
            </sd-shop>`,
          )}
        </div>`,
        true,
      )}
    </div>
  `;
}

/** The history a shopper has after viewing a few products (then this page's). */
function seedHistory(locale: 'en' | 'bn') {
  recentlyViewed.clear();
  for (const id of [14, 12, 1, 9, 6]) {
    const product = catalogProducts().find((p) => p.id === id)!;
    recentlyViewed.record({ productId: id, name: locale === 'bn' ? product.name_bn : product.name, price: product.lst_price, imageUrl: `/web/image/product.product/${id}/image_128`, url: `/shop/product/${id}` });
  }
  return () => recentlyViewed.clear();
}

const meta: Meta<Args> = {
  title: 'Theming/Design tokens',
  args: { host: 'light', locale: 'en', ...FALLBACKS },
  argTypes: {
    host: { control: 'inline-radio', options: ['light', 'dark'], description: 'The host page’s background and text colour.', table: { category: 'page' } },
    locale: { control: 'inline-radio', options: ['en', 'bn'], table: { category: 'page' } },
    ...Object.fromEntries(
      TOKENS.map((token) => [
        token.name,
        {
          control: isColorToken(token) ? 'color' : 'text',
          description: [
            documented.get(token.name)?.descriptions.join(' / ') || '(not in any element’s JSDoc yet)',
            token.fallbacks.length > 1 ? `Fallbacks differ between elements: ${token.fallbacks.join(', ')}.` : '',
          ]
            .filter(Boolean)
            .join(' '),
          table: { category: isGlobalToken(token.name) ? 'global tokens' : 'element tokens', defaultValue: { summary: token.fallback } },
        },
      ]),
    ),
  },
  parameters: { ...mockShop('filled-cart'), layout: 'fullscreen', controls: { expanded: true, sort: 'none' } },
  beforeEach: ({ args }) => seedHistory(args.locale),
  render: (args) => {
    // Only the tokens changed from their fallback are set, as a theme would.
    const tokens = Object.fromEntries(TOKENS.filter((token) => args[token.name] && args[token.name] !== token.fallback).map((token) => [token.name, args[token.name]!]));
    const host = HOSTS[args.host] ?? HOSTS.light;
    return html`
      <sd-shop locale=${args.locale}>
        <div class="themed" style=${styleMap({ ...tokens, background: host.background, color: host.color, padding: '1rem', minHeight: '100vh', boxSizing: 'border-box' })}>${gallery(args.locale)}</div>
      </sd-shop>
    `;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Every token at its fallback: the elements as they ship. */
export const Light: Story = { name: 'Light page (as shipped)' };
/** A dark page: the tokens a theme sets so the elements fit on it (see the README's Theming section). */
export const DarkHost: Story = { args: { host: 'dark', ...DARK_TOKENS }, name: 'Dark page' };
export const Bengali: Story = { args: { locale: 'bn' }, parameters: BENGALI_COUNT_A11Y, name: 'Light page, Bengali' };
export const DarkBengali: Story = { args: { host: 'dark', locale: 'bn', ...DARK_TOKENS }, parameters: BENGALI_COUNT_A11Y, name: 'Dark page, Bengali' };
/** A brand of its own: purple, square corners, a serif, a wide drawer. */
export const Brand: Story = {
  args: { '--sd-color-primary': '#6d28d9', '--sd-color-primary-hover': '#5b21b6', '--sd-color-primary-soft': '#ede9fe', '--sd-radius': '0', '--sd-font-family': 'Georgia, serif', '--sd-mini-cart-badge-bg': '#6d28d9', '--sd-mini-cart-width': '32rem' },
  name: 'A brand of its own',
};
