import '../quantity-selector/sd-quantity-selector.js';
import { SdQuickAdd } from './quick-add.component.js';

export { SdQuickAdd };
export type { AddToCartDetail } from './quick-add.component.js';

if (!customElements.get('sd-quick-add')) customElements.define('sd-quick-add', SdQuickAdd);

declare global {
  interface HTMLElementTagNameMap {
    'sd-quick-add': SdQuickAdd;
  }
}
