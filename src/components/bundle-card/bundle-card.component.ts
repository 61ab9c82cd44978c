import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { computed, type ReadableAtom } from 'nanostores';
import type { BundleInfo } from '../../client/types.js';
import { isWhole, wholeNumber } from '../../internal/attributes.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { icons } from '../../internal/icons.js';
import { log } from '../../internal/log.js';
import { IdController } from '../../internal/product-id.js';
import { SdElement } from '../../internal/sd-element.js';
import { base, skeletonStyles } from '../../internal/styles.js';
import { clampStyles, clampText, TEXT_MAX } from '../../internal/text.js';
import { Watch } from '../../internal/watch.js';
import { shop, type StockState } from '../../store/index.js';
import type { SdQuantitySelector } from '../quantity-selector/quantity-selector.component.js';
import { renderFailed, renderLoading, renderMedia, renderPrices, renderProducts } from './bundle-card-parts.js';
import { ViewedOnce } from './bundle-view.js';
import { disagreement, maxPerAdd, shortComponents } from './bundle-figures.js';
import { styles } from './bundle-card.styles.js';

/** What the card shows or does, reflected as the `state` attribute. */
export type BundleCardState = 'loading' | 'failed' | 'unknown' | 'unavailable' | 'idle' | 'adding' | 'added' | 'error';

type Phase = 'idle' | 'adding' | 'added' | 'error';

/** "Maximum 2 bundles per order": the seed's refusal, and the only place the API states the limit. */
const MAXIMUM = /^maximum (\d+) bundles per order/i;

/**
 * @summary A bundle (combo deal): its products, its real saving, and "Add bundle to cart".
 * @tag sd-bundle-card
 *
 * @event sd-bundle-view - Once per card, when at least half of it has been on screen with its bundle shown. Detail: `{bundleId, available}`.
 * @event sd-add-bundle - After "Add bundle to cart", with the outcome. Detail: `{bundleId, quantity, ok, error?}`.
 *
 * @csspart base - The card.
 * @csspart media - The picture area: the bundle's image, or its products' images.
 * @csspart image - The bundle's image.
 * @csspart composition - Its products' images, when the bundle has no image of its own.
 * @csspart highlight - The shop's highlight ("Best Value").
 * @csspart type - The bundle's type in words (Combo, Mix & Match, Buy One Get One).
 * @csspart name - The bundle's name (a heading, level `heading-level`).
 * @csspart products - The list of its products.
 * @csspart product - One product, with its quantity.
 * @csspart product-image - A product's thumbnail.
 * @csspart product-short - "Out of stock" beside a product the shop is short of.
 * @csspart prices - The prices.
 * @csspart original-price - The original price, struck through (read as "Was ৳590,").
 * @csspart final-price - The bundle's price.
 * @csspart saving - "Save ৳140 (23.7%)".
 * @csspart limit - "At most 3 per order", when the per-order maximum is known.
 * @csspart actions - The quantity selector and the button.
 * @csspart quantity - The quantity selector.
 * @csspart button - "Add bundle to cart" (its accessible name, in every state).
 * @csspart label - The button's text.
 * @csspart status - The line under the button: why it cannot be added, progress, outcome.
 * @csspart retry - "Try again", when the bundles could not be loaded.
 *
 * @cssprop --sd-color-primary - Button and accents.
 * @cssprop --sd-color-danger - Refusals.
 * @cssprop --sd-color-surface - Card background.
 * @cssprop --sd-color-border - Card border.
 * @cssprop --sd-radius - Corner radius.
 * @cssprop --sd-bundle-card-highlight-bg - The highlight's background (#b42318).
 * @cssprop --sd-bundle-card-saving-color - The saving's colour (#137333).
 * @cssprop --sd-bundle-card-body-height - The details' least height (23.375rem: a three-product bundle's), loading or drawn; under a picture 3rem more for the button's own line. Reserved by the head stylesheet too, so a card at the top of a page moves nothing when its bundle arrives. Set it here and on `sd-bundle-card:not(:defined)` alike.
 *
 * Data: from the page's one `/bundles` list (`shop.bundles`), shared by every bundle element.
 * Every amount is the backend's, formatted in paisa; when its figures disagree (a saving other than
 * original − final, a negative saving, a final price above the original) the card shows the final
 * price only and says why in the console.
 *
 * Availability: the API says only `is_available`. A component the shop cannot supply is named (from
 * the stock of each product: out of stock, a pre-order, or, where exact quantities are shown, fewer
 * than the bundle holds); any other reason (not started, ended, sold out) reads "not available right now".
 * The button stays focusable, `aria-disabled`, with the reason as its description.
 *
 * Per-order maximum: the API does not send it. `max-quantity` states it; without it, the card learns
 * it from the shop's first "Maximum N bundles per order" refusal (for every card of that bundle).
 *
 * Theme CSS: the host reflects `state` (see BundleCardState). A tap while an add is on its way is ignored.
 */
export class SdBundleCard extends SdElement {
  static override styles = [base, buttonStyles, clampStyles, skeletonStyles, styles];

  @state() private phase: Phase = 'idle';
  @state() private message = '';
  @state() private quantity = 1;

  /** The Odoo `product.bundle` id (plain digits). */
  @property({ attribute: 'bundle-id', converter: wholeNumber }) bundleId?: number;
  /** The bundle's per-order maximum (Odoo `max_quantity_per_order`), which the API does not send. */
  @property({ attribute: 'max-quantity', converter: wholeNumber }) maxQuantity?: number;
  /** The heading level of the bundle's name (2–6). */
  @property({ attribute: 'heading-level', converter: wholeNumber }) headingLevel = 3;
  /** What the card shows or does (reflected for theme CSS; read-only for hosts). */
  @property({ reflect: true }) state: BundleCardState = 'loading';

  private readonly bundleIdCheck = new IdController(this, 'bundle-id', 3);
  private readonly list = new Watch(this, shop.bundles.$bundles);
  private readonly limits = new Watch(this, shop.bundles.$limits);
  private readonly stock = new Watch<readonly StockState[] | undefined>(this, () => this.componentStock());

  // `sd-bundle-view`, once, when at least half the card is on screen with its bundle shown.
  private readonly view = new ViewedOnce(
    this,
    () => this.bundle !== undefined,
    () => this.emit('sd-bundle-view', { bundleId: this.bundle!.id, available: this.blocked === undefined }),
  );

  private stockKey = '';
  private stockStore?: ReadableAtom<readonly StockState[]>;
  private reported = '';
  private resetTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resetTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Here, not when connected: inside an <sd-shop> not yet defined, its API options must be in force first.
    void shop.bundles.ensure();
    if (changed.has('maxQuantity') && this.maxQuantity !== undefined && !isWhole(this.maxQuantity, 1)) {
      log.warn(`<sd-bundle-card> max-quantity must be a whole number ≥ 1 in plain digits; got ${JSON.stringify(this.getAttribute('max-quantity'))}. It is ignored.`, this);
    }
    const bundle = this.bundle;
    const { state } = this.list.value;
    // A refusal the card learns the reason of (the list or the stock says it now): the reason replaces it.
    if (bundle && this.phase === 'error' && this.blocked) {
      this.phase = 'idle';
      this.message = '';
    }
    if (!bundle) this.state = this.bundleIdCheck.id === undefined || state === 'ready' ? 'unknown' : state === 'error' ? 'failed' : 'loading';
    else this.state = this.phase === 'idle' && this.blocked ? 'unavailable' : this.phase;
    this.report(bundle);
  }

  /** The bundle this card shows, from the page's list. */
  private get bundle(): BundleInfo | undefined {
    const id = this.bundleIdCheck.id;
    return id === undefined ? undefined : this.list.value.bundles.find((bundle) => bundle.id === id);
  }

  /** The stock of the bundle's products, one store for them all (the same store while they stay the same). */
  private componentStock(): ReadableAtom<readonly StockState[]> | undefined {
    const products = this.bundle?.products ?? [];
    const key = products.map((product) => product.id).join();
    if (key !== this.stockKey) {
      this.stockKey = key;
      this.stockStore = products.length === 0 ? undefined : computed(products.map((product) => shop.stock.stockOf(product.id)), (...states) => states);
    }
    return this.stockStore;
  }

  /** Console messages, once each: a bundle the shop does not list, figures that disagree. */
  private report(bundle: BundleInfo | undefined): void {
    const why = bundle ? disagreement(bundle) : undefined;
    const key = this.state === 'unknown' && this.bundleIdCheck.id !== undefined ? `unknown ${this.bundleIdCheck.id}` : why ? `${bundle!.id} ${why}` : '';
    if (!key || key === this.reported) return;
    this.reported = key;
    if (why) log.warn(`<sd-bundle-card> bundle ${bundle!.id} ("${clampText(bundle!.name)}"): ${why}; the card shows its final price only, never a saving that is not real.`, this);
    else log.warn(`<sd-bundle-card> bundle ${this.bundleIdCheck.id} is not among the shop's active bundles (/bundles); the card shows nothing.`, this);
  }

  /** Why the bundle cannot be added now, in words; undefined when it can. */
  private get blocked(): string | undefined {
    const bundle = this.bundle;
    const { msg } = this.i18n;
    if (!bundle) return msg.notAvailable;
    const short = shortComponents(bundle.products, this.stock.value ?? []);
    if (short.length > 0) return msg.bundleShort(short.map((product) => clampText(product.name)).join(', '));
    return bundle.is_available ? undefined : msg.errorBundleUnavailable;
  }

  /** The per-order maximum, when known (the attribute, or learned from the shop's refusal). */
  private get perOrder(): number | undefined {
    const learned = this.bundleIdCheck.id === undefined ? undefined : this.limits.value[String(this.bundleIdCheck.id)];
    const stated = isWhole(this.maxQuantity, 1) ? this.maxQuantity : undefined;
    return stated !== undefined && learned !== undefined ? Math.min(stated, learned) : (stated ?? learned);
  }

  private get max(): number {
    const bundle = this.bundle;
    const cart = shop.cart.$confirmed.get();
    const inCart = (id: number) => cart?.items.find((item) => item.product_id === id)?.quantity ?? 0;
    return maxPerAdd(bundle?.products ?? [], this.stock.value ?? [], inCart, [this.config.maxQuantity, this.perOrder]);
  }

  private handleQuantity(event: Event): void {
    this.quantity = (event.target as SdQuantitySelector).value;
  }

  /** Adds `quantity` bundles (bounded by the maximum), as the button does. */
  async addToCart(): Promise<void> {
    const bundle = this.bundle;
    if (!bundle || this.blocked || this.phase === 'adding') return;
    const { msg, number, reason } = this.i18n;
    const quantity = Math.min(this.quantity, this.max);
    clearTimeout(this.resetTimer);
    this.phase = 'adding';
    this.message = msg.adding;
    // What the cart held before, to tell whether every component went in: the seed ignores a component's refusal.
    if (!shop.cart.$confirmed.get()) await shop.cart.load();
    const held = (id: number) => shop.cart.$confirmed.get()?.items.find((item) => item.product_id === id)?.quantity ?? 0;
    const before = new Map(bundle.products.map((product) => [product.id, held(product.id)]));
    const outcome = await shop.cart.addBundle(bundle.id, quantity);
    const name = clampText(bundle.name);
    if (outcome.ok) {
      const missing = bundle.products.filter((product) => held(product.id) - before.get(product.id)! < product.quantity * quantity);
      this.phase = 'added';
      this.message = missing.length > 0 ? msg.bundlePartial(missing.map((product) => clampText(product.name)).join(', ')) : msg.addedNamed(name, number(quantity));
      const keep = missing.length > 0;
      this.resetTimer = setTimeout(() => {
        this.phase = 'idle';
        if (!keep) this.message = '';
      }, 2_500);
      this.emit('sd-add-bundle', { bundleId: bundle.id, quantity, ok: true });
      return;
    }
    const { error } = outcome;
    const maximum = error.kind === 'business' ? MAXIMUM.exec(error.message.trim()) : null;
    if (maximum) shop.bundles.learnLimit(bundle.id, Number(maximum[1]));
    // The list said it was available: it is out of date. Ask again, so the card can say why.
    else if (error.kind === 'business' && /^bundle is not available/i.test(error.message.trim())) {
      void shop.bundles.load();
      shop.stock.refresh(bundle.products.map((product) => product.id));
    }
    this.phase = 'error';
    this.message = reason(error);
    this.emit('sd-add-bundle', { bundleId: bundle.id, quantity, ok: false, error });
  }

  protected override render() {
    const bundle = this.bundle;
    if (!bundle) return this.state === 'failed' ? renderFailed(this.i18n) : this.state === 'loading' ? renderLoading(this.i18n) : nothing;
    const { msg, number } = this.i18n;
    const name = clampText(bundle.name, TEXT_MAX);
    const label = clampText(bundle.name);
    const blocked = this.blocked;
    const short = new Set(shortComponents(bundle.products, this.stock.value ?? []));
    const level = isWhole(this.headingLevel, 2) && this.headingLevel <= 6 ? this.headingLevel : 3;
    const max = this.max;
    const perOrder = this.perOrder;
    const note = this.message || blocked || '';
    const type = { fixed: msg.bundleTypeFixed, mix_match: msg.bundleTypeMixMatch, bogo: msg.bundleTypeBogo }[bundle.type];
    return html`
      <article part="base" aria-labelledby="name">
        ${renderMedia(bundle)}
        <div class="body">
          <p part="type">${type}</p>
          <p part="name" id="name" class="clamp" role="heading" aria-level=${level} title=${name.length > 40 ? name : nothing}>${name}</p>
          ${renderProducts(bundle, short, this.i18n)}
          ${renderPrices(bundle, this.i18n, this.config.currency)}
          <div part="actions">
            ${perOrder !== undefined ? html`<p part="limit">${msg.bundleMaxPerOrder(number(perOrder))}</p>` : nothing}
            <sd-quantity-selector
              part="quantity"
              .value=${Math.min(this.quantity, max)}
              min="1"
              .max=${max}
              label=${msg.bundleQuantity}
              product-name=${label}
              ?disabled=${blocked !== undefined}
              @change=${this.handleQuantity}
            ></sd-quantity-selector>
            <button
              part="button"
              class="button primary"
              type="button"
              aria-disabled=${blocked ? 'true' : 'false'}
              aria-busy=${this.phase === 'adding' ? 'true' : 'false'}
              aria-describedby="status"
              @click=${this.addToCart}
            >
              ${this.phase === 'adding' ? html`<span class="spinner" aria-hidden="true"></span>` : this.phase === 'added' ? icons.check : nothing}
              <span part="label">${msg.addBundle}</span><span class="visually-hidden">: ${label}</span>
            </button>
            <p id="status" part="status" role="status" class="clamp" title=${note || nothing}>${note}</p>
          </div>
        </div>
      </article>
    `;
  }
}
