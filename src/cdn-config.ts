/**
 * Runs before any element is defined: a theme may configure the widgets before
 * the script loads, with `window.SmartDairyWidgets = { config: { apiBase: … } }`.
 */
import { configure, type ShopConfig } from './config/config.js';
import { isSecondCopy } from './internal/registry.js';

// A second copy finds the first copy's API object there, not a theme's settings.
if (!isSecondCopy()) {
  const early = (window as unknown as { SmartDairyWidgets?: { config?: Partial<ShopConfig> } }).SmartDairyWidgets?.config;
  if (early && typeof early === 'object') configure(early);
}
