import { SdNotifyMe } from './notify-me.component.js';

export { SdNotifyMe };
export { normaliseBdMobile, isEmailAddress } from './notify-me.component.js';
export type { NotifyMeState } from './notify-me.component.js';
// The event it fires; the file also adds it to GlobalEventHandlersEventMap.
export type { SdSubscribeDetail, SdSubscribeEvent } from '../../events/sd-subscribe.js';

if (!customElements.get('sd-notify-me')) customElements.define('sd-notify-me', SdNotifyMe);

declare global {
  interface HTMLElementTagNameMap {
    'sd-notify-me': SdNotifyMe;
  }
}
