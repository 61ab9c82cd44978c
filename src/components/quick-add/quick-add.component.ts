import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { log } from '../../internal/log.js';
import { isSafeUrl } from '../../config/config.js';
import { shop, type CartOutcome, type StockState, type ProductHint } from '../../store/index.js';
import { decimal, isWhole, wholeNumber } from '../../internal/attributes.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { icons } from '../../internal/icons.js';
import { ProductIdController } from '../../internal/product-id.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { clampStyles, clampText } from '../../internal/text.js';
import { Watch } from '../../internal/watch.js';
import type { SdQuantitySelector } from '../quantity-selector/quantity-selector.component.js';
import { styles } from './quick-add.styles.js';

/** What the quick add is doing, reflected as the `state` attribute. */
export type QuickAddState = 'idle' | 'adding' | 'added' | 'error' | 'unavailable';

type Phase = Exclude<QuickAddState, 'unavailable'>;

/**
 * @summary An "Add to cart" button for a product card, with an optional quantity selector.
 * @tag sd-quick-add
 *
 * @event sd-add-to-cart - Before adding; cancel it to stop the add. Detail: `{productId, quantity}`.
 * @event sd-added - After the shop confirmed. Detail: `{productId, quantity, cart}`; `quantity` counts the taps this confirmation covers (none counted twice).
 * @event sd-add-error - When the shop refused or could not be reached. Detail: `{productId, quantity, error, reason}`.
 *
 * @csspart base - The wrapper.
 * @csspart button - The button.
 * @csspart label - The button's text ("Add to cart", in every state).
 * @csspart quantity - The quantity selector (with `with-quantity`).
 * @csspart status - The line under the button: progress, confirmation, why it cannot be added.
 * @csspart product-link - "View product" (with `product-url`, when the product cannot be added here).
 *
 * @cssprop --sd-color-primary - Button colour.
 * @cssprop --sd-color-on-primary - Button text colour.
 * @cssprop --sd-color-success - Button colour just after an add.
 * @cssprop --sd-radius - Corner radius.
 * @cssprop --sd-quick-add-status-lines - Lines kept for the status under the button (2). The space is
 *   kept whether or not there is a message, so buttons of a row of cards stay in line; longer messages
 *   are cut with an ellipsis on screen (the full text is in the tooltip and is announced).
 *
 * The button's accessible name is always "Add to cart" (and the product name when given).
 * Progress and outcome show through `aria-busy`, the icon and the status line.
 *
 * Theme CSS: the host reflects `state` — `idle`, `adding`, `added`, `error`, or `unavailable`
 * (out of stock, a pre-order the shop cannot take online, an unknown product).
 *
 * Pre-orders: the seed's backend refuses any quantity above stock, even for products that allow
 * backorders, so by default a `preorder` product cannot be added: the button is disabled with the
 * reason (and the restock date when known) and, with `product-url`, a link to the product page.
 * `configure({backorders: true})` (or `<sd-shop backorders>`) is for a backend that accepts them.
 *
 * Light DOM content (a link or a host form) shows until the element upgrades,
 * so the product can be bought before the script has loaded.
 */
export class SdQuickAdd extends SdElement {
  static override styles = [base, buttonStyles, clampStyles, styles];

  @state() private phase: Phase = 'idle';
  @state() private message = '';

  /** The Odoo `product.product` id (plain digits). */
  @property({ attribute: 'product-id', converter: wholeNumber }) productId?: number;
  /** How many to add per tap: a whole number ≥ 1 in plain digits, at most the shop's `maxQuantity`. */
  @property({ converter: wholeNumber }) quantity = 1;
  /** Shows a quantity selector beside the button. */
  @property({ type: Boolean, attribute: 'with-quantity' }) withQuantity = false;
  /** The product's name: used in accessible names, and to show the cart line at once. */
  @property({ attribute: 'product-name' }) productName?: string;
  /** Unit price in BDT (plain decimal, e.g. 95.5): with `product-name`, the cart shows the line before the shop confirms. */
  @property({ converter: decimal }) price?: number;
  /** The product image, for the cart line shown before the shop confirms. */
  @property({ attribute: 'image-url' }) imageUrl?: string;
  /** The product page (http(s) or a path): linked when the product cannot be added here (pre-order, out of stock). */
  @property({ attribute: 'product-url' }) productUrl?: string;
  /** What the element is doing (reflected for theme CSS; read-only for hosts). */
  @property({ reflect: true }) state: QuickAddState = 'idle';

  private readonly product = new ProductIdController(this);
  private readonly stock = new Watch<StockState>(this, () => (this.product.id !== undefined ? shop.stock.stockOf(this.product.id) : undefined));

  /** Adds still waiting for the shop; taps made meanwhile share one report. */
  private inFlight = 0;
  /** How many the taps of this run asked for: taps while an add is on its way or its confirmation shows. */
  private run = 0;
  /** How many of those no `sd-added` / `sd-add-error` has reported yet. */
  private unreported = 0;
  private resetTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resetTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quantity') && !isWhole(this.quantity, 1)) {
      log.warn(`<sd-quick-add> quantity must be a whole number ≥ 1 in plain digits; got ${JSON.stringify(this.getAttribute('quantity') ?? this.quantity)}. Adding 1 at a time.`, this);
    }
    this.state = this.phase === 'idle' && this.blocked ? 'unavailable' : this.phase;
  }

  /** Why the product cannot be added now, in words; undefined when it can. */
  private get blocked(): string | undefined {
    const { msg, date } = this.i18n;
    const stock = this.stock.value;
    if (this.product.id === undefined || stock?.state === 'missing') return msg.notAvailable;
    const info = stock?.info;
    if (info?.status === 'out_of_stock') return msg.outOfStock;
    if (info?.status === 'preorder' && !this.config.backorders) {
      return info.expected_restock ? msg.preorderNotOrderableUntil(date(info.expected_restock)) : msg.preorderNotOrderable;
    }
    return undefined;
  }

  /** How many one tap adds: the `quantity`, bounded by the shop's `maxQuantity`. */
  private get perTap(): number {
    return Math.min(isWhole(this.quantity, 1) ? this.quantity : 1, this.config.maxQuantity);
  }

  private get hint(): ProductHint | undefined {
    if (!this.productName || typeof this.price !== 'number' || !Number.isFinite(this.price)) return undefined;
    return { name: this.productName, price: this.price, ...(this.imageUrl ? { image_url: this.imageUrl } : {}) };
  }

  private handleQuantity(event: Event): void {
    this.quantity = (event.target as SdQuantitySelector).value;
  }

  private report(productId: number, outcome: CartOutcome): void {
    const { msg, number, reason } = this.i18n;
    const quantity = this.unreported;
    this.unreported = 0;
    if (outcome.ok) {
      const name = clampText(this.productName);
      // What the cart now holds is not what our taps explain (another device, a
      // browser's silent retry): say what it holds, never "× 1 added" over a 2.
      const surprising = outcome.unexpected === true && typeof outcome.quantity === 'number';
      const text = surprising
        ? msg.cartNowHas(number(outcome.quantity!))
        : outcome.limitedTo !== undefined
          ? msg.errorLimited(number(outcome.limitedTo))
          : name
            ? msg.addedNamed(name, number(this.run))
            : msg.addedCount(number(this.run));
      this.phase = 'added';
      this.message = text;
      this.emit('sd-added', { productId, quantity, cart: outcome.cart });
      // A plain confirmation goes; what the shopper must know (a limit, a surprise) stays.
      const keep = surprising || outcome.limitedTo !== undefined;
      this.resetTimer = setTimeout(() => {
        this.phase = 'idle';
        this.run = 0;
        if (!keep) this.message = '';
      }, 2_500);
    } else {
      this.run = 0;
      this.phase = 'error';
      this.message = reason(outcome.error);
      this.emit('sd-add-error', { productId, quantity, error: outcome.error, reason: this.message });
    }
  }

  /** Adds to the cart, as a tap would. Taps made while an add is on its way all count. */
  async addToCart(): Promise<void> {
    const productId = this.product.id;
    if (productId === undefined || this.blocked) return;
    const quantity = this.perTap;
    if (!this.emit('sd-add-to-cart', { productId, quantity }, { cancelable: true })) return;
    clearTimeout(this.resetTimer);
    // A tap while the last confirmation still shows goes on counting: "× 3 added" after three taps.
    if (this.phase !== 'adding' && this.phase !== 'added') this.run = 0;
    this.run += quantity;
    this.unreported += quantity;
    this.inFlight++;
    this.phase = 'adding';
    this.message = this.i18n.msg.adding;
    const outcome = await shop.cart.add(productId, quantity, this.hint);
    // Taps made meanwhile share one report, when the last of them settles.
    if (--this.inFlight > 0) return;
    this.report(productId, outcome);
  }

  protected override render() {
    const { msg } = this.i18n;
    const blocked = this.blocked;
    const info = this.stock.value?.info;
    const adding = this.phase === 'adding';
    const name = clampText(this.productName);
    const note = this.message || blocked || (info?.status === 'preorder' ? msg.preorder : '');
    const byStock = blocked !== undefined && (info?.status === 'preorder' || info?.status === 'out_of_stock');
    const link = byStock && isSafeUrl(this.productUrl) ? this.productUrl : undefined;
    const available = info?.available ?? undefined;
    return html`
      <div part="base">
        ${this.withQuantity
          ? html`<sd-quantity-selector
              part="quantity"
              .value=${this.perTap}
              min="1"
              .max=${available !== undefined && available > 0 ? available : undefined}
              product-name=${name}
              ?disabled=${blocked !== undefined}
              @change=${this.handleQuantity}
            ></sd-quantity-selector>`
          : nothing}
        <button
          part="button"
          class="button primary"
          type="button"
          aria-disabled=${blocked ? 'true' : 'false'}
          aria-busy=${adding ? 'true' : 'false'}
          aria-describedby="status"
          @click=${this.addToCart}
        >
          ${adding ? html`<span class="spinner" aria-hidden="true"></span>` : this.phase === 'added' ? icons.check : nothing}
          <span part="label">${msg.addToCart}</span>${name ? html`<span class="visually-hidden">: ${name}</span>` : nothing}
        </button>
        <div class="notes" title=${note || nothing}>
          <p id="status" part="status" role="status" class="clamp">${note}</p>
          ${link ? html`<a part="product-link" href=${link}>${msg.viewProduct}</a>` : nothing}
        </div>
      </div>
    `;
  }
}
