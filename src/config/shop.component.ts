import { wholeNumber } from '../internal/attributes.js';
import { Watch } from '../internal/watch.js';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { atom } from 'nanostores';
import { property } from 'lit/decorators.js';
import { log } from '../internal/log.js';
import type { Transport } from '../client/types.js';
import { $config, DEFAULT_CONFIG, configure, setSectionLocale, validateConfig, type Locale, type ShopConfig } from './config.js';

/** Options that choose the API: one page talks to one shop, so these are page-wide. */
const API_OPTIONS = ['apiBase', 'transport', 'timeout', 'retries', 'liveUrl'] as const;

/**
 * @summary Configures the widgets inside it (a page section, or the whole page).
 * @tag sd-shop
 * @slot - The widgets.
 *
 * Display options (`locale`, `currency`, the URLs) apply to the widgets inside,
 * and can change at any time. The shop's names (cart lines, bundles) come in the
 * `locale` of the page's `<sd-shop>` elements when they agree on one, else in the
 * page's (one page, one cart).
 * API options (`api-base`, `transport`, `timeout`, `live-url`) choose the page's
 * one shop and cart, so they are applied page-wide, as `configure()` would.
 */
export class SdShop extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @property({ attribute: 'api-base' }) apiBase?: string;
  @property() transport?: Transport;
  @property({ reflect: true }) locale?: Locale;
  @property() currency?: string;
  @property({ attribute: 'checkout-url' }) checkoutUrl?: string;
  @property({ attribute: 'cart-url' }) cartUrl?: string;
  @property({ attribute: 'shop-url' }) shopUrl?: string;
  @property({ attribute: 'live-url' }) liveUrl?: string;
  @property({ converter: wholeNumber }) timeout?: number;
  @property({ converter: wholeNumber }) retries?: number;
  @property({ converter: wholeNumber, attribute: 'max-quantity' }) maxQuantity?: number;
  @property({ type: Boolean }) backorders?: boolean;
  /** The shop's checkout charges bundle prices: bundle groups in the mini cart say so. */
  @property({ type: Boolean, attribute: 'bundle-price-at-checkout' }) bundlePriceAtCheckout?: boolean;

  private readonly global = new Watch(this, $config);
  private applied?: { raw: string; own: Partial<ShopConfig> };

  /**
   * The configuration of the widgets inside: the page's, with this element's options
   * over it. The widgets follow it (they find their nearest `<sd-shop>` when they
   * connect): a plain store, no context protocol to ship.
   */
  readonly $section = atom<ShopConfig>($config.get());

  private own(): Partial<ShopConfig> {
    const { apiBase, transport, locale, currency, checkoutUrl, cartUrl, shopUrl, liveUrl, timeout, retries, maxQuantity, backorders, bundlePriceAtCheckout } = this;
    return validateConfig({ apiBase, transport, locale, currency, checkoutUrl, cartUrl, shopUrl, liveUrl, timeout, retries, maxQuantity, backorders, bundlePriceAtCheckout }, `<sd-shop>`);
  }

  /**
   * Applied as soon as the element is on the page, not at its first (asynchronous)
   * render: the widgets inside may ask the shop in the same task, and must do so
   * with these options.
   */
  override connectedCallback(): void {
    this.apply();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.apply(API_OPTIONS.some((key) => changed.has(key)));
  }

  private apply(apiChanged = true): void {
    // Checked (and complained about) once per set of attributes, not on every render.
    const raw = JSON.stringify([this.apiBase, this.transport, this.locale, this.currency, this.checkoutUrl, this.cartUrl, this.shopUrl, this.liveUrl, this.timeout, this.retries, this.maxQuantity, this.backorders, this.bundlePriceAtCheckout]);
    if (this.applied?.raw !== raw) this.applied = { raw, own: this.own() };
    else apiChanged = false;
    const { own } = this.applied;
    const api = Object.fromEntries(API_OPTIONS.filter((key) => key in own).map((key) => [key, own[key]])) as Partial<ShopConfig>;
    const global = $config.get();
    const differs = API_OPTIONS.some((key) => key in api && api[key] !== global[key]);
    if (differs && apiChanged) {
      if (global.apiBase !== DEFAULT_CONFIG.apiBase && api.apiBase && api.apiBase !== global.apiBase) {
        log.warn(`<sd-shop>: api-base ${api.apiBase} replaces ${global.apiBase} for the whole page (one page, one cart).`);
      }
      configure(api);
    }
    this.$section.set({ ...$config.get(), ...own });
    if (this.isConnected) setSectionLocale(this, own.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    setSectionLocale(this, undefined);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
