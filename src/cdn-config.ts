/**
 * Runs before any element is defined: a theme may configure the widgets before
 * the script loads, with `window.SmartDairyWidgets = { config: { apiBase: … } }`.
 */
import { configure, type ShopConfig } from './config/config.js';

const early = (window as unknown as { SmartDairyWidgets?: { config?: Partial<ShopConfig> } }).SmartDairyWidgets?.config;
if (early && typeof early === 'object') configure(early);
