import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { StockInfo, StockStatus } from '../../client/types.js';
import { shop, type StockState } from '../../store/index.js';
import { wholeNumber } from '../../internal/attributes.js';
import { icons } from '../../internal/icons.js';
import { ProductIdController } from '../../internal/product-id.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { Watch } from '../../internal/watch.js';
import { styles } from './stock-badge.styles.js';

const icon: Record<StockStatus, unknown> = {
  in_stock: icons.checkCircle,
  low_stock: icons.warning,
  out_of_stock: icons.crossCircle,
  preorder: icons.clock,
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
 * Theme CSS: the host reflects `status` (`in_stock`, `low_stock`, `out_of_stock`, `preorder`;
 * no attribute while loading, when the look-up failed or the shop does not know the product)
 * and `compact`.
 *
 * Every badge on a page shares one stock request; a failed look-up, and a product
 * the shop does not know, show nothing.
 *
 * Accessibility: the status is always said in words; its icon (decorative) and colour only repeat
 * them, so nothing is told by colour alone. While loading, an empty placeholder keeps the badge's
 * space and is hidden from assistive technology.
 */
export class SdStockBadge extends SdElement {
  static override styles = [base, styles];

  /** The Odoo `product.product` id (plain digits). */
  @property({ attribute: 'product-id', converter: wholeNumber }) productId?: number;
  /** A smaller badge for product cards. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The status shown now (reflected, read-only for hosts). */
  @property({ reflect: true }) status?: StockInfo['status'];

  private readonly product = new ProductIdController(this);
  private readonly stock = new Watch<StockState>(this, () => (this.product.id !== undefined ? shop.stock.stockOf(this.product.id) : undefined));

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
    if (this.product.id === undefined) return nothing;
    if (!state || state.state === 'loading') return html`<span class="placeholder" aria-hidden="true"></span>`;
    // A failed look-up, or a product the shop does not know, says nothing rather than something untrue.
    if (state.state !== 'ready' || !state.info) return nothing;
    const { label, details } = this.words(state.info);
    return html`<span part="badge">${icon[state.info.status]}<span part="label">${label}</span></span>${details.length
        ? html`<span part="details">${details.join(' · ')}</span>`
        : nothing}`;
  }
}
