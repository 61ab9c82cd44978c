import '../quantity-selector/sd-quantity-selector.js';
import { SdQuickAdd } from './quick-add.component.js';

export { SdQuickAdd };
export type { QuickAddState } from './quick-add.component.js';
// The events it fires; each file also adds its event to GlobalEventHandlersEventMap.
export type { SdAddToCartDetail, SdAddToCartEvent } from '../../events/sd-add-to-cart.js';
export type { SdAddedDetail, SdAddedEvent } from '../../events/sd-added.js';
export type { SdAddErrorDetail, SdAddErrorEvent } from '../../events/sd-add-error.js';

if (!customElements.get('sd-quick-add')) customElements.define('sd-quick-add', SdQuickAdd);

declare global {
  interface HTMLElementTagNameMap {
    'sd-quick-add': SdQuickAdd;
  }
}
