/**
 * The shapes the mock's parts share: its settings and its controls. Kept apart
 * so that the handlers, the scenarios and `index.ts` all depend on this module
 * and never on each other.
 */
import type { MockDb, SeedLine } from './db/index.js';

/**
 * How a forced request fails (or, for the last three, what it does instead):
 * - `server`: an Odoo server error (JSON-RPC error; 500 in REST)
 * - `http500`: an HTML 500 page
 * - `network`: the connection drops before anything is done
 * - `business`: a refusal in `result` ("Simulated refusal")
 * - `invalid-json`: an HTML body with status 200
 * - `session-expired`: "Odoo Session Expired" (401 in REST)
 * - `timeout`: never answers
 * - `commit-then-drop`: the route runs and commits, then the connection drops
 * - `late-commit`: waits `delayMs` (5 s by default), then runs, commits and answers
 * - `respond`: answers exactly `body` (the JSON-RPC `result`, or the REST body)
 */
export const FORCED_ERROR_KINDS = [
  'server',
  'http500',
  'network',
  'business',
  'invalid-json',
  'session-expired',
  'timeout',
  'commit-then-drop',
  'late-commit',
  'respond',
] as const;
export type ForcedErrorKind = (typeof FORCED_ERROR_KINDS)[number];

export interface ForceErrorOptions {
  /** `late-commit`: how long to wait before running the route (ms, default 5000). */
  delayMs?: number;
  /** `respond`: the body to answer with (any JSON value). */
  body?: unknown;
  /** `respond` in REST: the HTTP status (default 200). */
  status?: number;
}

export interface ForcedError extends ForceErrorOptions {
  /** A route path below the API base as the route table spells it (`/cart/add`, `/product/<id>/stock`), or '*'. */
  endpoint: string;
  kind: ForcedErrorKind;
  times: number;
}

export interface MockSettings {
  /** ms before each answer (a number, or a range). */
  latency: number | { min: number; max: number };
  /** Share of API requests (0–1) that fail like a dropped connection. */
  failureRate: number;
  /** The next `times` requests to `endpoint` fail (or behave) this way. */
  forced: ForcedError[];
  /** Every call answers "Odoo Session Expired" until reset. */
  sessionExpired: boolean;
  random: () => number;
}

export interface MockControls {
  db: MockDb;
  /** Back to the catalog as shipped: no carts, no subscribers, default settings. */
  reset(): void;
  /** Applies a named scenario; false if there is none of that name. */
  applyScenario(name: string): boolean;
  setStock(productId: number, qty: number): ReturnType<MockDb['setStock']>;
  setLatency(latency: MockSettings['latency']): void;
  setFailureRate(rate: number): void;
  forceError(endpoint: string, kind: ForcedErrorKind, times?: number, options?: ForceErrorOptions): void;
  expireSession(expired?: boolean): void;
  seedCart(lines: SeedLine[]): void;
  notifications: MockDb['notifications'];
  state(): { settings: Omit<MockSettings, 'random'>; subscribers: ReturnType<MockDb['subscribers']> };
}
