/**
 * The mock Smart Dairy backend: one state, MSW handlers for the API (both
 * transports), images, scenario controls, and a live WebSocket. The same
 * handlers serve the browser (browser.ts), Node tests (node.ts) and a real HTTP
 * server (http.ts). It shares only types with `src/`.
 */
import type { RequestHandler, WebSocketHandler } from 'msw';
import { createControls } from './controls.js';
import { createDb } from './db/index.js';
import { apiHandler } from './handlers/api.js';
import { assetHandlers } from './handlers/assets.js';
import { controlHandlers } from './handlers/control.js';
import { liveHandler } from './handlers/live.js';
import type { ScenarioName } from './scenarios.js';
import type { MockSettings } from './types.js';

export { scenarios, type ScenarioName } from './scenarios.js';
export type { ForcedErrorKind, ForceErrorOptions, MockControls, MockSettings } from './types.js';
export type { MockDb, SentNotification, ChangeMessage } from './db/index.js';
export { products as catalogProducts, bundles as catalogBundles } from './catalog.js';
export type { MockProduct, MockBundle, Category } from './catalog.js';

export const DEFAULT_BASE_PATH = '/api/v1';
/** Where the in-page mock's live updates are, for `configure({ liveUrl })`. */
export const LIVE_URL = 'ws://localhost/sd-live';

export interface MockShopOptions {
  basePath?: string;
  latency?: MockSettings['latency'];
  scenario?: ScenarioName;
  /** A seeded random source, for repeatable flaky runs. */
  random?: () => number;
  liveUrl?: string;
  /** Read the guest cookie from the Cookie header only (a real HTTP server, many clients). */
  headerCookies?: boolean;
  /** The guest cookie's SameSite (`None` adds `Secure`): the real HTTP server uses `None`. */
  sameSite?: 'Lax' | 'None';
}

export function createMockShop(options: MockShopOptions = {}) {
  const basePath = options.basePath ?? DEFAULT_BASE_PATH;
  const db = createDb();
  const settings: MockSettings = { latency: options.latency ?? 0, failureRate: 0, forced: [], sessionExpired: false, random: options.random ?? Math.random };
  const controls = createControls(db, settings);
  if (options.scenario) controls.applyScenario(options.scenario);

  const handlers: (RequestHandler | WebSocketHandler)[] = [
    ...controlHandlers(controls),
    ...assetHandlers(db),
    apiHandler(db, settings, basePath, { headerCookies: options.headerCookies ?? false, sameSite: options.sameSite ?? 'Lax' }),
    liveHandler(db, options.liveUrl ?? LIVE_URL),
  ];

  return { db, controls, handlers, basePath };
}

export type MockShop = ReturnType<typeof createMockShop>;
