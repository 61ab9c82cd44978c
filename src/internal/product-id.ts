import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { log } from './log.js';
import { isWhole } from './attributes.js';

type Host = ReactiveControllerHost & HTMLElement & { productId?: number | undefined };

/**
 * Checks an element's `product-id` (read with the `wholeNumber` converter): a
 * positive safe integer, or the element shows nothing it could get wrong and says
 * once in the console what it was given. Checked before each render, not when
 * connected, so a framework that sets the property just after adding the element
 * causes no false alarm.
 */
export class ProductIdController implements ReactiveController {
  /** The refused value last reported, so each mistake is reported once. */
  private reported: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The product id, or undefined when it is missing or refused. */
  get id(): number | undefined {
    const id = this.host.productId;
    return isWhole(id, 1) ? id : undefined;
  }

  hostUpdate(): void {
    if (this.id !== undefined) {
      this.reported = undefined;
      return;
    }
    const attribute = this.host.getAttribute('product-id');
    const given = attribute !== null ? JSON.stringify(attribute) : String(this.host.productId);
    if (given === this.reported) return;
    this.reported = given;
    log.error(`<${this.host.localName}> needs a product-id (a whole number in plain digits, e.g. product-id="7"); got ${given}.`, this.host);
  }
}
