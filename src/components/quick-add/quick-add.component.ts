import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { log } from '../../client/log.js';
import type { ShopError } from '../../client/errors.js';
import { shop } from '../../store/index.js';
import type { StockState } from '../../store/stock.js';
import type { ProductHint } from '../../store/cart-math.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { Watch } from '../../internal/watch.js';
import type { SdQuantitySelector } from '../quantity-selector/quantity-selector.component.js';
import { styles } from './quick-add.styles.js';

export interface AddToCartDetail {
  productId: number;
  quantity: number;
}

type AddState = 'idle' | 'adding' | 'added' | 'error';

/**
 * @summary An "Add to cart" button for a product card, with an optional quantity selector.
 * @tag sd-quick-add
 *
 * @event sd-add-to-cart - Before adding; cancel it to stop the add. Detail: `{productId, quantity}`.
 * @event sd-added - After the shop confirmed. Detail: `{productId, quantity, cart}`.
 * @event sd-add-error - When the shop refused or could not be reached. Detail: `{productId, quantity, error, reason}`.
 *
 * @csspart base - The wrapper.
 * @csspart button - The button.
 * @csspart label - The button's text.
 * @csspart quantity - The quantity selector (with `with-quantity`).
 * @csspart status - The line under the button: confirmation, reason of a refusal, stock.
 *
 * @cssprop --sd-color-primary - Button colour.
 * @cssprop --sd-color-on-primary - Button text colour.
 * @cssprop --sd-radius - Corner radius.
 *
 * Light DOM content (a link or a host form) shows until the element upgrades,
 * so the product can be bought before the script has loaded.
 */
export class SdQuickAdd extends SdElement {
  static override styles = [base, styles];

  /** The Odoo `product.product` id. */
  @property({ type: Number, attribute: 'product-id' }) productId?: number;
  /** How many to add per click. */
  @property({ type: Number }) quantity = 1;
  /** Shows a quantity selector beside the button. */
  @property({ type: Boolean, attribute: 'with-quantity' }) withQuantity = false;
  /** The product's name: used in accessible names, and to show the cart line at once. */
  @property({ attribute: 'product-name' }) productName?: string;
  /** Unit price in BDT: with `product-name`, the cart shows the line before the shop confirms. */
  @property({ type: Number }) price?: number;
  @property({ attribute: 'image-url' }) imageUrl?: string;

  @state() private addState: AddState = 'idle';
  @state() private message = '';

  private inFlight = 0;
  private resetTimer?: ReturnType<typeof setTimeout>;
  private readonly stock = new Watch<StockState>(this, () => (this.validId ? shop.stock.stockOf(this.productId!) : undefined));

  private get validId(): boolean {
    return Number.isInteger(this.productId) && this.productId! > 0;
  }

  private get unavailable(): boolean {
    const info = this.stock.value?.info;
    return !this.validId || (info?.status === 'out_of_stock' && !info.allow_backorder);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.validId) log.error(`<sd-quick-add> needs a product-id (a whole number); got ${JSON.stringify(this.getAttribute('product-id'))}.`, this);
    this.dataset.state = this.addState;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resetTimer);
  }

  private get hint(): ProductHint | undefined {
    if (!this.productName || typeof this.price !== 'number' || !Number.isFinite(this.price)) return undefined;
    return { name: this.productName, price: this.price, ...(this.imageUrl ? { image_url: this.imageUrl } : {}) };
  }

  /** Adds to the cart, as a click would. */
  async addToCart(): Promise<void> {
    if (this.unavailable) return;
    const productId = this.productId!;
    const quantity = Number.isInteger(this.quantity) && this.quantity > 0 ? this.quantity : 1;
    if (!this.emit<AddToCartDetail>('sd-add-to-cart', { productId, quantity }, { cancelable: true })) return;
    clearTimeout(this.resetTimer);
    this.inFlight++;
    this.setState('adding', '');
    const outcome = await shop.cart.add(productId, quantity, this.hint);
    // Clicks made meanwhile share the outcome: report once, when the last one settles.
    if (--this.inFlight > 0) return;
    const { msg, number, reason } = this.i18n;
    if (outcome.ok) {
      const added = outcome.limitedTo !== undefined ? msg.errorLimited(number(outcome.limitedTo)) : this.productName ? msg.addedNamed(this.productName, number(quantity)) : msg.added;
      this.setState('added', added);
      this.emit('sd-added', { productId, quantity, cart: outcome.cart });
      this.resetTimer = setTimeout(() => this.setState('idle', ''), 2_500);
    } else {
      this.setState('error', reason(outcome.error));
      this.emit('sd-add-error', { productId, quantity, error: outcome.error as ShopError, reason: this.message });
    }
  }

  private setState(next: AddState, message: string): void {
    this.addState = next;
    this.message = message;
    this.dataset.state = next;
  }

  private handleQuantity(event: Event): void {
    this.quantity = (event.target as SdQuantitySelector).value;
  }

  protected override render() {
    const { msg } = this.i18n;
    const unavailable = this.unavailable;
    const info = this.stock.value?.info;
    const label = this.addState === 'adding' ? msg.adding : this.addState === 'added' ? msg.added : msg.addToCart;
    const stockNote = !this.validId ? msg.unavailable : unavailable ? msg.outOfStock : info?.status === 'preorder' ? msg.preorder : '';
    const max = info?.available ?? undefined;
    return html`
      <div part="base">
        ${this.withQuantity
          ? html`<sd-quantity-selector
              part="quantity"
              .value=${this.quantity}
              min="1"
              .max=${max !== undefined && max > 0 ? max : undefined}
              product-name=${this.productName ?? ''}
              ?disabled=${unavailable}
              @change=${this.handleQuantity}
            ></sd-quantity-selector>`
          : nothing}
        <button
          part="button"
          type="button"
          aria-disabled=${unavailable ? 'true' : 'false'}
          aria-busy=${this.addState === 'adding' ? 'true' : 'false'}
          aria-describedby="status"
          @click=${this.addToCart}
        >
          ${this.addState === 'adding'
            ? html`<span class="spinner" aria-hidden="true"></span>`
            : this.addState === 'added'
              ? html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" /></svg>`
              : nothing}
          <span part="label">${label}</span>${this.productName ? html`<span class="visually-hidden">: ${this.productName}</span>` : nothing}
        </button>
        <p id="status" part="status" role="status">${this.message || stockNote}</p>
      </div>
    `;
  }
}
