export { configure, $config, DEFAULT_CONFIG, validateConfig } from './config.js';
export type { ShopConfig, Locale } from './config.js';
export { SdShop } from './shop.component.js';
