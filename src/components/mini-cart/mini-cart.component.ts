import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { lineTotal, type CartLineView, type CartView } from '../../store/cart-math.js';
import type { CartNotice } from '../../store/cart.js';
import type { BundlesState } from '../../store/bundles.js';
import { shop } from '../../store/index.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { FocusReturn } from '../../internal/focus-return.js';
import { icons } from '../../internal/icons.js';
import { ScrollLock } from '../../internal/scroll-lock.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { clampStyles, clampText, TEXT_MAX } from '../../internal/text.js';
import { Watch } from '../../internal/watch.js';
import type { SdQuantitySelector } from '../quantity-selector/quantity-selector.component.js';
import { styles } from './mini-cart.styles.js';

const LOW_STOCK = 5;
/** Products that are not stocked report this many. */
const NOT_STOCKED = 999;
/** Names longer than this may be cut to two lines: they get a tooltip. */
const TOOLTIP_FROM = 40;

/** `sd-checkout`: the shopper chose Checkout. */
export interface CheckoutDetail {
  url: string;
  cart: CartView;
}

/**
 * @summary A cart button with a count badge, and a slide-out drawer that shows and edits the cart.
 * @tag sd-mini-cart
 *
 * @slot empty - Shown when the cart is empty (default: "Your cart is empty" and "Start shopping").
 * @slot checkout-label - The checkout button's text (default: "Checkout").
 *
 * @event sd-cart-open - The drawer opened.
 * @event sd-cart-close - The drawer closed.
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
 * @csspart bundle-title - The bundle's name above its lines.
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
 * Theme CSS: the host reflects `open`.
 *
 * Lines whose quantity is not a whole number (Odoo quantities are floats: 1.5 kg) show
 * their quantity read-only, with the unit, and keep their remove button: − and + would
 * step to quantities the shopper did not choose.
 *
 * Closing the drawer returns focus to where it was when the drawer opened: the cart
 * button, or the quick add whose add opened it (`show-on-add`).
 */
export class SdMiniCart extends SdElement {
  static override styles = [base, buttonStyles, clampStyles, styles];

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('[part="toggle"]') private toggleButton!: HTMLButtonElement;

  @state() private announcement = '';
  @state() private lineMessages = new Map<number, string>();

  /** Opens the drawer when the shop confirms an add made on this page (a quick add, a bundle). */
  @property({ type: Boolean, attribute: 'show-on-add' }) showOnAdd = false;
  /** Whether the drawer is open (reflected). */
  @property({ type: Boolean, reflect: true }) open = false;

  private readonly scrollLock = new ScrollLock(this);
  private readonly focusReturn = new FocusReturn(this);
  private readonly cart = new Watch(this, shop.cart.$cart);
  private readonly status = new Watch(this, shop.cart.$status);
  private readonly bundles = new Watch<BundlesState>(this, () =>
    this.cart.value.items.some((item) => item.bundle_id !== null) ? shop.bundles.$bundles : undefined,
  );
  private unsubscribe: (() => void)[] = [];

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
      this.emit('sd-cart-open', {});
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
      // The dialog's close event comes a task later; the page is ours again now.
      this.closed();
    }
  }

  private handleAdded(): void {
    if (this.showOnAdd) this.show();
  }

  /** The dialog closed (our hide(), Escape, or the browser): tidy up and return focus. */
  private handleClose(): void {
    this.open = false;
    this.closed();
  }

  /** Once per closing, whichever way it came: scroll back, focus back, say so. */
  private closed(): void {
    if (!this.scrollLock.held) return;
    this.scrollLock.unlock();
    this.focusReturn.restore(this.toggleButton);
    this.emit('sd-cart-close', {});
  }

  private handleCancel(event: Event): void {
    // Escape: close through our own path so state and focus stay in step.
    event.preventDefault();
    this.hide();
  }

  private handleDialogClick(event: MouseEvent): void {
    // The panel fills the dialog, so a click on the dialog itself is on the backdrop.
    if (event.target === this.dialog) this.hide();
  }

  private nameOf(productId: number | undefined): string {
    const name = this.cart.value.items.find((item) => item.product_id === productId)?.name ?? shop.cart.$confirmed.get()?.items.find((item) => item.product_id === productId)?.name;
    return clampText(name);
  }

  private handleNotice(notice: CartNotice): void {
    const { msg, number, reason } = this.i18n;
    const name = 'productId' in notice ? this.nameOf(notice.productId) : '';
    let text = '';
    const messages = new Map(this.lineMessages);
    if ('productId' in notice && notice.productId !== undefined) messages.delete(notice.productId);
    switch (notice.type) {
      case 'added':
        text = name ? msg.addedNamed(name, number(notice.quantity ?? 1)) : msg.added;
        break;
      case 'updated':
        text = msg.updated(name, number(notice.quantity ?? 0));
        break;
      case 'removed':
        text = msg.removed(name);
        break;
      case 'cleared':
        text = msg.cleared;
        break;
      case 'unexpected':
        text = name ? `${name}: ${msg.cartNowHas(number(notice.quantity))}` : msg.cartNowHas(number(notice.quantity));
        break;
      case 'forgotten':
        text = msg.cartForgotten;
        break;
      case 'limited':
      case 'failed':
        text = reason(notice.error);
        if (notice.productId !== undefined) messages.set(notice.productId, text);
        break;
    }
    this.lineMessages = messages;
    // Only while the drawer is open: outside it, the buttons that acted announce.
    if (this.open) this.announcement = text;
  }

  private setQuantity(item: CartLineView, event: Event): void {
    const value = (event.target as SdQuantitySelector).value;
    void shop.cart.setQuantity(item.product_id, value);
  }

  private removeLine(item: CartLineView): void {
    void shop.cart.remove(item.product_id);
    // The button goes with its line: keep focus in the drawer.
    this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
  }

  private handleCheckout(event: MouseEvent): void {
    const url = this.config.checkoutUrl;
    if (!this.emit<CheckoutDetail>('sd-checkout', { url, cart: this.cart.value }, { cancelable: true })) event.preventDefault();
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

  private renderLine(item: CartLineView): TemplateResult {
    const { msg, money, number } = this.i18n;
    const currency = this.cart.value.currency || this.config.currency;
    const stocked = item.stock_available < NOT_STOCKED;
    const low = stocked && item.stock_available > 0 && item.stock_available <= LOW_STOCK;
    const error = this.lineMessages.get(item.product_id);
    const name = clampText(item.name);
    const shown = clampText(item.name, TEXT_MAX);
    return html`
      <li part="line" aria-busy=${item.pending ? 'true' : 'false'}>
        <img part="line-image" src=${item.image_url} alt="" width="64" height="64" loading="lazy" decoding="async" />
        <div class="info">
          <p part="line-name" class="clamp" title=${shown.length > TOOLTIP_FROM ? shown : nothing}>${shown}</p>
          <p part="line-price">${msg.each(money(item.price, currency))}</p>
        </div>
        <div part="line-total">
          ${item.pending ? html`<span class="spinner" role="img" aria-label=${msg.updating}></span>` : nothing}
          <span><span class="visually-hidden">${msg.lineTotal}: </span>${money(lineTotal(item), currency)}</span>
        </div>
        <div class="controls">
          ${Number.isInteger(item.quantity)
            ? html`<sd-quantity-selector
                part="quantity"
                size="small"
                min="1"
                .value=${item.quantity}
                .max=${stocked ? Math.max(item.stock_available, item.quantity) : undefined}
                product-name=${name}
                @change=${(event: Event) => this.setQuantity(item, event)}
              ></sd-quantity-selector>`
            : html`<p part="quantity-readonly"><span class="visually-hidden">${msg.quantityOf(name)}: </span>${number(item.quantity)}${item.uom ? ` ${item.uom}` : ''}</p>`}
          <button part="remove" class="icon-button" type="button" aria-label=${msg.remove(name)} @click=${() => this.removeLine(item)}>${icons.trash}</button>
        </div>
        ${low || error
          ? html`<div class="notes">
              ${low ? html`<p part="low-stock">${icons.warning}${msg.onlyLeft(number(item.stock_available))}</p>` : nothing}
              ${error ? html`<p part="line-error">${error}</p>` : nothing}
            </div>`
          : nothing}
      </li>
    `;
  }

  private renderLines(cart: CartView): TemplateResult {
    const loose = cart.items.filter((item) => item.bundle_id === null);
    const groups = new Map<number, CartLineView[]>();
    for (const item of cart.items) {
      if (item.bundle_id !== null) groups.set(item.bundle_id, [...(groups.get(item.bundle_id) ?? []), item]);
    }
    const bundleName = (id: number) => clampText(this.bundles.value?.bundles.find((bundle) => bundle.id === id)?.name) || `#${id}`;
    return html`
      <ul role="list">
        ${repeat(loose, (item) => item.product_id, (item) => this.renderLine(item))}
        ${repeat(
          [...groups],
          ([id]) => `bundle-${id}`,
          ([id, items]) => html`
            <li part="bundle">
              <p part="bundle-title" id="bundle-${id}">${this.i18n.msg.bundleOf(bundleName(id))}</p>
              <ul role="list" aria-labelledby="bundle-${id}">
                ${repeat(items, (item) => item.product_id, (item) => this.renderLine(item))}
              </ul>
            </li>
          `,
        )}
      </ul>
    `;
  }

  private renderBody(): TemplateResult {
    const { msg, reason } = this.i18n;
    const cart = this.cart.value;
    const status = this.status.value;
    if (status.state === 'error' && cart.items.length === 0) {
      return html`<div part="error" role="alert">
        <p>${status.error ? reason(status.error) : msg.errorUnknown}</p>
        <button class="button primary" type="button" @click=${() => void shop.cart.load()}>${msg.retry}</button>
      </div>`;
    }
    if ((status.state === 'loading' || status.state === 'idle') && cart.items.length === 0) {
      // After a few seconds without an answer, say so in words, not only with a skeleton.
      return html`<div part="loading" role="status">
        <span class=${status.slow ? '' : 'visually-hidden'}>${status.slow ? msg.stillLoading : msg.loadingCart}</span>
        <div class="skeleton" aria-hidden="true"></div>
        <div class="skeleton" aria-hidden="true"></div>
      </div>`;
    }
    if (cart.items.length === 0 && cart.item_count === 0) {
      // The shop forgot the cart it had confirmed (its cookie was not kept): an empty cart must not look normal.
      if (status.forgotten) return html`<div part="error" role="alert"><p>${msg.cartForgotten}</p></div>`;
      return html`<div part="empty">
        <slot name="empty">
          ${icons.cart}
          <p>${msg.emptyCart}</p>
          <a class="button primary" href=${this.config.shopUrl} @click=${() => this.hide()}>${msg.startShopping}</a>
        </slot>
      </div>`;
    }
    return this.renderLines(cart);
  }

  protected override render() {
    const { msg, money, number } = this.i18n;
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
        @click=${() => this.toggle()}
      >
        ${icons.cart} ${count > 0 ? html`<span part="badge" aria-hidden="true">${shown}</span>` : nothing}
      </button>
      <dialog part="drawer" aria-labelledby="title" @close=${this.handleClose} @cancel=${this.handleCancel} @click=${this.handleDialogClick}>
        <div part="header">
          <h2 part="title" id="title" tabindex="-1">
            ${msg.yourCart}
            ${this.status.value.state === 'ready' || count > 0 ? html`<span class="count">(${msg.items(number(count), count)})</span>` : nothing}
          </h2>
          <button part="close" class="icon-button" type="button" aria-label=${msg.closeCart} @click=${() => this.hide()}>${icons.close}</button>
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
      </dialog>
    `;
  }
}
