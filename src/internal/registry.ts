/**
 * Page-wide singletons live on `globalThis`, so a page that loads both the script
 * tag and an npm build still has ONE cart (two carts would disagree with each other).
 */
import { log } from './log.js';
import { VERSION } from './version.js';

export { VERSION };
const KEY = Symbol.for('smart-dairy-widgets');

/** This copy of the library (each copy of this module is its own object). */
const COPY = {};

interface Registry {
  version: string;
  /** The copy that came first: it owns the stores and the elements. */
  owner: object;
  values: Map<string, unknown>;
  warned?: boolean;
}

function registry(): Registry {
  const root = globalThis as unknown as Record<symbol, Registry | undefined>;
  let found = root[KEY];
  if (!found) found = root[KEY] = { version: VERSION, owner: COPY, values: new Map() };
  else if (found.owner !== COPY && !found.warned) {
    found.warned = true;
    log.warn(`Smart Dairy Widgets is loaded twice (${found.version}, then ${VERSION}): the first copy wins, and the second adds and replaces nothing. Load one copy.`);
  }
  return found;
}

/** Whether another copy of the library was loaded before this one (and so owns the page). */
export const isSecondCopy = (): boolean => registry().owner !== COPY;

export function singleton<T>(name: string, create: () => T): T {
  const { values } = registry();
  if (!values.has(name)) values.set(name, create());
  return values.get(name) as T;
}
