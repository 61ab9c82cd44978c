import '../quantity-selector/sd-quantity-selector.js';
import { SdQuickAdd } from './quick-add.component.js';
import type { AddErrorDetail, AddToCartDetail, AddedDetail } from './quick-add.component.js';

export { SdQuickAdd };
export type { AddToCartDetail, AddedDetail, AddErrorDetail, QuickAddState } from './quick-add.component.js';

if (!customElements.get('sd-quick-add')) customElements.define('sd-quick-add', SdQuickAdd);

declare global {
  interface HTMLElementTagNameMap {
    'sd-quick-add': SdQuickAdd;
  }
  interface GlobalEventHandlersEventMap {
    'sd-add-to-cart': CustomEvent<AddToCartDetail>;
    'sd-added': CustomEvent<AddedDetail>;
    'sd-add-error': CustomEvent<AddErrorDetail>;
  }
}
