import { createContext } from '@lit/context';
import type { ShopConfig } from './config.js';

/** The configuration an `<sd-shop>` gives the widgets inside it. */
export const shopConfigContext = createContext<ShopConfig>(Symbol.for('sd-shop-config'));
