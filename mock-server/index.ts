/**
 * The mock Smart Dairy backend: one state, MSW handlers for the API (both
 * transports), images, scenario controls, and a live WebSocket. The same
 * handlers serve the browser (browser.ts), Node tests (node.ts) and a real HTTP
 * server (http.ts). It shares only types with `src/`.
 */
import { ws, type RequestHandler, type WebSocketHandler } from 'msw';
import { createDb, type ChangeMessage, type MockDb } from './db.js';
import { apiHandler, type ForcedErrorKind, type MockSettings } from './handlers/api.js';
import { assetHandlers } from './handlers/assets.js';
import { controlHandlers } from './handlers/control.js';
import { scenarios, type ScenarioName } from './scenarios.js';

export { scenarios, type ScenarioName } from './scenarios.js';
export type { ForcedErrorKind, MockSettings } from './handlers/api.js';
export type { MockDb, SentNotification, ChangeMessage } from './db.js';
export { products as catalogProducts, bundles as catalogBundles } from './catalog.js';
export type { MockProduct, MockBundle, Category } from './catalog.js';

export const DEFAULT_BASE_PATH = '/api/v1';
/** Where the mock's live updates are, for `configure({ liveUrl })`. */
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
}

export interface MockControls {
  db: MockDb;
  reset(): void;
  applyScenario(name: string): boolean;
  setStock(productId: number, qty: number): ReturnType<MockDb['setStock']>;
  setLatency(latency: MockSettings['latency']): void;
  setFailureRate(rate: number): void;
  forceError(endpoint: string, kind: ForcedErrorKind, times?: number): void;
  expireSession(expired?: boolean): void;
  seedCart: MockDb['seedCart'];
  notifications: MockDb['notifications'];
  state(): { settings: Omit<MockSettings, 'random'>; subscribers: ReturnType<MockDb['subscribers']> };
}

export function createMockShop(options: MockShopOptions = {}) {
  const basePath = options.basePath ?? DEFAULT_BASE_PATH;
  const db = createDb();
  const initialLatency = options.latency ?? 0;
  const settings: MockSettings = { latency: initialLatency, failureRate: 0, forced: [], sessionExpired: false, random: options.random ?? Math.random };

  const controls: MockControls = {
    db,
    reset() {
      db.reset();
      Object.assign(settings, { latency: initialLatency, failureRate: 0, forced: [], sessionExpired: false });
      db.emit({ type: 'cart.updated' });
    },
    applyScenario(name) {
      const scenario = scenarios[name as ScenarioName];
      if (!scenario) return false;
      scenario(controls);
      return true;
    },
    setStock: (productId, qty) => db.setStock(productId, qty),
    setLatency: (latency) => void (settings.latency = latency),
    setFailureRate: (rate) => void (settings.failureRate = Math.min(1, Math.max(0, rate))),
    forceError: (endpoint, kind, times = 1) => void settings.forced.push({ endpoint, kind, times }),
    expireSession: (expired = true) => void (settings.sessionExpired = expired),
    seedCart: (lines) => db.seedCart(lines),
    notifications: () => db.notifications(),
    state: () => ({
      settings: { latency: settings.latency, failureRate: settings.failureRate, forced: [...settings.forced], sessionExpired: settings.sessionExpired },
      subscribers: db.subscribers(),
    }),
  };
  if (options.scenario) controls.applyScenario(options.scenario);

  // Live updates: what the shop would push when stock or a cart changes elsewhere.
  const live = ws.link(options.liveUrl ?? LIVE_URL);
  const liveHandler: WebSocketHandler = live.addEventListener('connection', ({ client }) => {
    const off = db.onChange((message: ChangeMessage) => client.send(JSON.stringify(message)));
    client.addEventListener('close', off);
  });

  const handlers: (RequestHandler | WebSocketHandler)[] = [
    ...controlHandlers(controls),
    ...assetHandlers(db),
    apiHandler(db, settings, basePath, { headerCookies: options.headerCookies ?? false }),
    liveHandler,
  ];

  return { db, controls, handlers, basePath };
}

export type MockShop = ReturnType<typeof createMockShop>;
