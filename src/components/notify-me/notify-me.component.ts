import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { shop, type StockState } from '../../store/index.js';
import { wholeNumber } from '../../internal/attributes.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { icons } from '../../internal/icons.js';
import { ProductIdController } from '../../internal/product-id.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { clampStyles, clampText } from '../../internal/text.js';
import { Watch } from '../../internal/watch.js';
import { EMAIL_MAX_LENGTH, isEmailAddress, normaliseBdMobile } from './contact.js';
import { styles } from './notify-me.styles.js';

export { isEmailAddress, normaliseBdMobile } from './contact.js';

type FormState = 'idle' | 'submitting' | 'subscribed' | 'already' | 'failed';
type Field = 'email' | 'phone' | 'channels';

/** What the form shows, reflected as the `state` attribute. */
export type NotifyMeState = 'hidden' | 'idle' | 'submitting' | 'subscribed' | 'failed';

/**
 * @summary A back-in-stock form: shown while the product is out of stock.
 * @tag sd-notify-me
 *
 * @event sd-subscribe - The shopper subscribed. Detail: `{productId, channels}` (never the address).
 *
 * Its accessible name: with `product-name`, the form is a landmark named "Get an alert when
 * <name> is back", distinct from the other forms of a listing. Without it, the form shows the
 * generic title and has no accessible name, so it is not a landmark: several unnamed forms on one
 * page would otherwise all share one name. Give `product-name` wherever there may be more than one.
 *
 * Theme CSS: the host reflects `state` — `hidden` (nothing shown: in stock, unknown product,
 * still loading), `idle`, `submitting`, `subscribed` (also when already on the list), `failed`.
 *
 * Accessibility: each field has a visible label; an invalid one gets `aria-invalid` and its error
 * (and the phone field its hint) through `aria-describedby`, and on submit focus moves to the first
 * one in error. The submit button stays focusable while sending (`aria-disabled`, `aria-busy`), so a
 * second tap sends nothing; the shop's refusal and the confirmation are status messages.
 *
 * @csspart form - The form.
 * @csspart title - Its heading.
 * @csspart email - The email field.
 * @csspart phone - The mobile number field.
 * @csspart submit - The submit button.
 * @csspart message - Why the shop refused, or that the network failed.
 * @csspart confirmation - "We'll email you when it's back".
 *
 * @cssprop --sd-color-primary - The button and checkboxes.
 * @cssprop --sd-color-danger - Errors.
 * @cssprop --sd-notify-confirmed-bg - Background of the confirmation.
 * @cssprop --sd-notify-confirmed-color - Text of the confirmation.
 */
export class SdNotifyMe extends SdElement {
  static override styles = [base, buttonStyles, clampStyles, styles];

  @query('form') private form?: HTMLFormElement;

  @state() private formState: FormState = 'idle';
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private message = '';
  @state() private channels: { email: boolean; sms: boolean } = { email: true, sms: false };

  /** The Odoo `product.product` id (plain digits). */
  @property({ attribute: 'product-id', converter: wholeNumber }) productId?: number;
  /** The product's name: names the form ("Get an alert when <name> is back"), so that forms of a listing differ. */
  @property({ attribute: 'product-name' }) productName?: string;
  /** Shows the form whatever the stock (for stories and product pages that decide themselves); never for an unknown product. */
  @property({ type: Boolean }) always = false;
  /** What the form shows (reflected for theme CSS; read-only for hosts). */
  @property({ reflect: true }) state: NotifyMeState = 'hidden';

  private readonly product = new ProductIdController(this);
  private readonly stock = new Watch<StockState>(this, () => (this.product.id !== undefined ? shop.stock.stockOf(this.product.id) : undefined));
  private readonly subscribed = new Watch(this, shop.subscriptions.$subscribed);

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const state = this.formState;
    this.state = !this.shown ? 'hidden' : state === 'already' || this.remembered ? 'subscribed' : state;
  }

  /** Shown only while the product cannot be bought (or with `always`), never for a product the shop does not know. */
  private get shown(): boolean {
    const stock = this.stock.value;
    if (this.product.id === undefined || stock?.state === 'missing') return false;
    return this.always || stock?.info?.status === 'out_of_stock';
  }

  private get remembered(): boolean {
    return this.formState === 'idle' && this.product.id !== undefined && this.subscribed.value?.includes(this.product.id) === true;
  }

  private validate(data: FormData): { email: string; phone?: string } | undefined {
    const { msg } = this.i18n;
    const email = String(data.get('email') ?? '').trim();
    const typedPhone = String(data.get('phone') ?? '').trim();
    const phone = typedPhone ? normaliseBdMobile(typedPhone) : undefined;
    const errors: Partial<Record<Field, string>> = {};
    if (!isEmailAddress(email)) errors.email = email ? msg.errorEmailInvalid : msg.errorEmailRequired;
    if (typedPhone && !phone) errors.phone = msg.errorPhoneInvalid;
    else if (this.channels.sms && !phone) errors.phone = msg.errorSmsNeedsPhone;
    if (!this.channels.email && !this.channels.sms) errors.channels = msg.errorNoChannel;
    this.errors = errors;
    if (Object.keys(errors).length > 0) return undefined;
    return phone ? { email, phone } : { email };
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // One request at a time: a second submit while saving does nothing.
    const productId = this.product.id;
    if (this.formState === 'submitting' || productId === undefined) return;
    const values = this.validate(new FormData(this.form!));
    if (!values) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.formState = 'submitting';
    this.message = '';
    const outcome = await shop.subscriptions.subscribe(productId, { ...values, notify_email: this.channels.email, notify_sms: this.channels.sms });
    if (outcome.ok) {
      this.formState = outcome.alreadySubscribed ? 'already' : 'subscribed';
      const channels = (['email', 'sms'] as const).filter((channel) => this.channels[channel]);
      this.emit('sd-subscribe', { productId, channels });
      // The waiting count on badges has changed.
      shop.stock.refresh([productId]);
    } else {
      this.formState = 'failed';
      this.message = this.i18n.reason(outcome.error);
    }
  }

  private toggleChannel(channel: 'email' | 'sms', event: Event): void {
    this.channels = { ...this.channels, [channel]: (event.target as HTMLInputElement).checked };
  }

  private confirmation(text: string) {
    return html`<div part="confirmation" role="status">${icons.checkCircle}<p>${text}</p></div>`;
  }

  private renderForm() {
    const { msg } = this.i18n;
    const busy = this.formState === 'submitting';
    const { errors } = this;
    const name = clampText(this.productName);
    return html`
      <form part="form" novalidate aria-labelledby=${ifDefined(name ? 'title' : undefined)} @submit=${this.handleSubmit}>
        <p part="title" id="title" class="clamp">${name ? msg.notifyTitleNamed(name) : msg.notifyTitle}</p>
        <div class="field">
          <label for="email">${msg.emailLabel}</label>
          <input
            part="email"
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            inputmode="email"
            maxlength=${EMAIL_MAX_LENGTH}
            required
            aria-invalid=${errors.email ? 'true' : 'false'}
            aria-describedby=${ifDefined(errors.email ? 'email-error' : undefined)}
          />
          ${errors.email ? html`<span class="error" id="email-error">${errors.email}</span>` : nothing}
        </div>
        <div class="field">
          <label for="phone">${msg.phoneLabel}</label>
          <input
            part="phone"
            id="phone"
            name="phone"
            type="tel"
            autocomplete="tel"
            inputmode="tel"
            maxlength="40"
            aria-invalid=${errors.phone ? 'true' : 'false'}
            aria-describedby=${errors.phone ? 'phone-error phone-hint' : 'phone-hint'}
          />
          <span class="hint" id="phone-hint">${msg.phoneHint}</span>
          ${errors.phone ? html`<span class="error" id="phone-error">${errors.phone}</span>` : nothing}
        </div>
        <fieldset aria-describedby=${ifDefined(errors.channels ? 'channels-error' : undefined)}>
          <legend>${msg.channelsLegend}</legend>
          <label class="choice"
            ><input type="checkbox" name="notify_email" .checked=${this.channels.email} aria-invalid=${errors.channels ? 'true' : 'false'} @change=${(e: Event) => this.toggleChannel('email', e)} />${msg.channelEmail}</label
          >
          <label class="choice"><input type="checkbox" name="notify_sms" .checked=${this.channels.sms} @change=${(e: Event) => this.toggleChannel('sms', e)} />${msg.channelSms}</label>
          ${errors.channels ? html`<span class="error" id="channels-error">${errors.channels}</span>` : nothing}
        </fieldset>
        <button part="submit" class="button primary" type="submit" aria-disabled=${busy ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${msg.subscribing}` : msg.notifyMe}
        </button>
        <p part="message" class=${this.formState === 'failed' ? 'failed' : ''} role="status">${this.message}</p>
      </form>
    `;
  }

  protected override render() {
    const { msg } = this.i18n;
    // Shown only while the product cannot be bought (unless `always`); gone when stock returns.
    if (!this.shown) return nothing;
    if (this.formState === 'subscribed') {
      const { email, sms } = this.channels;
      return this.confirmation(email && sms ? msg.subscribedBoth : sms ? msg.subscribedSms : msg.subscribedEmail);
    }
    if (this.formState === 'already') return this.confirmation(msg.alreadySubscribed);
    if (this.remembered) return this.confirmation(msg.remembered);
    return this.renderForm();
  }
}
