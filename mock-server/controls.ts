/** The scenario controls over one mock shop (also served over HTTP by handlers/control.ts). */
import type { MockDb } from './db/index.js';
import { isScenarioName, scenarios } from './scenarios.js';
import type { MockControls, MockSettings } from './types.js';

export function createControls(db: MockDb, settings: MockSettings): MockControls {
  const initialLatency = settings.latency;
  const controls: MockControls = {
    db,
    reset() {
      db.reset();
      Object.assign(settings, { latency: initialLatency, failureRate: 0, forced: [], sessionExpired: false });
      db.emit({ type: 'cart.updated' });
    },
    applyScenario(name) {
      if (!isScenarioName(name)) return false;
      scenarios[name](controls);
      return true;
    },
    setStock: (productId, qty) => db.setStock(productId, qty),
    setLatency: (latency) => void (settings.latency = latency),
    setFailureRate: (rate) => void (settings.failureRate = Math.min(1, Math.max(0, rate))),
    forceError: (endpoint, kind, times = 1, options = {}) => void settings.forced.push({ endpoint, kind, times, ...options }),
    expireSession: (expired = true) => void (settings.sessionExpired = expired),
    seedCart: (lines) => db.seedCart(lines),
    notifications: () => db.notifications(),
    state: () => ({
      settings: { latency: settings.latency, failureRate: settings.failureRate, forced: settings.forced.map((forced) => ({ ...forced })), sessionExpired: settings.sessionExpired },
      subscribers: db.subscribers(),
    }),
  };
  return controls;
}
