/**
 * The floor of the page benchmark: the same three tags as minimal Lit elements
 * with no data layer, no i18n and no store. What any Lit widget set must pay at
 * least; the widgets' figures are reported beside these, from the same runs.
 */
import { LitElement, css, html } from 'lit';

class FloorQuickAdd extends LitElement {
  static override styles = css`
    button {
      min-height: 2.75rem;
      width: 100%;
    }
  `;
  override render() {
    return html`<button type="button">Add to cart</button><p role="status"></p>`;
  }
}

class FloorStockBadge extends LitElement {
  override render() {
    return html`<span>In stock</span>`;
  }
}

class FloorMiniCart extends LitElement {
  override render() {
    return html`<button type="button" aria-label="Cart">Cart</button>`;
  }
}

customElements.define('sd-quick-add', FloorQuickAdd);
customElements.define('sd-stock-badge', FloorStockBadge);
customElements.define('sd-mini-cart', FloorMiniCart);
