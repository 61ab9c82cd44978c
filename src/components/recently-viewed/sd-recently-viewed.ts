import '../quick-add/sd-quick-add.js';
import { SdRecentlyViewed } from './recently-viewed.component.js';

export { SdRecentlyViewed };
export { recentlyViewed, trackProductView } from '../../store/index.js';
export type { ViewedProduct, ProductView } from '../../store/index.js';

if (!customElements.get('sd-recently-viewed')) customElements.define('sd-recently-viewed', SdRecentlyViewed);

declare global {
  interface HTMLElementTagNameMap {
    'sd-recently-viewed': SdRecentlyViewed;
  }
}
