import { SdNotifyMe } from './notify-me.component.js';
import type { SubscribeDetail } from './notify-me.component.js';

export { SdNotifyMe };
export { normaliseBdMobile, isEmailAddress } from './notify-me.component.js';
export type { SubscribeDetail, NotifyMeState } from './notify-me.component.js';

if (!customElements.get('sd-notify-me')) customElements.define('sd-notify-me', SdNotifyMe);

declare global {
  interface HTMLElementTagNameMap {
    'sd-notify-me': SdNotifyMe;
  }
  interface GlobalEventHandlersEventMap {
    'sd-subscribe': CustomEvent<SubscribeDetail>;
  }
}
