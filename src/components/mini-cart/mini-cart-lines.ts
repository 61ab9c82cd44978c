/**
 * The mini cart's lines (loose lines, then each bundle's under its name) and the
 * words for what happened to the cart. Render functions with no state of their own,
 * kept apart from the drawer's behaviour in mini-cart.component.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Localized } from '../../i18n/index.js';
import { icons } from '../../internal/icons.js';
import { clampText, TEXT_MAX } from '../../internal/text.js';
import { lineTotal, type CartLineView, type CartNotice, type CartView } from '../../store/index.js';
import type { SdQuantitySelector } from '../quantity-selector/quantity-selector.component.js';
import type { BundleGroup } from './mini-cart-bundles.js';

/** "Only N left" under a line from this many. */
const LOW_STOCK = 5;
/** Products that are not stocked report this many. */
const NOT_STOCKED = 999;
/** Names longer than this may be cut to two lines: they get a tooltip. */
const TOOLTIP_FROM = 40;

export interface LinesContext {
  i18n: Localized;
  currency: string;
  /** Why a change to a line was refused, by product. */
  messages: ReadonlyMap<number, string>;
  /** The heading (and note) of a bundle's group of lines; see ./mini-cart-bundles.ts. */
  bundle(bundleId: number, items: CartLineView[]): BundleGroup;
  onQuantity(item: CartLineView, value: number): void;
  onRemove(item: CartLineView): void;
}

export function renderLine(item: CartLineView, ctx: LinesContext): TemplateResult {
  const { msg, money, number } = ctx.i18n;
  const stocked = item.stock_available < NOT_STOCKED;
  const low = stocked && item.stock_available > 0 && item.stock_available <= LOW_STOCK;
  const error = ctx.messages.get(item.product_id);
  const name = clampText(item.name);
  const shown = clampText(item.name, TEXT_MAX);
  return html`
    <li part="line" aria-busy=${item.pending ? 'true' : 'false'}>
      <img part="line-image" src=${item.image_url} alt="" width="64" height="64" loading="lazy" decoding="async" />
      <div class="info">
        <p part="line-name" class="clamp" title=${shown.length > TOOLTIP_FROM ? shown : nothing}>${shown}</p>
        <p part="line-price">${msg.each(money(item.price, ctx.currency))}</p>
      </div>
      <div part="line-total">
        ${item.pending ? html`<span class="spinner" role="img" aria-label=${msg.updating}></span>` : nothing}
        <span><span class="visually-hidden">${msg.lineTotal}: </span>${money(lineTotal(item), ctx.currency)}</span>
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
              @change=${(event: Event) => ctx.onQuantity(item, (event.target as SdQuantitySelector).value)}
            ></sd-quantity-selector>`
          : html`<p part="quantity-readonly"><span class="visually-hidden">${msg.quantityOf(name)}: </span>${number(item.quantity)}${item.uom ? ` ${item.uom}` : ''}</p>`}
        <button part="remove" class="icon-button" type="button" aria-label=${msg.remove(name)} @click=${() => ctx.onRemove(item)}>${icons.trash}</button>
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

export function renderLines(cart: CartView, ctx: LinesContext): TemplateResult {
  const loose = cart.items.filter((item) => item.bundle_id === null);
  const groups = new Map<number, CartLineView[]>();
  for (const item of cart.items) {
    if (item.bundle_id !== null) groups.set(item.bundle_id, [...(groups.get(item.bundle_id) ?? []), item]);
  }
  return html`
    <ul role="list">
      ${repeat(loose, (item) => item.product_id, (item) => renderLine(item, ctx))}
      ${repeat(
        [...groups],
        ([id]) => `bundle-${id}`,
        ([id, items]) => {
          const { title, note } = ctx.bundle(id, items);
          return html`
            <li part="bundle" aria-busy=${title === undefined ? 'true' : 'false'}>
              <p part="bundle-title" id="bundle-${id}">
                ${title ?? html`<span class="visually-hidden">${ctx.i18n.msg.bundleGroup}</span><span class="skeleton title" aria-hidden="true"></span>`}
              </p>
              ${note ? html`<p part="bundle-note">${note}</p>` : nothing}
              <ul role="list" aria-labelledby="bundle-${id}">
                ${repeat(items, (item) => item.product_id, (item) => renderLine(item, ctx))}
              </ul>
            </li>
          `;
        },
      )}
    </ul>
  `;
}

/** What to announce for something that happened to the cart; `onLine`: also show it on the product's line. */
export function noticeWords(notice: CartNotice, name: string, { msg, number, reason }: Localized): { text: string; onLine: boolean } {
  switch (notice.type) {
    case 'added':
      return { text: name ? msg.addedNamed(name, number(notice.quantity ?? 1)) : msg.added, onLine: false };
    case 'updated':
      return { text: msg.updated(name, number(notice.quantity ?? 0)), onLine: false };
    case 'removed':
      return { text: msg.removed(name), onLine: false };
    case 'cleared':
      return { text: msg.cleared, onLine: false };
    case 'unexpected':
      return { text: name ? `${name}: ${msg.cartNowHas(number(notice.quantity))}` : msg.cartNowHas(number(notice.quantity)), onLine: true };
    case 'forgotten':
      return { text: msg.cartForgotten, onLine: false };
    case 'limited':
    case 'failed':
      return { text: reason(notice.error), onLine: true };
  }
}
