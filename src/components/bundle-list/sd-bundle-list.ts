import '../bundle-card/sd-bundle-card.js';
import { SdBundleList } from './bundle-list.component.js';

export { SdBundleList };
export type { BundleListLayout, BundleListState } from './bundle-list.component.js';
export type { SdBundleViewDetail, SdBundleViewEvent } from '../../events/sd-bundle-view.js';
export type { SdAddBundleDetail, SdAddBundleEvent } from '../../events/sd-add-bundle.js';

if (!customElements.get('sd-bundle-list')) customElements.define('sd-bundle-list', SdBundleList);

declare global {
  interface HTMLElementTagNameMap {
    'sd-bundle-list': SdBundleList;
  }
}
