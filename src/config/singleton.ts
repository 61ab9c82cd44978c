/**
 * Page-wide singletons live on `globalThis`, so a page that loads both the script
 * tag and an npm build still has ONE cart (two carts would disagree with each other).
 */
import { log } from '../client/log.js';

export const VERSION = '0.1.0';
const KEY = Symbol.for('smart-dairy-widgets');

interface Registry {
  version: string;
  values: Map<string, unknown>;
  warned?: boolean;
}

export function singleton<T>(name: string, create: () => T): T {
  const root = globalThis as unknown as Record<symbol, Registry | undefined>;
  let registry = root[KEY];
  if (!registry) registry = root[KEY] = { version: VERSION, values: new Map() };
  else if (registry.version !== VERSION && !registry.warned) {
    registry.warned = true;
    log.warn(`Two versions of the widgets are loaded (${registry.version} and ${VERSION}); they share the first one's cart. Load one copy.`);
  }
  if (!registry.values.has(name)) registry.values.set(name, create());
  return registry.values.get(name) as T;
}
