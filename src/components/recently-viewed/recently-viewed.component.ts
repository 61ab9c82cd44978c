import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isWhole, parseWholeNumber, wholeNumber } from '../../internal/attributes.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { log } from '../../internal/log.js';
import { MediaQuery, REDUCED_MOTION } from '../../internal/media.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { clampStyles } from '../../internal/text.js';
import { Watch } from '../../internal/watch.js';
import { $pageViews, RECENTLY_VIEWED_MAX, productsOnThisPage, recentlyViewed, type ViewedProduct } from '../../store/index.js';
import { styles } from './recently-viewed.styles.js';

const chevron = (direction: 'left' | 'right') =>
  html`<svg viewBox="0 0 20 20" aria-hidden="true"><path d=${direction === 'left' ? 'M12.5 4.5 7 10l5.5 5.5' : 'M7.5 4.5 13 10l-5.5 5.5'} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" /></svg>`;

/**
 * @summary The products this shopper viewed before, newest first, in a horizontal row.
 * @tag sd-recently-viewed
 *
 * @csspart base - The wrapper.
 * @csspart scroller - The scrolling row (scroll-snap).
 * @csspart list - The list of products (named "Recently viewed").
 * @csspart item - One product.
 * @csspart link - The link to the product (image and name).
 * @csspart image - The product's image (or an empty tile when it has none).
 * @csspart name - The product's name (two lines at most).
 * @csspart price - The price, formatted by the library.
 * @csspart quick-add - The quick add of each product (with `with-quick-add`).
 * @csspart controls - The row under the products: previous, next and "Clear history".
 * @csspart previous - Scrolls back (disabled at the start; hidden when everything fits).
 * @csspart next - Scrolls on (disabled at the end; hidden when everything fits).
 * @csspart clear - "Clear history".
 *
 * @cssprop --sd-recently-viewed-item-width - The width of a product (9.5rem; at most 80% of the row, so the next one peeks in).
 * @cssprop --sd-color-border - Previous/next button borders (#c7ccd1).
 * @cssprop --sd-radius - Image corners (0.5rem).
 *
 * Each product shows once, newest first, at most `limit` (20 at most, the history's size). The product of
 * the current page (its `<sd-track-view>` or `trackProductView()`) and the ids in `exclude` are left out.
 *
 * When there is nothing to show, the element sets `hidden` on itself, so a heading of the host's can
 * hide with it: `section:has(> sd-recently-viewed[hidden]) { display: none }`. The history lives in
 * this browser only (see `recentlyViewed` in the store): other tabs' views appear at once.
 *
 * Keyboard: Tab reaches each product (the row scrolls to it); in the row, ←/→ move between products,
 * Home/End go to the first and last. Previous/next scroll by a row's width, instantly when the shopper
 * prefers reduced motion.
 */
export class SdRecentlyViewed extends SdElement {
  static override styles = [base, buttonStyles, clampStyles, styles];

  @query('[part="scroller"]') private scroller?: HTMLElement;

  @state() private atStart = true;
  @state() private atEnd = true;

  /** How many products to show at most: 1–20 (default 20). */
  @property({ converter: wholeNumber }) limit = RECENTLY_VIEWED_MAX;
  /** Adds a quick add button to each product. */
  @property({ type: Boolean, attribute: 'with-quick-add' }) withQuickAdd = false;
  /** Product ids to leave out, e.g. "7" or "7, 12" (the current page's product is left out anyway). */
  @property() exclude?: string;

  private readonly history = new Watch(this, recentlyViewed.$viewed);
  private readonly pageViews = new Watch(this, $pageViews);
  private readonly reducedMotion = new MediaQuery(this, REDUCED_MOTION);
  private resizes?: ResizeObserver;
  private observed?: Element;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes?.disconnect();
    this.observed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit') && !(isWhole(this.limit, 1) && this.limit <= RECENTLY_VIEWED_MAX)) {
      log.warn(`<sd-recently-viewed> limit must be a whole number from 1 to ${RECENTLY_VIEWED_MAX}; got ${JSON.stringify(this.getAttribute('limit') ?? this.limit)}. Showing up to ${RECENTLY_VIEWED_MAX}.`, this);
    }
    // Nothing to show: the host hides, and a heading of the host's with it.
    this.hidden = this.items.length === 0;
  }

  protected override updated(): void {
    // Previous/next follow the row's size and content (ResizeObserver) and its scrolling (handleScroll).
    const list = this.scroller?.firstElementChild ?? undefined;
    if (list === this.observed) return;
    this.resizes ??= new ResizeObserver(() => this.handleScroll());
    this.resizes.disconnect();
    this.observed = list;
    if (list && this.scroller) {
      this.resizes.observe(this.scroller);
      this.resizes.observe(list);
    }
  }

  /** What the row shows: the history without the current page's products and `exclude`, at most `limit`. */
  get items(): ViewedProduct[] {
    void this.pageViews.value;
    const left = new Set([...productsOnThisPage(), ...(this.exclude ?? '').split(/[\s,]+/).map((id) => parseWholeNumber(id))]);
    const limit = isWhole(this.limit, 1) ? Math.min(this.limit, RECENTLY_VIEWED_MAX) : RECENTLY_VIEWED_MAX;
    return (this.history.value ?? []).filter((item) => !left.has(item.productId)).slice(0, limit);
  }

  private handleScroll(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.atStart = scroller.scrollLeft <= 1;
    this.atEnd = scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 1;
  }

  /** ←/→ between products, Home/End to the ends. */
  private handleKeydown(event: KeyboardEvent): void {
    const links = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="link"]')];
    const at = links.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: links.length - 1 }[event.key];
    if (to === undefined || !links[to]) return;
    event.preventDefault();
    links[to].focus();
  }

  /** Scrolls the row by about its width: -1 back, 1 on. */
  scrollRow(direction: -1 | 1): void {
    const scroller = this.scroller;
    if (!scroller || (direction < 0 ? this.atStart : this.atEnd)) return;
    scroller.scrollBy({ left: direction * scroller.clientWidth * 0.9, behavior: this.reducedMotion.matches ? 'instant' : 'smooth' });
  }

  private handleClear(): void {
    recentlyViewed.clear();
  }

  private renderItem(item: ViewedProduct) {
    const { money } = this.i18n;
    const content = html`${item.imageUrl
        ? html`<img part="image" src=${item.imageUrl} alt="" width="128" height="128" loading="lazy" decoding="async" />`
        : html`<span part="image" class="no-image"></span>`}<span part="name" class="clamp" title=${item.name}>${item.name}</span>`;
    return html`<li part="item">
      ${item.url ? html`<a part="link" href=${item.url}>${content}</a>` : html`<span part="link">${content}</span>`}
      ${item.price !== undefined ? html`<span part="price">${money(item.price, this.config.currency)}</span>` : nothing}
      ${this.withQuickAdd
        ? html`<sd-quick-add
            part="quick-add"
            product-id=${item.productId}
            product-name=${item.name}
            price=${item.price ?? nothing}
            image-url=${item.imageUrl ?? nothing}
            product-url=${item.url ?? nothing}
          ></sd-quick-add>`
        : nothing}
    </li>`;
  }

  protected override render() {
    const items = this.items;
    if (items.length === 0) return nothing;
    const { msg } = this.i18n;
    const fits = this.atStart && this.atEnd;
    // tabindex="-1": Firefox makes a scrolling box a Tab stop of its own even when it
    // holds links (an unnamed stop before the first product); the links, ←/→ and
    // previous/next already scroll it. Chromium never stops there.
    return html`
      <div part="base">
        <div part="scroller" tabindex="-1" @scroll=${this.handleScroll}>
          <ul part="list" role="list" aria-label=${msg.recentlyViewed} @keydown=${this.handleKeydown}>
            ${items.map((item) => this.renderItem(item))}
          </ul>
        </div>
        <div part="controls">
          <button part="previous" class="icon-button" type="button" aria-label=${msg.scrollBack} aria-disabled=${this.atStart} ?hidden=${fits} @click=${() => this.scrollRow(-1)}>
            ${chevron('left')}
          </button>
          <button part="next" class="icon-button" type="button" aria-label=${msg.scrollForward} aria-disabled=${this.atEnd} ?hidden=${fits} @click=${() => this.scrollRow(1)}>
            ${chevron('right')}
          </button>
          <button part="clear" class="button secondary" type="button" @click=${this.handleClear}>${msg.clearHistory}</button>
        </div>
      </div>
    `;
  }
}
