import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isWhole } from '../../internal/attributes.js';
import { log } from '../../internal/log.js';

type Host = ReactiveControllerHost & HTMLElement & { bundleId?: number | undefined };

/**
 * Checks a card's `bundle-id` as ProductIdController checks a `product-id` (read
 * with the `wholeNumber` converter; a positive safe integer, else the card shows
 * nothing and says once in the console what it was given). Checked before each
 * render, so a framework that sets the property just after adding the element
 * causes no false alarm.
 */
export class BundleIdController implements ReactiveController {
  private reported: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The bundle id, or undefined when it is missing or refused. */
  get id(): number | undefined {
    const id = this.host.bundleId;
    return isWhole(id, 1) ? id : undefined;
  }

  hostUpdate(): void {
    if (this.id !== undefined) {
      this.reported = undefined;
      return;
    }
    const attribute = this.host.getAttribute('bundle-id');
    const given = attribute !== null ? JSON.stringify(attribute) : String(this.host.bundleId);
    if (given === this.reported) return;
    this.reported = given;
    log.error(`<${this.host.localName}> needs a bundle-id (a whole number in plain digits, e.g. bundle-id="3"); got ${given}.`, this.host);
  }
}
