import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ShareNetwork } from '../../events/sd-share.js';
import { icons } from '../../internal/icons.js';
import { log } from '../../internal/log.js';
import { SdElement } from '../../internal/sd-element.js';
import { base } from '../../internal/styles.js';
import { clampText } from '../../internal/text.js';
import { absoluteUrl, canonicalUrl } from '../../store/index.js';
import { shareIcons } from './share-icons.js';
import { NETWORK_NAMES, parseNetworks, shareHref, withUtm, type LinkNetwork } from './share-links.js';
import { styles } from './share-bar.styles.js';

/** Where "Copy link" is: nothing yet, copied, or waiting for the shopper to copy from the field. */
type CopyState = 'idle' | 'copied' | 'manual';

/** How long "Link copied" shows. */
const CONFIRMATION_MS = 5_000;

/**
 * @summary Share links for the page: the system share sheet, WhatsApp, Facebook, X, Telegram, LinkedIn, email and "Copy link".
 * @tag sd-share-bar
 *
 * @slot label - The words before the buttons (default: "Share").
 *
 * @event sd-share - The shopper shared: a share link was opened (click, middle-click, Enter), the share sheet
 *   finished, or the link was copied. Detail: `{network, url}`; `url` is what was shared, UTM parameters included.
 *
 * @csspart base - The wrapper (a group named by the label).
 * @csspart label - The label.
 * @csspart list - The row of buttons and links.
 * @csspart share-sheet - "Share…": the system share sheet (only where the browser has one; always first).
 * @csspart link - Every network's link; each also has its network's part (`whatsapp`, `facebook`, `x`, `telegram`, `linkedin`, `email`).
 * @csspart copy - The "Copy link" button.
 * @csspart fallback - Where the clipboard cannot be used: the link in a read-only field, selected, to copy by hand.
 * @csspart fallback-input - That field.
 * @csspart status - "Link copied", or how to copy by hand (announced).
 *
 * @cssprop --sd-share-size - The round buttons' size (2.75rem, a full touch target).
 * @cssprop --sd-share-whatsapp - WhatsApp's colour (#0f7b5f); also `--sd-share-facebook` (#1461cc), `--sd-share-x` (#000),
 *   `--sd-share-telegram` (#1a73a8), `--sd-share-linkedin` (#0a66c2), `--sd-share-email` and `--sd-share-copy` (#52606d).
 * @cssprop --sd-share-color - The marks' colour on those (#fff).
 *
 * What is shared: the `url` attribute, else the page's `<link rel="canonical">`, else its address (without the
 * fragment); the `title` attribute, else the document's title; and `text`, else the title. Unless `no-utm` is set,
 * the shared URL gets `utm_source=<network>&utm_medium=social&utm_campaign=product_share` (the network is `native`
 * for the share sheet and `copy` for "Copy link"), after any query it has and before its fragment.
 *
 * Each network is a real link (`target="_blank"`, `rel="noopener noreferrer"`; e-mail opens the mail app in place),
 * so middle-click and long-press work and no pop-up blocker interferes. Nothing is loaded from the networks.
 *
 * Messenger is not offered: every link form of it needs a Facebook app id (`facebook.com/dialog/send`, which
 * Facebook does not support on phones) or the installed Messenger app (`fb-messenger://share`, which does
 * nothing elsewhere). On phones, "Share…" opens the system sheet, which offers Messenger where it is installed.
 *
 * "Copy link" uses the Clipboard API. Where it is missing (an http:// page, an old browser) or refused, the link
 * shows in a read-only field, selected, and is copied with `document.execCommand('copy')`; where that fails too,
 * the shopper is told to press Ctrl+C (or long-press on a phone), and the copy is confirmed when they do.
 */
export class SdShareBar extends SdElement {
  static override styles = [base, styles];

  @query('[part="fallback-input"]') private fallbackInput?: HTMLInputElement;
  @query('[part="copy"]') private copyButton?: HTMLButtonElement;

  @state() private copyState: CopyState = 'idle';
  /** The URL put in the fallback field (the copied one, UTM included). */
  @state() private copyUrl = '';

  /** Which networks to offer and in what order, e.g. "whatsapp,facebook,copy" (default: all). */
  @property() networks?: string;
  /** The URL to share (http(s) or a path); default: the page's canonical URL, else its address. */
  @property() url?: string;
  /** The title to share (also the e-mail subject); default: the document's title. Named `shareTitle` in script, as `title` is the tooltip. */
  @property({ attribute: 'title' }) shareTitle?: string;
  /** The message shared with the link (WhatsApp, X, Telegram, e-mail); default: the title. */
  @property() text?: string;
  /** Shares the URL as it is, without UTM parameters. */
  @property({ type: Boolean, attribute: 'no-utm' }) noUtm = false;

  private resetTimer?: ReturnType<typeof setTimeout>;
  /** What was last reported in the console, so each mistake is said once. */
  private reported = new Set<string>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resetTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('networks')) {
      for (const word of parseNetworks(this.networks).unknown) {
        this.report(
          word === 'messenger' || word === 'fb-messenger'
            ? '<sd-share-bar> has no Messenger link: every link form of it needs a Facebook app id or the Messenger app. On phones, "Share…" offers Messenger through the system share sheet.'
            : `<sd-share-bar> networks: "${word}" is not a network; known: whatsapp, facebook, x, telegram, linkedin, email, copy.`,
        );
      }
    }
  }

  private report(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    log.warn(message, this);
  }

  /** The page's URL to share (absolute), before UTM. */
  private get pageUrl(): string | undefined {
    if (this.url) {
      const given = absoluteUrl(this.url);
      if (given) return given;
      this.report(`<sd-share-bar> url must be an http(s) URL or a path; got ${JSON.stringify(clampText(this.url))}. Sharing the page's address instead.`);
    }
    return canonicalUrl();
  }

  private get shareTitleText(): string {
    return clampText(this.shareTitle || document.title, 300);
  }

  /** The URL shared through `network`. */
  private sharedUrl(network: ShareNetwork): string {
    const url = this.pageUrl ?? '';
    return this.noUtm || !url ? url : withUtm(url, network);
  }

  private get hasShareSheet(): boolean {
    return typeof navigator.share === 'function';
  }

  private handleLinkEvent(event: MouseEvent): void {
    // Middle-click opens the link too; other buttons (a right-click's menu) do not share yet.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-network]');
    if (!link) return;
    const network = link.dataset.network as LinkNetwork;
    this.emit('sd-share', { network, url: this.sharedUrl(network) });
  }

  private async handleShareSheet(): Promise<void> {
    const url = this.sharedUrl('native');
    const title = this.shareTitleText;
    try {
      await navigator.share({ title, text: clampText(this.text, 1000) || title, url });
    } catch (error) {
      // The shopper closed the sheet (AbortError): nothing was shared, and nothing went wrong.
      if ((error as DOMException | undefined)?.name !== 'AbortError') log.warn('<sd-share-bar>: the share sheet failed.', error);
      return;
    }
    this.emit('sd-share', { network: 'native', url });
  }

  /** Copies the page's link (with `utm_source=copy`), as "Copy link" does. */
  async copyLink(): Promise<void> {
    const url = this.sharedUrl('copy');
    if (!url) return;
    clearTimeout(this.resetTimer);
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('No Clipboard API here');
      await navigator.clipboard.writeText(url);
    } catch {
      await this.copyFromField(url);
      return;
    }
    this.copied(url);
  }

  /** Without the Clipboard API: the link in a selected field, copied by the browser's own command or by the shopper. */
  private async copyFromField(url: string): Promise<void> {
    this.copyUrl = url;
    this.copyState = 'manual';
    await this.updateComplete;
    const field = this.fallbackInput;
    if (!field) return;
    field.focus();
    // All of it selected, the caret at the start: the field shows the link's beginning, not its UTM tail.
    field.setSelectionRange(0, field.value.length, 'backward');
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      // Refused: the shopper copies by hand (see handleFieldCopy).
    }
    if (copied) this.copied(url);
  }

  /** The shopper copied from the field by hand (Ctrl+C, a long-press menu). */
  private handleFieldCopy(): void {
    if (this.copyState === 'manual') this.copied(this.copyUrl);
  }

  private copied(url: string): void {
    const wasManual = this.copyState === 'manual';
    this.copyState = 'copied';
    this.emit('sd-share', { network: 'copy', url });
    // The field goes away: focus goes back to the button that started it.
    if (wasManual) void this.updateComplete.then(() => this.copyButton?.focus());
    this.resetTimer = setTimeout(() => (this.copyState = 'idle'), CONFIRMATION_MS);
  }

  private renderLink(network: LinkNetwork, url: string) {
    const { msg } = this.i18n;
    const name = network === 'email' ? msg.shareByEmail : msg.shareOn(NETWORK_NAMES[network]);
    const title = this.shareTitleText;
    const href = shareHref(network, { url: this.noUtm ? url : withUtm(url, network), title, text: clampText(this.text, 1000) || title });
    return html`<li>
      <a
        part="link ${network}"
        class="round ${network}"
        href=${href}
        target=${network === 'email' ? nothing : '_blank'}
        rel="noopener noreferrer"
        title=${name}
        data-network=${network}
        >${shareIcons[network]}<span class="visually-hidden">${name}</span></a
      >
    </li>`;
  }

  protected override render() {
    const url = this.pageUrl;
    if (!url) return nothing;
    const { msg } = this.i18n;
    const copied = this.copyState === 'copied';
    const status = copied ? msg.linkCopied : this.copyState === 'manual' ? msg.copyManually : '';
    // title="" keeps the host's `title` attribute (what is shared) from showing as a tooltip.
    return html`
      <div part="base" role="group" aria-labelledby="label" title="">
        <span part="label" id="label"><slot name="label">${msg.share}</slot></span>
        <ul part="list" role="list" @click=${this.handleLinkEvent} @auxclick=${this.handleLinkEvent}>
          ${this.hasShareSheet
            ? html`<li>
                <button part="share-sheet" class="pill" type="button" @click=${this.handleShareSheet}>${shareIcons.share}<span>${msg.shareSheet}</span></button>
              </li>`
            : nothing}
          ${parseNetworks(this.networks).networks.map((network) =>
            network === 'copy'
              ? html`<li>
                  <button part="copy" class="round copy" type="button" title=${msg.copyLink} aria-describedby="status" @click=${this.copyLink}>
                    ${copied ? icons.check : shareIcons.link}<span class="visually-hidden">${msg.copyLink}</span>
                  </button>
                </li>`
              : this.renderLink(network, url),
          )}
        </ul>
        ${this.copyState === 'manual'
          ? html`<label part="fallback">
              <span>${msg.linkToCopy}</span>
              <input part="fallback-input" type="text" readonly .value=${this.copyUrl} aria-describedby="status" @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).setSelectionRange(0, this.copyUrl.length, 'backward')} @copy=${this.handleFieldCopy} />
            </label>`
          : nothing}
        <p part="status" id="status" role="status">${status}</p>
      </div>
    `;
  }
}
