export { createShopClient, CLIENT_DEFAULTS } from './client.js';
export type { ShopClient, ClientOptions, CallOptions, CartChange, SubscribeResult } from './client.js';
export { ShopError, isShopError } from './errors.js';
export type { ShopErrorKind } from './errors.js';
export type * from './types.js';
