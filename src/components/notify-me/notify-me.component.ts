import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { log } from '../../client/log.js';
import { westernDigits } from '../../i18n/digits.js';
import { shop } from '../../store/index.js';
import type { StockState } from '../../store/stock.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { Watch } from '../../internal/watch.js';
import { styles } from './notify-me.styles.js';

type FormState = 'idle' | 'submitting' | 'subscribed' | 'already' | 'failed';
type Field = 'email' | 'phone' | 'channels';

export interface SubscribeDetail {
  productId: number;
  channels: ('email' | 'sms')[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * Bangladeshi mobile numbers as shoppers type them (01XXXXXXXXX, +8801XXXXXXXXX,
 * 8801XXXXXXXXX, with spaces or dashes, in Bengali digits too), as +8801XXXXXXXXX.
 */
export function normaliseBdMobile(typed: string): string | undefined {
  const digits = westernDigits(typed).replace(/[\s\-().]/g, '');
  const match = /^(?:\+?88)?(01[3-9]\d{8})$/.exec(digits);
  return match ? `+88${match[1]}` : undefined;
}

const check = html`<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="currentColor" /><path d="M6 10.5l2.7 2.6L14 7.6" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" /></svg>`;

/**
 * @summary A back-in-stock form: shown while the product is out of stock.
 * @tag sd-notify-me
 *
 * @event sd-subscribe - The shopper subscribed. Detail: `{productId, channels}` (never the address).
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
  static override styles = [base, styles];

  /** The Odoo `product.product` id. */
  @property({ type: Number, attribute: 'product-id' }) productId?: number;
  /** Shows the form whatever the stock (for stories and product pages that decide themselves). */
  @property({ type: Boolean }) always = false;

  @state() private formState: FormState = 'idle';
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private message = '';
  @state() private channels: { email: boolean; sms: boolean } = { email: true, sms: false };

  @query('form') private form?: HTMLFormElement;

  private readonly stock = new Watch<StockState>(this, () => (this.validId ? shop.stock.stockOf(this.productId!) : undefined));
  private readonly subscribed = new Watch(this, shop.subscriptions.$subscribed);

  private get validId(): boolean {
    return Number.isInteger(this.productId) && this.productId! > 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.validId) log.error(`<sd-notify-me> needs a product-id (a whole number); got ${JSON.stringify(this.getAttribute('product-id'))}.`, this);
  }

  private validate(data: FormData): { email: string; phone?: string } | undefined {
    const { msg } = this.i18n;
    const email = String(data.get('email') ?? '').trim();
    const typedPhone = String(data.get('phone') ?? '').trim();
    const phone = typedPhone ? normaliseBdMobile(typedPhone) : undefined;
    const errors: Partial<Record<Field, string>> = {};
    if (!EMAIL.test(email)) errors.email = email ? msg.errorEmailInvalid : msg.errorEmailRequired;
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
    if (this.formState === 'submitting' || !this.validId) return;
    const values = this.validate(new FormData(this.form!));
    if (!values) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.formState = 'submitting';
    this.message = '';
    const productId = this.productId!;
    const outcome = await shop.subscriptions.subscribe(productId, { ...values, notify_email: this.channels.email, notify_sms: this.channels.sms });
    if (outcome.ok) {
      this.formState = outcome.alreadySubscribed ? 'already' : 'subscribed';
      const channels = (['email', 'sms'] as const).filter((channel) => this.channels[channel]);
      this.emit<SubscribeDetail>('sd-subscribe', { productId, channels });
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
    return html`<div part="confirmation" role="status">${check}<p>${text}</p></div>`;
  }

  private renderForm() {
    const { msg } = this.i18n;
    const busy = this.formState === 'submitting';
    const { errors } = this;
    return html`
      <form part="form" novalidate aria-labelledby="title" @submit=${this.handleSubmit}>
        <p part="title" id="title">${msg.notifyTitle}</p>
        <div class="field">
          <label for="email">${msg.emailLabel}</label>
          <input
            part="email"
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            inputmode="email"
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
        <button part="submit" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${msg.subscribing}` : msg.notifyMe}
        </button>
        <p part="message" class=${this.formState === 'failed' ? 'failed' : ''} role="status">${this.message}</p>
      </form>
    `;
  }

  protected override render() {
    const { msg } = this.i18n;
    if (!this.validId) return nothing;
    const outOfStock = this.stock.value?.info?.status === 'out_of_stock';
    // Shown only while the product cannot be bought (unless `always`); gone when stock returns.
    if (!this.always && !outOfStock) return nothing;
    if (this.formState === 'subscribed') {
      const { email, sms } = this.channels;
      return this.confirmation(email && sms ? msg.subscribedBoth : sms ? msg.subscribedSms : msg.subscribedEmail);
    }
    if (this.formState === 'already') return this.confirmation(msg.alreadySubscribed);
    if (this.subscribed.value?.includes(this.productId!)) return this.confirmation(msg.remembered);
    return this.renderForm();
  }
}
