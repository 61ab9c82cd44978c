import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { log } from '../../client/log.js';
import type { StockInfo } from '../../client/types.js';
import { shop } from '../../store/index.js';
import type { StockState } from '../../store/stock.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { Watch } from '../../internal/watch.js';
import { styles } from './stock-badge.styles.js';

const icon = {
  in_stock: html`<svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M4.5 8.3l2.3 2.2 4.7-4.8" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" /></svg>`,
  low_stock: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5l7 13H1z" fill="currentColor" /><path d="M8 6v4M8 12v.4" stroke="#fff" stroke-width="1.6" stroke-linecap="round" /></svg>`,
  out_of_stock: html`<svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="1.8" stroke-linecap="round" /></svg>`,
  preorder: html`<svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M8 4.2V8l2.6 1.6" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round" /></svg>`,
};

/**
 * @summary A product's stock status, in words and with an icon, as the shop says it now.
 * @tag sd-stock-badge
 *
 * @csspart badge - The pill with the icon and the status.
 * @csspart label - The status words.
 * @csspart details - The restock date and how many are waiting.
 *
 * @cssprop --sd-stock-in-bg - Background for "In stock".
 * @cssprop --sd-stock-in-color - Text and icon for "In stock".
 * @cssprop --sd-stock-low-bg - Background for "Only N left" / "Low stock".
 * @cssprop --sd-stock-low-color - Text and icon for low stock.
 * @cssprop --sd-stock-out-bg - Background for "Out of stock".
 * @cssprop --sd-stock-out-color - Text and icon for out of stock.
 * @cssprop --sd-stock-preorder-bg - Background for "Pre-order".
 * @cssprop --sd-stock-preorder-color - Text and icon for pre-order.
 *
 * The host reflects `status` (in_stock, low_stock, out_of_stock, preorder) for theme CSS.
 * Every badge on a page shares one stock request; a failed look-up shows nothing.
 */
export class SdStockBadge extends SdElement {
  static override styles = [base, styles];

  /** The Odoo `product.product` id. */
  @property({ type: Number, attribute: 'product-id' }) productId?: number;
  /** A smaller badge for product cards. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The status shown now (reflected, read-only for hosts). */
  @property({ reflect: true }) status?: StockInfo['status'];

  private readonly stock = new Watch<StockState>(this, () => (this.validId ? shop.stock.stockOf(this.productId!) : undefined));

  private get validId(): boolean {
    return Number.isInteger(this.productId) && this.productId! > 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.validId) log.error(`<sd-stock-badge> needs a product-id (a whole number); got ${JSON.stringify(this.getAttribute('product-id'))}.`, this);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const info = this.stock.value?.state === 'ready' ? this.stock.value.info : null;
    this.status = info?.status;
  }

  private words(info: StockInfo): { label: string; details: string[] } {
    const { msg, number, date } = this.i18n;
    const restock = info.expected_restock ? msg.backOn(date(info.expected_restock)) : '';
    switch (info.status) {
      case 'in_stock':
        return { label: msg.inStock, details: [] };
      case 'low_stock':
        return { label: info.available !== null ? msg.onlyLeft(number(info.available)) : msg.lowStock, details: [] };
      case 'out_of_stock':
        return {
          label: msg.outOfStock,
          details: [restock, info.waiting_count > 0 ? msg.peopleWaiting(number(info.waiting_count), info.waiting_count) : ''].filter(Boolean),
        };
      case 'preorder':
        return { label: msg.preorder, details: [restock].filter(Boolean) };
    }
  }

  protected override render() {
    const state = this.stock.value;
    if (!state || state.state === 'loading') return html`<span class="placeholder" aria-hidden="true"></span>`;
    // A failed look-up says nothing rather than something untrue.
    if (state.state === 'error' || !state.info) return nothing;
    const { label, details } = this.words(state.info);
    return html`<span part="badge">${icon[state.info.status]}<span part="label">${label}</span></span>${details.length
        ? html`<span part="details">${details.join(' · ')}</span>`
        : nothing}`;
  }
}
