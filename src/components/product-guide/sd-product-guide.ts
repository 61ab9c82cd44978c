import { SdProductGuide } from './product-guide.component.js';

export { SdProductGuide };
export { readGuide, faqPageJson, GuideShapeError } from './guide-data.js';
export type { GuideContent, GuideSection, GuideTable, GuideFaq } from './guide-data.js';

if (!customElements.get('sd-product-guide')) customElements.define('sd-product-guide', SdProductGuide);

declare global {
  interface HTMLElementTagNameMap {
    'sd-product-guide': SdProductGuide;
  }
}
