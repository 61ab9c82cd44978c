import { consume } from '@lit/context';
import { Watch } from '../internal/watch.js';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { $config, type ShopConfig } from '../config/config.js';
import { shopConfigContext } from '../config/context.js';
import { localize, type Localized } from '../i18n/index.js';

/**
 * The small base of every widget: its configuration (from the nearest `<sd-shop>`,
 * else the page's `configure()`), its wording, and typed `sd-*` events.
 */
export class SdElement extends LitElement {
  @consume({ context: shopConfigContext, subscribe: true })
  @state()
  protected shopConfig?: ShopConfig;

  private readonly pageConfig = new Watch(this, $config);

  protected get config(): ShopConfig {
    return this.shopConfig ?? this.pageConfig.value;
  }

  protected get i18n(): Localized {
    return localize(this.config.locale);
  }

  /** Fires a bubbling, composed `sd-*` event; returns false if a listener cancelled it. */
  protected emit<T>(name: `sd-${string}`, detail: T, { cancelable = false } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
  }
}
