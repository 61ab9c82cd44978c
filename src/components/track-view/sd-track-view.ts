import { SdTrackView } from './track-view.component.js';

export { SdTrackView };
export { trackProductView, recentlyViewed } from '../../store/index.js';
export type { ProductView, ViewedProduct } from '../../store/index.js';

if (!customElements.get('sd-track-view')) customElements.define('sd-track-view', SdTrackView);

declare global {
  interface HTMLElementTagNameMap {
    'sd-track-view': SdTrackView;
  }
}
