import { LitElement, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { decimal, wholeNumber } from '../../internal/attributes.js';
import { log } from '../../internal/log.js';
import { ProductIdController } from '../../internal/product-id.js';
import { trackProductView } from '../../store/index.js';

/**
 * @summary Records that the shopper viewed this product, for `<sd-recently-viewed>`. Shows nothing.
 * @tag sd-track-view
 *
 * Put one on each product page: `<sd-track-view product-id="7" name="Sour Doi 500 g" price="95.5"
 * image-url="/web/image/product.product/7/image_128"></sd-track-view>`. The view is recorded once per
 * page view: not again when the element re-renders, is moved, or a second one names the same product
 * (see `trackProductView()`, which does the same from code). A new `product-id` is a new view (a
 * single-page app reusing the element). `url` defaults to the page's canonical URL, else its address.
 * The product is "the product of this page": `<sd-recently-viewed>` leaves it out.
 */
export class SdTrackView extends LitElement {
  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  /** The Odoo `product.product` id (plain digits). */
  @property({ attribute: 'product-id', converter: wholeNumber }) productId?: number;
  /** The product's name, as the recently viewed strip will show it. */
  @property() name?: string;
  /** Unit price in BDT (plain decimal, e.g. 95.5). */
  @property({ converter: decimal }) price?: number;
  /** The product's image (http(s) or a path). */
  @property({ attribute: 'image-url' }) imageUrl?: string;
  /** The product page (http(s) or a path); default: the page's canonical URL, else its address. */
  @property() url?: string;

  private readonly product = new ProductIdController(this);
  /** The product this element has recorded (or found recorded on this page). */
  private recorded?: number;
  private reported?: string;

  protected override updated(): void {
    const productId = this.product.id;
    if (productId === undefined || productId === this.recorded) return;
    if (!this.name?.trim()) {
      const said = `${productId}`;
      if (this.reported !== said) log.error(`<sd-track-view product-id="${productId}"> needs a name (the name the recently viewed strip shows); no view recorded.`, this);
      this.reported = said;
      return;
    }
    if (Number.isNaN(this.price)) log.warn(`<sd-track-view> price must be a plain decimal such as 95.5; got ${JSON.stringify(this.getAttribute('price'))}. Recorded without a price.`, this);
    this.recorded = productId;
    trackProductView({ productId, name: this.name, price: Number.isNaN(this.price) ? undefined : this.price, imageUrl: this.imageUrl, url: this.url });
  }

  protected override render() {
    return nothing;
  }
}
