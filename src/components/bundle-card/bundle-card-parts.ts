/**
 * The bundle card's pieces, as render functions with no state of their own (the
 * card's behaviour is in bundle-card.component.ts): its picture, its products, its
 * prices, and what it shows before (or instead of) its bundle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BundleInfo, BundleProduct } from '../../client/types.js';
import type { Localized } from '../../i18n/index.js';
import { clampText, TEXT_MAX } from '../../internal/text.js';
import { shop } from '../../store/index.js';
import { disagreement } from './bundle-figures.js';

/** The bundle's image, or up to four of its products' images; the shop's highlight over it. */
export function renderMedia(bundle: BundleInfo): TemplateResult {
  const pictures = bundle.products.slice(0, 4);
  return html`<div part="media">
    ${bundle.image_url
      ? html`<img part="image" src=${bundle.image_url} alt="" loading="lazy" decoding="async" />`
      : html`<div part="composition" class="n${pictures.length}">
          ${pictures.map((product) => html`<img src=${product.image_url} alt="" loading="lazy" decoding="async" />`)}
        </div>`}
    ${bundle.highlight_text ? html`<span part="highlight" title=${clampText(bundle.highlight_text, TEXT_MAX)}>${clampText(bundle.highlight_text)}</span>` : nothing}
  </div>`;
}

/** Each product with its quantity and thumbnail; "Out of stock" beside those the shop is short of. */
export function renderProducts(bundle: BundleInfo, short: ReadonlySet<BundleProduct>, { msg, number }: Localized): TemplateResult {
  return html`<ul part="products" role="list" aria-label=${msg.bundleContents}>
    ${bundle.products.map(
      (product) => html`<li part="product">
        <img part="product-image" src=${product.image_url} alt="" width="40" height="40" loading="lazy" decoding="async" />
        <span class="product-text">
          <span class="clamp">${number(product.quantity)} × ${clampText(product.name)}</span>
          ${short.has(product) ? html`<span part="product-short">${msg.outOfStock}</span>` : nothing}
        </span>
      </li>`,
    )}
  </ul>`;
}

/**
 * The final price; with it, when the figures agree and there is a saving, the
 * original price struck through (read "Was ৳590, now ৳450") and "Save ৳140 (23.7%)".
 */
export function renderPrices(bundle: BundleInfo, { msg, money, number }: Localized, currency: string): TemplateResult {
  const saving = disagreement(bundle) === undefined && bundle.savings > 0;
  return html`<p part="prices">
      ${saving
        ? html`<s part="original-price"><span class="visually-hidden">${msg.priceWas} </span>${money(bundle.original_price, currency)}</s
            ><span class="visually-hidden">, ${msg.priceNow} </span>`
        : nothing}<strong part="final-price">${money(bundle.final_price, currency)}</strong>
    </p>
    ${saving ? html`<p part="saving">${msg.bundleSave(money(bundle.savings, currency), number(bundle.savings_percent))}</p>` : nothing}`;
}

/**
 * While the bundles load: a placeholder of the card's shape and size (picture, details of
 * their least height, button), said to screen readers.
 */
export const renderLoading = ({ msg }: Localized): TemplateResult => html`<div part="base" aria-busy="true">
  <span class="visually-hidden" role="status">${msg.loadingBundles}</span>
  <div class="skeleton media" aria-hidden="true"></div>
  <div class="body" aria-hidden="true">
    <div class="skeleton line"></div>
    <div class="skeleton line short"></div>
    <div class="skeleton action"></div>
  </div>
</div>`;

/** The bundles could not be loaded: said plainly, with a retry. */
export const renderFailed = ({ msg }: Localized): TemplateResult => html`<div part="base" class="absent">
  <p part="status" role="alert">${msg.bundlesFailed}</p>
  <button part="retry" class="button secondary" type="button" @click=${() => void shop.bundles.load()}>${msg.retry}</button>
</div>`;
