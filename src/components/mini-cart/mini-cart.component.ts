import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { shop, type CartLineView, type CartNotice, type BundlesState } from '../../store/index.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { FocusReturn } from '../../internal/focus-return.js';
import { icons } from '../../internal/icons.js';
import { ScrollLock } from '../../internal/scroll-lock.js';
import { SdElement } from '../../internal/sd-element.js';
import { base, skeletonStyles } from '../../internal/styles.js';
import { clampStyles, clampText } from '../../internal/text.js';
import { Watch } from '../../internal/watch.js';
import { bundleGroup, bundlesFor, bundleStyles } from './mini-cart-bundles.js';
import { noticeWords, renderLines } from './mini-cart-lines.js';
import { renderCartState } from './mini-cart-states.js';
import { styles } from './mini-cart.styles.js';

/**
 * @summary A cart button with a count badge, and a slide-out drawer that shows and edits the cart.
 * @tag sd-mini-cart
 *
 * @slot empty - Shown when the cart is empty (default: "Your cart is empty" and "Start shopping").
 * @slot checkout-label - The checkout button's text (default: "Checkout").
 *
 * @event sd-cart-open - The shopper opened the drawer (the cart button, or `show-on-add` after their add). Not fired when a host sets `open` or calls `show()`.
 * @event sd-request-close - The shopper asked to close the drawer; cancelable. Detail: `{source}`: `escape`, `backdrop` or `close-button`.
 * @event sd-cart-close - The shopper closed the drawer. Not fired when a host sets `open` or calls `hide()`.
 * @event sd-checkout - The shopper chose Checkout; cancel it to route the shopper yourself. Detail: `{url, cart}`.
 *
 * @csspart toggle - The cart button.
 * @csspart badge - The item count on the cart button.
 * @csspart drawer - The drawer (a modal dialog).
 * @csspart header - The drawer's top bar.
 * @csspart title - The drawer's heading.
 * @csspart close - The close button.
 * @csspart body - The scrolling list of lines.
 * @csspart line - One cart line.
 * @csspart line-image - A line's product image.
 * @csspart line-name - A line's product name.
 * @csspart line-price - A line's unit price ("each").
 * @csspart quantity - A line's quantity selector.
 * @csspart quantity-readonly - A line's quantity when it is not a whole number (1.5 kg): shown, not editable.
 * @csspart remove - A line's remove button.
 * @csspart low-stock - "Only N left" under a line.
 * @csspart line-error - Why a change to a line was refused.
 * @csspart line-total - A line's total.
 * @csspart bundle - The lines that came from one bundle.
 * @csspart bundle-title - The bundle's name above its lines (a placeholder while the names load).
 * @csspart bundle-note - "Bundle price ৳X applied at checkout" (with `bundlePriceAtCheckout`, for whole bundles only).
 * @csspart empty - The empty state.
 * @csspart loading - The loading state ("Still loading your cart…" after a few seconds).
 * @csspart error - The load error, with a retry button; or why the cart looks empty when the shop forgot it.
 * @csspart footer - Subtotal and actions.
 * @csspart subtotal - The subtotal row.
 * @csspart checkout - The checkout button.
 * @csspart view-cart - The "View full cart" link.
 *
 * @cssprop --sd-mini-cart-width - Drawer width on wide screens (25rem; full width below 30rem).
 * @cssprop --sd-z-index - Stacking of the drawer (1055).
 * @cssprop --sd-mini-cart-badge-bg - Badge background (#c81e1e).
 * @cssprop --sd-mini-cart-badge-color - Badge text (#fff).
 * @cssprop --sd-mini-cart-backdrop - The dimmed page behind the drawer.
 * @cssprop --sd-mini-cart-toggle-bg - Cart button background (transparent).
 * @cssprop --sd-mini-cart-toggle-color - Cart button icon colour (currentColor).
 * @cssprop --sd-color-primary - Buttons and accents (#0b6e4f).
 * @cssprop --sd-color-text - Text (#1f2933).
 * @cssprop --sd-color-muted - Secondary text (#52606d).
 * @cssprop --sd-color-border - Dividers (#dde1e5).
 * @cssprop --sd-color-surface - Drawer background (#fff).
 * @cssprop --sd-color-danger - Remove buttons and errors (#b42318).
 * @cssprop --sd-color-warning - Low-stock notes (#8a4b00).
 * @cssprop --sd-radius - Corner radius (0.5rem).
 * @cssprop --sd-font-family - Font (inherited).
 *
 * Theme CSS: the host reflects `open`. Lines whose quantity is not a whole number (Odoo quantities are floats: 1.5 kg) show
 * their quantity read-only, with the unit, and keep their remove button: − and + would step
 * to quantities the shopper did not choose.
 *
 * Closing the drawer returns focus to where it was when the drawer opened: the cart
 * button, or the quick add whose add opened it (`show-on-add`).
 *
 * Accessibility: the cart button's name gives the count. The drawer is a modal `<dialog>` named by
 * its heading: focus moves into it and stays there, Escape, the backdrop and the close button close
 * it, and the page behind it does not scroll. A change made in the drawer (a quantity, a removal, a
 * refusal) is announced politely; the loading state is a status, a load error an alert. Remove
 * buttons and − / + are named after the line's product.
 */
export class SdMiniCart extends SdElement {
  static override styles = [base, buttonStyles, clampStyles, skeletonStyles, styles, bundleStyles];

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('[part="toggle"]') private toggleButton!: HTMLButtonElement;

  @state() private announcement = '';
  @state() private lineMessages = new Map<number, string>();
  /**
   * Whether the drawer has been opened yet. Until then its contents are not drawn: a
   * closed drawer shows nothing, and a listing's first render (and every add made
   * before the shopper looks) need not build the lines and their quantity selectors.
   */
  private drawn = false;

  /** Opens the drawer when the shop confirms an add made on this page (a quick add, a bundle). */
  @property({ type: Boolean, attribute: 'show-on-add' }) showOnAdd = false;
  /** Whether the drawer is open (reflected). */
  @property({ type: Boolean, reflect: true }) open = false;

  private readonly scrollLock = new ScrollLock(this);
  private readonly focusReturn = new FocusReturn(this);
  private readonly cart = new Watch(this, shop.cart.$cart);
  private readonly status = new Watch(this, shop.cart.$status);
  // Bundle names are asked for as soon as the cart holds a bundle's lines (see ./mini-cart-bundles.ts).
  private readonly bundles = new Watch<BundlesState>(this, () => bundlesFor(this.cart.value.items));
  private unsubscribe: (() => void)[] = [];
  /** The next opening or closing is the shopper's doing: it fires its event. */
  private byShopper = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe.push(
      shop.cart.$notice.listen((notice) => notice && this.handleNotice(notice)),
      // The store, not the document's `cart:add` (which stays for theme code).
      shop.cart.onAdd(() => this.handleAdded()),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.unsubscribe.splice(0)) off();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.open) this.drawn = true;
    // Reasons shown on lines belong to one opening of the drawer.
    if (changed.has('open') && !this.open && this.lineMessages.size > 0) this.lineMessages = new Map();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) {
      // Before showModal() moves focus into the drawer.
      this.focusReturn.capture();
      this.dialog.showModal();
      this.scrollLock.lock();
      if (this.byShopper) this.emit('sd-cart-open', {});
      this.byShopper = false;
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
      // The dialog's close event comes a task later; the page is ours again now.
      this.closed();
    }
  }

  private handleAdded(): void {
    if (this.showOnAdd && !this.open) this.setOpen(true);
  }

  /** Opens or closes as the shopper asked: the change fires its event. */
  private setOpen(open: boolean): void {
    this.byShopper = true;
    this.open = open;
  }

  /** Escape, the backdrop or the close button: a host may keep the drawer open. */
  private requestClose(source: 'escape' | 'backdrop' | 'close-button'): void {
    if (!this.emit('sd-request-close', { source }, { cancelable: true })) return;
    this.setOpen(false);
  }

  /** The dialog closed (our hide(), Escape, or the browser): tidy up and return focus. */
  private handleClose(): void {
    this.open = false;
    this.closed();
  }

  /** Once per closing, whichever way it came: scroll back, focus back, and say so if the shopper closed it. */
  private closed(): void {
    if (!this.scrollLock.held) return;
    this.scrollLock.unlock();
    this.focusReturn.restore(this.toggleButton);
    if (this.byShopper) this.emit('sd-cart-close', {});
    this.byShopper = false;
  }

  private handleCancel(event: Event): void {
    // Escape: close through our own path so state and focus stay in step.
    event.preventDefault();
    this.requestClose('escape');
  }

  private handleDialogClick(event: MouseEvent): void {
    // The panel fills the dialog, so a click on the dialog itself is on the backdrop.
    if (event.target === this.dialog) this.requestClose('backdrop');
  }

  private nameOf(productId: number | undefined): string {
    const name = this.cart.value.items.find((item) => item.product_id === productId)?.name ?? shop.cart.$confirmed.get()?.items.find((item) => item.product_id === productId)?.name;
    return clampText(name);
  }

  private handleNotice(notice: CartNotice): void {
    const name = 'productId' in notice ? this.nameOf(notice.productId) : '';
    const { text, onLine } = noticeWords(notice, name, this.i18n);
    const messages = new Map(this.lineMessages);
    if ('productId' in notice && notice.productId !== undefined) {
      if (onLine) messages.set(notice.productId, text);
      else messages.delete(notice.productId);
    }
    this.lineMessages = messages;
    // Only while the drawer is open: outside it, the buttons that acted announce.
    if (this.open) this.announcement = text;
  }

  private removeLine(item: CartLineView): void {
    void shop.cart.remove(item.product_id);
    // The button goes with its line: keep focus in the drawer.
    this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
  }

  private handleCheckout(event: MouseEvent): void {
    const url = this.config.checkoutUrl;
    if (!this.emit('sd-checkout', { url, cart: this.cart.value }, { cancelable: true })) event.preventDefault();
  }

  /** The open drawer, and the update that closes it, are in sight even when the cart button has scrolled away. */
  protected override get outOfSight(): boolean {
    return !this.open && !this.dialog?.open && super.outOfSight;
  }

  /** Opens the drawer. */
  show(): void {
    this.open = true;
  }
  /** Closes the drawer; focus returns to where it was when the drawer opened. */
  hide(): void {
    this.open = false;
  }
  /** Opens the drawer if it is closed, closes it if it is open. */
  toggle(): void {
    this.open = !this.open;
  }

  private renderBody(): TemplateResult {
    const cart = this.cart.value;
    const state = renderCartState(cart, this.status.value, this.i18n, this.config.shopUrl, () => this.setOpen(false));
    if (state) return state;
    return renderLines(cart, {
      i18n: this.i18n,
      currency: cart.currency || this.config.currency,
      messages: this.lineMessages,
      bundle: (id, items) => bundleGroup(id, items, this.bundles.value, this.i18n, cart.currency || this.config.currency, this.config.bundlePriceAtCheckout),
      onQuantity: (item, value) => void shop.cart.setQuantity(item.product_id, value),
      onRemove: (item) => this.removeLine(item),
    });
  }

  /** The drawer's contents: drawn from its first opening on. */
  private renderDrawer(): TemplateResult {
    const { msg, money, number } = this.i18n;
    const cart = this.cart.value;
    const count = cart.item_count;
    return html`
      <div part="header">
        <h2 part="title" id="title" tabindex="-1">
          ${msg.yourCart}
          ${this.status.value.state === 'ready' || count > 0 ? html`<span class="count">(${msg.items(number(count), count)})</span>` : nothing}
        </h2>
        <button part="close" class="icon-button" type="button" aria-label=${msg.closeCart} @click=${() => this.requestClose('close-button')}>${icons.close}</button>
      </div>
      <div part="body">${this.renderBody()}</div>
      ${cart.items.length > 0
        ? html`<div part="footer">
            <p part="subtotal"><span>${msg.subtotal}</span><strong>${money(cart.subtotal, cart.currency || this.config.currency)}</strong></p>
            <p class="note">${msg.shippingNote}</p>
            <a part="checkout" class="button primary" href=${this.config.checkoutUrl} @click=${this.handleCheckout}><slot name="checkout-label">${msg.checkout}</slot></a>
            <a part="view-cart" class="button secondary" href=${this.config.cartUrl}>${msg.viewCart}</a>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  protected override render() {
    const { msg, number } = this.i18n;
    const cart = this.cart.value;
    const count = cart.item_count;
    const shown = count > 99 ? '99+' : number(count);
    return html`
      <button
        part="toggle"
        class="icon-button"
        type="button"
        aria-label=${msg.cartWithCount(number(count), count)}
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${() => this.setOpen(!this.open)}
      >
        ${icons.cart} ${count > 0 ? html`<span part="badge" aria-hidden="true">${shown}</span>` : nothing}
      </button>
      <dialog part="drawer" aria-labelledby="title" @close=${this.handleClose} @cancel=${this.handleCancel} @click=${this.handleDialogClick}>
        ${this.drawn ? this.renderDrawer() : nothing}
      </dialog>
    `;
  }
}
