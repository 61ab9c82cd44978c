import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { log } from './log.js';
import { isWhole } from './attributes.js';

type IdAttribute = 'product-id' | 'bundle-id';
type IdProperty = 'productId' | 'bundleId';
type Host = ReactiveControllerHost & HTMLElement & { [K in IdProperty]?: number | undefined };

const PROPERTY: Record<IdAttribute, IdProperty> = { 'product-id': 'productId', 'bundle-id': 'bundleId' };

/**
 * Checks an element's id attribute (`product-id`, `bundle-id`; read with the
 * `wholeNumber` converter): a positive safe integer, or the element shows nothing
 * it could get wrong and says once in the console what it was given. Checked
 * before each render, not when connected, so a framework that sets the property
 * just after adding the element causes no false alarm.
 */
export class IdController implements ReactiveController {
  /** The refused value last reported, so each mistake is reported once. */
  private reported: string | undefined;

  constructor(
    private readonly host: Host,
    private readonly attribute: IdAttribute,
    /** A valid id, for the console message's example. */
    private readonly example: number,
  ) {
    host.addController(this);
  }

  /** The id, or undefined when it is missing or refused. */
  get id(): number | undefined {
    const id = this.host[PROPERTY[this.attribute]];
    return isWhole(id, 1) ? id : undefined;
  }

  hostUpdate(): void {
    if (this.id !== undefined) {
      this.reported = undefined;
      return;
    }
    const attribute = this.host.getAttribute(this.attribute);
    const given = attribute !== null ? JSON.stringify(attribute) : String(this.host[PROPERTY[this.attribute]]);
    if (given === this.reported) return;
    this.reported = given;
    log.error(`<${this.host.localName}> needs a ${this.attribute} (a whole number in plain digits, e.g. ${this.attribute}="${this.example}"); got ${given}.`, this.host);
  }
}

/** The `product-id` check of the product elements. */
export class ProductIdController extends IdController {
  constructor(host: Host) {
    super(host, 'product-id', 7);
  }
}
