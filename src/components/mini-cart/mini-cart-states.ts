/**
 * What the mini cart's drawer shows instead of lines: the cart could not be
 * loaded, is still loading, is empty, or was forgotten by the shop.
 */
import { html, type TemplateResult } from 'lit';
import type { Localized } from '../../i18n/index.js';
import { icons } from '../../internal/icons.js';
import { shop, type CartStatus, type CartView } from '../../store/index.js';

/** The drawer's body when there are no lines to show; `undefined` when there are. */
export function renderCartState(cart: CartView, status: CartStatus, { msg, reason }: Localized, shopUrl: string, onShop: () => void): TemplateResult | undefined {
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
        <a class="button primary" href=${shopUrl} @click=${onShop}>${msg.startShopping}</a>
      </slot>
    </div>`;
  }
  return undefined;
}
