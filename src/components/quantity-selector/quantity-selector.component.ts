import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { log } from '../../internal/log.js';
import { westernDigits } from '../../i18n/digits.js';
import { isWhole, wholeNumber } from '../../internal/attributes.js';
import { icons } from '../../internal/icons.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { clampText } from '../../internal/text.js';
import { styles } from './quantity-selector.styles.js';

/**
 * @summary A quantity field with − and + buttons; a form control and an ARIA spinbutton.
 * @tag sd-quantity-selector
 *
 * @event input - While the value changes (each step or keystroke).
 * @event change - When a new value is committed (a step, Enter, or leaving the field).
 *
 * @csspart group - The bordered box around the three controls.
 * @csspart decrement - The − button.
 * @csspart increment - The + button.
 * @csspart input - The text field.
 * @csspart message - Why a typed value was not taken.
 *
 * @cssprop --sd-quantity-height - Height of the control (2.5rem).
 * @cssprop --sd-quantity-input-width - Width of the field (3rem).
 * @cssprop --sd-quantity-button-width - Width of − and + (2.75rem, a touch target).
 *
 * Typed values are checked when committed: text, decimals and values below `min`
 * are refused (the previous value stays, with a message), values above `max` are
 * lowered to `max`. Bengali digits are understood. Without `max`, the shop's
 * `maxQuantity` (9,999 by default) is the largest quantity.
 *
 * Numeric attributes (`value`, `min`, `max`, `step`) take plain decimal digits only:
 * "0x10", "1e3", " 3" or "3.0" are refused with a console message.
 *
 * Theme CSS: the host reflects `disabled` and `size`.
 *
 * Accessibility: the field is an ARIA spinbutton (`aria-valuenow`, `aria-valuemin`, `aria-valuemax`)
 * named "Quantity" (or `label`); − and + are named after the product when `product-name` is given.
 * ↑/↓ step, Page Up/Page Down step five times, Home/End go to the minimum and maximum, Enter commits
 * (and submits the host form, as a native field does). Why a typed value was not taken is a status
 * message, announced.
 */
export class SdQuantitySelector extends SdElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...SdElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [base, styles];

  @query('input') private input!: HTMLInputElement;

  @state() private draft?: string;
  @state() private message = '';
  @state() private formDisabled = false;

  /** The current quantity, a whole number. The `value` attribute sets the starting value (restored on form reset). */
  @property({ converter: wholeNumber }) value = 1;
  /** The smallest quantity (1). */
  @property({ converter: wholeNumber }) min = 1;
  /** The largest quantity; the shop's `maxQuantity` when unset (and never more than it). */
  @property({ converter: wholeNumber }) max?: number;
  /** How much − and + change the value (1). */
  @property({ converter: wholeNumber }) step = 1;
  /** The form field name. */
  @property({ reflect: true }) name?: string;
  /** Disables the three controls (also follows a disabled fieldset). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** `small` is a little lower (2.25rem instead of `--sd-quantity-height`), for cart lines. */
  @property({ reflect: true }) size: 'medium' | 'small' = 'medium';
  /** The product's name, for the controls' accessible names ("Increase quantity of …"). */
  @property({ attribute: 'product-name' }) productName?: string;
  /** An accessible name for the field, instead of "Quantity". */
  @property() label?: string;

  private readonly internals = this.attachInternals();
  private defaultValue?: number;

  /** The form the selector belongs to, as for a native field. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** Whether the value is within `min` and `max`, as for a native field. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** Why the value is not valid (empty when it is). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** As a native field's: true when valid, else fires `invalid`. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** As a native field's: shows the browser's message when not valid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  private get upper(): number {
    const shopMax = this.config.maxQuantity;
    return isWhole(this.max) ? Math.min(this.max, shopMax) : shopMax;
  }
  private get inactive(): boolean {
    return this.disabled || this.formDisabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.defaultValue ??= this.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('min') || changed.has('max') || changed.has('step') || changed.has('value')) this.sanitize();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('min') || changed.has('max')) this.syncForm();
  }

  /** The value the host form submits, and whether it is valid. */
  private syncForm(): void {
    const { msg, number } = this.i18n;
    this.internals.setFormValue(String(this.value));
    const anchor = this.input ?? undefined;
    if (this.value < this.min) this.internals.setValidity({ rangeUnderflow: true }, msg.errorMinQuantity(number(this.min)), anchor);
    else if (this.value > this.upper) this.internals.setValidity({ rangeOverflow: true }, msg.errorMaxQuantity(number(this.upper)), anchor);
    else this.internals.setValidity({});
  }

  /** Bad attributes get a console message and a sensible value, never a broken control. */
  private sanitize(): void {
    const given = (name: string, value: unknown) => JSON.stringify(this.getAttribute(name) ?? value);
    if (!isWhole(this.step, 1)) {
      log.warn(`<sd-quantity-selector> step must be a whole number ≥ 1 in plain digits; got ${given('step', this.step)}. Using 1.`, this);
      this.step = 1;
    }
    if (!isWhole(this.min)) {
      log.warn(`<sd-quantity-selector> min must be a whole number ≥ 0 in plain digits; got ${given('min', this.min)}. Using 1.`, this);
      this.min = 1;
    }
    if (this.max !== undefined && !isWhole(this.max)) {
      log.warn(`<sd-quantity-selector> max must be a whole number in plain digits; got ${given('max', this.max)}. Using the shop's largest quantity, ${this.config.maxQuantity}.`, this);
      this.max = undefined;
    }
    if (!isWhole(this.value)) {
      log.warn(`<sd-quantity-selector> value must be a whole number in plain digits; got ${given('value', this.value)}. Using ${this.min}.`, this);
      this.value = this.min;
    }
  }

  formResetCallback(): void {
    this.value = this.defaultValue ?? this.min;
    this.draft = undefined;
    this.message = '';
  }
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
  formStateRestoreCallback(state: string): void {
    const restored = Number(state);
    if (isWhole(restored)) this.value = restored;
  }

  /** Moves by whole steps (negative to decrease), within min and max. */
  stepBy(steps: number): void {
    if (this.inactive) return;
    this.commit(this.value + steps * this.step);
  }

  private commit(next: number): void {
    const clamped = Math.min(Math.max(next, this.min), this.upper);
    this.draft = undefined;
    this.message = '';
    if (clamped === this.value) return;
    this.value = clamped;
    // Now, not at the next render: a submit may follow in the same task (Enter).
    this.syncForm();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Reads what the shopper typed; refuses what is not a quantity. */
  private commitDraft(): void {
    if (this.draft === undefined) return;
    const typed = westernDigits(this.draft.trim());
    const { msg, number } = this.i18n;
    this.draft = undefined;
    if (!/^\d+$/.test(typed)) {
      this.message = msg.errorInvalidQuantity;
      return;
    }
    const next = Number(typed);
    if (next < this.min) {
      this.message = msg.errorMinQuantity(number(this.min));
      return;
    }
    this.commit(next);
    if (next > this.upper) this.message = msg.errorMaxQuantity(number(this.upper));
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (this.inactive) return;
    const keys: Record<string, () => void> = {
      ArrowUp: () => this.stepBy(1),
      ArrowDown: () => this.stepBy(-1),
      PageUp: () => this.stepBy(5),
      PageDown: () => this.stepBy(-5),
      Home: () => this.commit(this.min),
      End: () => Number.isFinite(this.upper) && this.commit(this.upper),
      Enter: () => {
        this.commitDraft();
        // Like a native field: Enter submits the host form, with the value just committed.
        if (!this.message) this.internals.form?.requestSubmit();
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    if (event.key !== 'Enter') this.commitDraft();
    action();
  }

  private handleInput(event: InputEvent): void {
    this.draft = (event.target as HTMLInputElement).value;
    this.message = '';
  }

  protected override render() {
    const { msg, number } = this.i18n;
    const name = clampText(this.productName);
    const atMin = this.inactive || this.value <= this.min;
    const atMax = this.inactive || this.value >= this.upper;
    const label = this.label ?? (name ? msg.quantityOf(name) : msg.quantity);
    return html`
      <div part="group">
        <button
          type="button"
          part="decrement"
          aria-label=${name ? msg.decreaseQuantityOf(name) : msg.decreaseQuantity}
          aria-disabled=${atMin ? 'true' : 'false'}
          @click=${() => !atMin && this.stepBy(-1)}
        >
          ${icons.minus}
        </button>
        <input
          part="input"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          role="spinbutton"
          aria-label=${label}
          aria-valuenow=${this.value}
          aria-valuetext=${number(this.value)}
          aria-valuemin=${this.min}
          aria-valuemax=${ifDefined(Number.isFinite(this.upper) ? this.upper : undefined)}
          aria-invalid=${this.message ? 'true' : 'false'}
          aria-describedby="message"
          .value=${this.draft ?? number(this.value)}
          ?disabled=${this.inactive}
          @keydown=${this.handleKeydown}
          @input=${this.handleInput}
          @change=${(event: Event) => event.stopPropagation()}
          @blur=${this.commitDraft}
        />
        <button
          type="button"
          part="increment"
          aria-label=${name ? msg.increaseQuantityOf(name) : msg.increaseQuantity}
          aria-disabled=${atMax ? 'true' : 'false'}
          @click=${() => !atMax && this.stepBy(1)}
        >
          ${icons.plus}
        </button>
      </div>
      <div id="message" part="message" role="status" class=${this.message ? 'message' : 'visually-hidden'}>${this.message}</div>
    `;
  }
}
