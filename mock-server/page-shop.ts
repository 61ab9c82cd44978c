/**
 * The mock shop as a page sets it up (browser.ts, without the service worker,
 * so that Node tests can run it): the scenario from `?scenario=` (an unknown
 * name is said once in the console, with the known ones), and, when asked, the
 * state kept in the browser's storage. Kept state loads first; a scenario then
 * applies on top of it.
 */
import { createMockShop, type MockShopOptions } from './index.js';
import { persistDb, type MockStorage, type Persistence } from './persist.js';
import { scenarioFromSearch, type ScenarioName } from './scenarios.js';

export interface PageShopOptions extends MockShopOptions {
  /** Keep the state in the browser's storage across reloads (the demo does; tests and stories do not). */
  persist?: boolean | { storage?: MockStorage; key?: string };
}

export interface PageShopEnvironment {
  /** The page URL's query string (`location.search`). */
  search: string;
  /** The browser's storage (`localStorage`), if it can be used. */
  storage?: MockStorage;
  warn?: (message: string) => void;
}

export function createPageShop({ persist = false, scenario, ...options }: PageShopOptions, { search, storage, warn = console.warn }: PageShopEnvironment) {
  const mock = createMockShop(options);
  const store = typeof persist === 'object' ? (persist.storage ?? storage) : storage;
  const persistence: Persistence | undefined = persist && store ? persistDb(mock.db, store, typeof persist === 'object' ? persist.key : undefined) : undefined;
  const fromUrl = scenarioFromSearch(search);
  if (fromUrl.message) warn(fromUrl.message);
  const applied: ScenarioName = scenario ?? fromUrl.name ?? 'default';
  mock.controls.applyScenario(applied);
  return {
    ...mock,
    persistence,
    /** The scenario in force, and an unknown `?scenario=` name with what to tell the designer. */
    scenario: { name: applied, unknown: fromUrl.unknown, message: fromUrl.message },
  };
}

export type PageShop = ReturnType<typeof createPageShop>;
