import '../quantity-selector/sd-quantity-selector.js';
import { SdBundleCard } from './bundle-card.component.js';

export { SdBundleCard };
export type { BundleCardState } from './bundle-card.component.js';
// The events it fires; each file also adds its event to GlobalEventHandlersEventMap.
export type { SdBundleViewDetail, SdBundleViewEvent } from '../../events/sd-bundle-view.js';
export type { SdAddBundleDetail, SdAddBundleEvent } from '../../events/sd-add-bundle.js';

if (!customElements.get('sd-bundle-card')) customElements.define('sd-bundle-card', SdBundleCard);

declare global {
  interface HTMLElementTagNameMap {
    'sd-bundle-card': SdBundleCard;
  }
}
