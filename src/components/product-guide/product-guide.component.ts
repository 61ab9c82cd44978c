import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isWhole, wholeNumber } from '../../internal/attributes.js';
import { log } from '../../internal/log.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { faqPageJson, holdStructuredData, readGuide, releaseStructuredData, type GuideContent, type GuideFaq, type GuideTable } from './guide-data.js';
import { styles } from './product-guide.styles.js';

const chevron = html`<svg viewBox="0 0 20 20" aria-hidden="true"><path d="M5 7.5 10 12.5l5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" /></svg>`;

/**
 * @summary A product's guide — pack sizes, storage and shelf life, nutrition, a size table — and its FAQs as an accordion.
 * @tag sd-product-guide
 *
 * @slot - Guide content written as markup by the host (shown after the JSON's). FAQs written as `<details><summary>`
 *   work before the script loads; `single` and `structured-data` apply to them too.
 *
 * @csspart base - The wrapper.
 * @csspart section - One guide section.
 * @csspart section-title - A section's heading.
 * @csspart text - A paragraph.
 * @csspart list - A bullet list.
 * @csspart table-scroll - The box around a table, which scrolls sideways when the column is narrower than the table.
 * @csspart table - A table (a caption, column headings, and a heading for each row).
 * @csspart faqs - The FAQs.
 * @csspart faqs-title - Their heading ("Frequently asked questions").
 * @csspart question - A question's button (in a heading; `aria-expanded`, `aria-controls`).
 * @csspart answer - An answer's panel.
 *
 * @cssprop --sd-color-border - Lines between questions and table rows (#dde1e5).
 * @cssprop --sd-product-guide-table-head - Table heading background (#f3f5f4).
 *
 * Content: a child `<script type="application/json">` with this shape (every text is plain text, never HTML;
 * other keys are ignored; at least one section or FAQ):
 *
 * ```json
 * {
 *   "sections": [
 *     { "title": "Which pack suits your household",
 *       "text": "A paragraph, or [\"several\", \"paragraphs\"]",
 *       "list": ["bullet points"],
 *       "table": { "caption": "Pack sizes", "columns": ["Pack", "Household", "Lasts"], "rows": [["500 ml", "1–2 people", "1 day"]] } }
 *   ],
 *   "faqs": [{ "question": "How long does it keep?", "answer": "A paragraph, or several as an array" }],
 *   "faqTitle": "Optional heading for the FAQs"
 * }
 * ```
 *
 * A section needs a `title` and at least one of `text`, `list` or `table`; each table row has one cell per column
 * (text or a number), its first cell heading the row. Limits: 20 sections, 50 FAQs, 50 rows and 8 columns a table.
 * Content that is not JSON or not of this shape shows nothing (the slotted markup still shows) and is said once in
 * the console, with where it went wrong. Changes to the script are followed.
 *
 * FAQs follow the WAI-ARIA accordion pattern: each question is a button in a heading (`heading-level`, default 3
 * for the titles and 4 for the questions) with `aria-expanded` and `aria-controls`; Enter or Space opens and closes
 * it, Tab moves through the questions and the open answers, ↑/↓/Home/End move between questions. `single` keeps one
 * answer open at a time. Closed answers are `hidden="until-found"`, so the browser's find-in-page opens them.
 *
 * `structured-data` adds ONE schema.org `FAQPage` JSON-LD script to the document head for search engines, per
 * `product-id` (per page without one): not again when the guide re-renders, nor for a second guide of the same
 * product; it goes when the last guide that needs it leaves the page.
 */
export class SdProductGuide extends SdElement {
  static override styles = [base, styles];

  @state() private content?: GuideContent;
  /** The FAQs whose answer is open (by position). */
  @state() private opened = new Set<number>();

  /** The product the guide is about (plain digits): one FAQPage script per product. */
  @property({ attribute: 'product-id', converter: wholeNumber }) productId?: number;
  /** One answer open at a time: opening one closes the others. */
  @property({ type: Boolean }) single = false;
  /** Adds the FAQs to the page's head as schema.org FAQPage JSON-LD. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** The level of the section and FAQ headings (2–6, default 3); questions are one level below. */
  @property({ attribute: 'heading-level', converter: wholeNumber }) headingLevel = 3;

  private observer?: MutationObserver;
  private resizes?: ResizeObserver;
  /** The JSON last read, so unchanged content is not read (or reported) again. */
  private source?: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readContent();
    this.observer ??= new MutationObserver(() => {
      this.readContent();
      this.requestUpdate();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.addEventListener('toggle', this.handleSlottedToggle, true);
    this.syncStructuredData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.resizes?.disconnect();
    this.removeEventListener('toggle', this.handleSlottedToggle, true);
    releaseStructuredData(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && !this.levelValid) {
      log.warn(`<sd-product-guide> heading-level must be a whole number from 2 to 6; got ${JSON.stringify(this.getAttribute('heading-level') ?? this.headingLevel)}. Using 3.`, this);
    }
  }

  protected override updated(): void {
    this.syncStructuredData();
    this.resizes ??= new ResizeObserver(() => this.focusScrollingTables());
    this.resizes.disconnect();
    for (const box of this.renderRoot.querySelectorAll('.table-scroll')) this.resizes.observe(box);
  }

  /** A table box that scrolls takes focus (to scroll it by keyboard); one that fits is no tab stop. */
  private focusScrollingTables(): void {
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.table-scroll')) {
      if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    }
  }

  private get levelValid(): boolean {
    return isWhole(this.headingLevel, 2) && this.headingLevel <= 6;
  }

  private readContent(): void {
    const source = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (source === this.source) return;
    this.source = source;
    this.opened = new Set();
    this.content = undefined;
    if (source === undefined) return;
    try {
      this.content = readGuide(JSON.parse(source));
    } catch (error) {
      const what = error instanceof SyntaxError ? `is not JSON (${error.message})` : `does not have the documented shape: ${(error as Error).message}`;
      log.error(`<sd-product-guide>: its <script type="application/json"> ${what}. Nothing of it is shown.`, this);
    }
  }

  /** The FAQs for search engines: the JSON's, else the slotted `<details>`. */
  private get faqs(): GuideFaq[] {
    if (this.content?.faqs.length) return this.content.faqs;
    return [...this.querySelectorAll('details')].flatMap((details) => {
      const summary = details.querySelector(':scope > summary');
      const question = summary?.textContent?.trim();
      const answer = [...details.childNodes].filter((node) => node !== summary).map((node) => node.textContent?.trim() ?? '').filter(Boolean);
      return question && answer.length > 0 ? [{ question, answer }] : [];
    });
  }

  private syncStructuredData(): void {
    const faqs = this.structuredData && this.isConnected ? this.faqs : [];
    if (faqs.length === 0) return releaseStructuredData(this);
    holdStructuredData(this, isWhole(this.productId, 1) ? String(this.productId) : 'page', faqPageJson(faqs), this.ownerDocument);
  }

  /** With `single`, a slotted `<details>` that opens closes the others. */
  private readonly handleSlottedToggle = (event: Event): void => {
    const opened = event.target;
    if (!this.single || !(opened instanceof HTMLDetailsElement) || !opened.open) return;
    for (const details of this.querySelectorAll('details')) if (details !== opened && details.open) details.open = false;
  };

  /** Opens or closes a question's answer (by position); with `single`, opening closes the others. */
  setOpen(index: number, open: boolean): void {
    const next = new Set(this.single ? [] : this.opened);
    if (open) next.add(index);
    else next.delete(index);
    this.opened = next;
  }

  private handleQuestionKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="question"]')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const to = { ArrowDown: (at + 1) % buttons.length, ArrowUp: (at - 1 + buttons.length) % buttons.length, Home: 0, End: buttons.length - 1 }[event.key];
    if (at < 0 || to === undefined) return;
    event.preventDefault();
    buttons[to]!.focus();
  }

  /**
   * A table in a box that scrolls sideways when the column is too narrow for it (160 px):
   * words are never broken letter by letter. The box is a named region, and takes
   * focus only while it scrolls, so a keyboard can scroll it (see updated()).
   */
  private renderTable({ caption, columns, rows }: GuideTable, title: string) {
    return html`<div part="table-scroll" class="table-scroll" role="region" aria-label=${caption ?? title}>
      <table part="table">
        ${caption ? html`<caption>${caption}</caption>` : nothing}
        <thead>
          <tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr>
        </thead>
        <tbody>
          ${rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  private renderFaqs(faqs: GuideFaq[], level: number) {
    const { msg } = this.i18n;
    // A region per answer helps only while there are few of them (WAI-ARIA APG: avoid landmark proliferation).
    const regions = faqs.length <= 6;
    return html`<div part="faqs">
      <div part="faqs-title" role="heading" aria-level=${level}>${this.content?.faqTitle ?? msg.faqTitle}</div>
      ${faqs.map(({ question, answer }, i) => {
        const open = this.opened.has(i);
        return html`<div class="faq">
          <div role="heading" aria-level=${Math.min(level + 1, 6)}>
            <button part="question" id="question-${i}" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="answer-${i}" @click=${() => this.setOpen(i, !open)} @keydown=${this.handleQuestionKeydown}>
              <span>${question}</span>${chevron}
            </button>
          </div>
          <div part="answer" id="answer-${i}" role=${regions ? 'region' : nothing} aria-labelledby="question-${i}" hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.setOpen(i, true)}>
            ${answer.map((paragraph) => html`<p>${paragraph}</p>`)}
          </div>
        </div>`;
      })}
    </div>`;
  }

  protected override render() {
    const content = this.content;
    const level = this.levelValid ? this.headingLevel : 3;
    return html`<div part="base">
      ${(content?.sections ?? []).map(
        ({ title, text, list, table }) => html`<div part="section">
          <div part="section-title" role="heading" aria-level=${level}>${title}</div>
          ${(text ?? []).map((paragraph) => html`<p part="text">${paragraph}</p>`)}
          ${list ? html`<ul part="list">${list.map((point) => html`<li>${point}</li>`)}</ul>` : nothing}
          ${table ? this.renderTable(table, title) : nothing}
        </div>`,
      )}
      ${content?.faqs.length ? this.renderFaqs(content.faqs, level) : nothing}
      <slot></slot>
    </div>`;
  }
}
