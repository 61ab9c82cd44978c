import { html, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { wholeNumber } from '../../internal/attributes.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { MediaQuery, REDUCED_MOTION } from '../../internal/media.js';
import { SdElement } from '../../internal/sd-element.js';
import { base, skeletonStyles } from '../../internal/styles.js';
import { Watch } from '../../internal/watch.js';
import { shop } from '../../store/index.js';
import { styles } from './bundle-list.styles.js';

export type BundleListLayout = 'grid' | 'row';
/** What the list shows, reflected as the `state` attribute. */
export type BundleListState = 'loading' | 'ready' | 'empty' | 'failed';

const chevron = (d: string) => html`<svg viewBox="0 0 20 20" aria-hidden="true">${svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />`}</svg>`;

/**
 * @summary Every active bundle of the shop: a responsive grid of bundle cards, or a scrolling row.
 * @tag sd-bundle-list
 *
 * @event sd-bundle-view - From each card (see `<sd-bundle-card>`).
 * @event sd-add-bundle - From each card (see `<sd-bundle-card>`).
 *
 * @csspart list - The list of cards.
 * @csspart item - One card's place in the list.
 * @csspart card - Each `<sd-bundle-card>` (style its own parts with `::part` on it).
 * @csspart controls - The previous / next buttons (`layout="row"`, while the row scrolls).
 * @csspart previous - "Previous deals".
 * @csspart next - "Next deals".
 * @csspart scroller - The scrolling region (`layout="row"`): focusable, arrow keys scroll it.
 * @csspart loading - Placeholder cards while the bundles load.
 * @csspart empty - "No combo deals right now."
 * @csspart error - Why the bundles could not be loaded, with a retry button.
 *
 * @cssprop --sd-bundle-list-min - The narrowest card of the grid (15rem).
 * @cssprop --sd-bundle-list-card-width - A card's width in the row (min(18rem, 85%): the next card peeks in).
 * @cssprop --sd-bundle-list-gap - Space between cards (1rem).
 * @cssprop --sd-bundle-list-card-height - A card's usual height (35.5rem), given to the loading placeholders and to a card not drawn yet, so that the page does not move when the cards arrive. Set it here and on `sd-bundle-list:not(:defined)` alike when a theme changes the cards' height.
 * @cssprop --sd-bundle-list-content-visibility - `auto` (the default): a card far from the viewport is not styled, laid out or painted until the shopper scrolls near it; its place clips what its card paints outside it (a `::part(card)` shadow). `visible` draws every card at once.
 *
 * One `/bundles` request serves every bundle element of the page. Unavailable bundles stay in the
 * list, saying why. In the row, previous / next scroll by a screenful (instantly when the shopper asks
 * for reduced motion) and are disabled (`aria-disabled`, still focusable) at either end; Tab goes
 * through the cards, which scroll into view, and leaves the row after the last one.
 *
 * Theme CSS: the host reflects `layout` and `state`.
 */
export class SdBundleList extends SdElement {
  static override styles = [base, buttonStyles, skeletonStyles, styles];

  @query('[part="scroller"]') private scroller?: HTMLElement | null;

  @state() private atStart = true;
  /** Until the row is measured it is taken to scroll (the usual case), so its buttons' line is there from the start and the cards do not move down when they are measured. */
  @state() private atEnd = false;

  /** `grid`: as many columns as fit. `row`: one horizontally scrolling row, with previous / next buttons. */
  @property({ reflect: true }) layout: BundleListLayout = 'grid';
  /** The heading level of the cards' names (2–6). */
  @property({ attribute: 'heading-level', converter: wholeNumber }) headingLevel = 3;
  /** The row's accessible name (default "Combo deals"). */
  @property() label?: string;
  /** What the list shows (reflected for theme CSS; read-only for hosts). */
  @property({ reflect: true }) state: BundleListState = 'loading';

  private readonly list = new Watch(this, shop.bundles.$bundles);
  private readonly reducedMotion = new MediaQuery(this, REDUCED_MOTION);
  private resize?: ResizeObserver;
  private measured?: HTMLElement | undefined;
  /** Where a scroll the row started is going (until it ends). */
  private target?: number | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = this.measured = undefined;
  }

  protected override willUpdate(): void {
    // Here, not when connected: inside an <sd-shop> not yet defined, its API options must be in force first.
    void shop.bundles.ensure();
    const { state, bundles } = this.list.value;
    this.state = state === 'ready' ? (bundles.length > 0 ? 'ready' : 'empty') : state === 'error' ? 'failed' : 'loading';
  }

  protected override updated(): void {
    // The row (re)appeared: measure it, and again whenever it or its cards change size.
    // A ResizeObserver reports once when it starts, after layout: no update inside this one.
    const scroller = this.scroller ?? undefined;
    if (scroller === this.measured) return;
    this.resize?.disconnect();
    this.measured = scroller;
    if (!scroller || typeof ResizeObserver !== 'function') return;
    this.resize = new ResizeObserver(() => this.handleScroll());
    this.resize.observe(scroller);
    this.resize.observe(scroller.firstElementChild!);
  }

  /** Which ends of the row are reached: their buttons are disabled. */
  private handleScroll(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.atStart = scroller.scrollLeft <= 1;
    this.atEnd = scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 1;
  }

  /**
   * Focus went into a card (Tab, or a screen reader's cursor): bring the whole card
   * into view, aligned with its snap point. The browser's own focus scroll leaves a
   * half-seen card alone (and a small scroll would snap back). Judged against where a
   * scroll already on its way will end, so quick Tabs never leave a card half seen.
   */
  private handleFocus(event: FocusEvent): void {
    const scroller = this.scroller;
    const item = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.getAttribute('part') === 'item');
    if (!scroller || !item) return;
    const pad = parseFloat(getComputedStyle(scroller).paddingLeft) || 0;
    const start = item.getBoundingClientRect().left - scroller.getBoundingClientRect().left + scroller.scrollLeft - pad;
    const at = this.target ?? scroller.scrollLeft;
    if (start >= at - 1 && start + item.offsetWidth <= at + scroller.clientWidth - 2 * pad + 1) return;
    this.scrollRow(start);
  }

  private scrollRow(left: number, instant = this.reducedMotion.matches): void {
    const scroller = this.scroller!;
    this.target = Math.max(0, Math.min(left, scroller.scrollWidth - scroller.clientWidth));
    scroller.scrollTo({ left: this.target, behavior: instant ? 'instant' : 'smooth' });
  }

  /** Scrolls the row by a screenful (cards snap into place). */
  private step(direction: -1 | 1): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.scrollRow((this.target ?? scroller.scrollLeft) + direction * scroller.clientWidth);
  }

  protected override render() {
    const { msg } = this.i18n;
    const { bundles, error } = this.list.value;
    if (this.state === 'failed') {
      return html`<div part="error" role="alert">
        <p>${msg.bundlesFailed}${error ? html` ${this.i18n.reason(error)}` : nothing}</p>
        <button class="button secondary" type="button" @click=${() => void shop.bundles.load()}>${msg.retry}</button>
      </div>`;
    }
    if (this.state === 'empty') return html`<p part="empty" role="status">${msg.bundlesEmpty}</p>`;
    if (this.state === 'loading') {
      return html`<div part="loading" role="status">
        <span class="visually-hidden">${msg.loadingBundles}</span>
        ${[1, 2, 3].map(() => html`<div class="skeleton" aria-hidden="true"></div>`)}
      </div>`;
    }
    const row = this.layout === 'row';
    const cards = html`<ul part="list" role="list">
      ${repeat(
        bundles,
        (bundle) => bundle.id,
        (bundle) => html`<li part="item"><sd-bundle-card part="card" bundle-id=${bundle.id} heading-level=${this.headingLevel}></sd-bundle-card></li>`,
      )}
    </ul>`;
    if (!row) return cards;
    const label = this.label || msg.bundlesLabel;
    return html`
      <div part="controls" ?hidden=${this.atStart && this.atEnd}>
        <button part="previous" class="icon-button" type="button" aria-label=${msg.previousBundles} aria-controls="scroller" aria-disabled=${this.atStart ? 'true' : 'false'} @click=${() => this.step(-1)}>
          ${chevron('M12.5 4.5L7 10l5.5 5.5')}
        </button>
        <button part="next" class="icon-button" type="button" aria-label=${msg.nextBundles} aria-controls="scroller" aria-disabled=${this.atEnd ? 'true' : 'false'} @click=${() => this.step(1)}>
          ${chevron('M7.5 4.5L13 10l-5.5 5.5')}
        </button>
      </div>
      <div part="scroller" id="scroller" role="region" aria-label=${label} tabindex="0" @scroll=${this.handleScroll} @scrollend=${() => (this.target = undefined)} @focusin=${this.handleFocus}>${cards}</div>
    `;
  }
}
