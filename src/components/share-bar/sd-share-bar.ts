import { SdShareBar } from './share-bar.component.js';

export { SdShareBar };
export { LINK_NETWORKS, DEFAULT_NETWORKS, withUtm, shareHref } from './share-links.js';
export type { LinkNetwork, ListedNetwork, ShareContent } from './share-links.js';
// The event it fires; its file also adds it to GlobalEventHandlersEventMap.
export type { SdShareDetail, SdShareEvent, ShareNetwork } from '../../events/sd-share.js';

if (!customElements.get('sd-share-bar')) customElements.define('sd-share-bar', SdShareBar);

declare global {
  interface HTMLElementTagNameMap {
    'sd-share-bar': SdShareBar;
  }
}
