import { Watch } from '../internal/watch.js';
import { LitElement } from 'lit';
import type { ReadableAtom } from 'nanostores';
import { $config, type ShopConfig } from '../config/config.js';
import type { SdEventDetails } from '../events/index.js';
import { loadLocale, localize, type Localized } from '../i18n/index.js';
import { inAFrame, runNow, sliced } from './scheduler.js';
import { Sight } from './sight.js';

/**
 * The small base of every widget: its configuration (from the nearest `<sd-shop>`,
 * else the page's `configure()`), its wording, and typed `sd-*` events.
 */
export class SdElement extends LitElement {
  /** The nearest `<sd-shop>`'s configuration, found when the element connects; else the page's. */
  private section?: ReadableAtom<ShopConfig> | undefined;
  private readonly configuration = new Watch(this, () => this.section ?? $config);
  private waitingForShop = false;
  /** This element's update, while it waits for an animation frame (out of sight). */
  private deferred: (() => void) | undefined;
  // Come into sight (scrolled to): a waiting update runs at once, not after the far ones queued before it.
  private readonly sight = new Sight(this, () => this.deferred && runNow(this.deferred));

  /**
   * Inside an `<sd-shop>` that is not defined yet, the element waits for it: its
   * options (transport, api-base…) must be in force before this element asks the
   * shop anything, whatever order a page defines the elements in.
   */
  override connectedCallback(): void {
    if (this.waitingForShop) return;
    if (!customElements.get('sd-shop') && enclosingShop(this)) {
      this.waitingForShop = true;
      void customElements.whenDefined('sd-shop').then(() => {
        this.waitingForShop = false;
        if (this.isConnected) this.connectedCallback();
      });
      return;
    }
    this.section = (enclosingShop(this) as (Element & { $section?: ReadableAtom<ShopConfig> }) | null)?.$section;
    super.connectedCallback();
  }

  /**
   * Updates share the main thread in slices (see ./scheduler.ts), so a page of cards
   * never blocks it, and a re-render out of sight waits for an animation frame; and
   * wait for the page's locale (Bengali is loaded when first used), so a Bengali page
   * never flashes English. Until then the element keeps its box: its styles, which
   * reserve it, are already applied.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const update = () => {
      this.deferred = undefined;
      super.scheduleUpdate();
    };
    const schedule = () => {
      if (!this.outOfSight) return sliced(update);
      this.deferred = update;
      return inAFrame(update);
    };
    const wording = loadLocale(this.config.locale);
    return wording ? wording.then(schedule) : schedule();
  }

  /**
   * Out of the shopper's sight: its re-renders may wait for an animation frame (see
   * ./scheduler.ts). Never a form-associated element: a form submitted right after a
   * change sends the value its update sets.
   */
  protected get outOfSight(): boolean {
    return this.sight.away && !(this.constructor as { formAssociated?: boolean }).formAssociated;
  }

  protected get config(): ShopConfig {
    return this.configuration.value;
  }

  protected get i18n(): Localized {
    return localize(this.config.locale);
  }

  /** Fires a bubbling, composed `sd-*` event; returns false if a listener cancelled it. */
  protected emit<K extends keyof SdEventDetails>(name: K, detail: SdEventDetails[K], { cancelable = false } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<SdEventDetails[K]>(name, { detail, bubbles: true, composed: true, cancelable }));
  }
}

/** The nearest `<sd-shop>` around an element, across shadow roots. */
function enclosingShop(element: Element): Element | null {
  let node: Node | null = element;
  while (node) {
    const found: Element | null = node instanceof Element ? node.closest('sd-shop') : null;
    if (found) return found;
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
