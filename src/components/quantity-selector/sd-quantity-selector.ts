import { SdQuantitySelector } from './quantity-selector.component.js';

export { SdQuantitySelector };

if (!customElements.get('sd-quantity-selector')) customElements.define('sd-quantity-selector', SdQuantitySelector);

declare global {
  interface HTMLElementTagNameMap {
    'sd-quantity-selector': SdQuantitySelector;
  }
}
