import { SdNotifyMe } from './notify-me.component.js';

export { SdNotifyMe };
export { normaliseBdMobile } from './notify-me.component.js';
export type { SubscribeDetail } from './notify-me.component.js';

if (!customElements.get('sd-notify-me')) customElements.define('sd-notify-me', SdNotifyMe);

declare global {
  interface HTMLElementTagNameMap {
    'sd-notify-me': SdNotifyMe;
  }
}
