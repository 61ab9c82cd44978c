/**
 * The mock shop's state as plain JSON, and back: what the in-browser mock keeps
 * in localStorage so that the demo's cart survives a reload. Only what a shopper
 * or a designer changes is kept (carts, stock, subscriptions, the notification
 * log); the catalog itself always comes from the code. Anything that does not
 * look exactly like a snapshot of this version is refused as a whole.
 */
import type { DbState, SentNotification, StoredLine, Subscriber } from './state.js';

export const SNAPSHOT_VERSION = 1;

export interface DbSnapshot {
  version: typeof SNAPSHOT_VERSION;
  sessions: [string, StoredLine[]][];
  /** product id → qty_available */
  stock: Record<string, number>;
  subscribers: Subscriber[];
  notifications: SentNotification[];
}

export function takeSnapshot(state: DbState): DbSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    sessions: [...state.sessions].map(([id, lines]) => [id, lines.map((line) => ({ ...line }))]),
    stock: Object.fromEntries([...state.products.values()].map((product) => [String(product.id), product.qty_available])),
    subscribers: state.subscribers.map((subscriber) => ({ ...subscriber })),
    notifications: state.notifications.map((notification) => ({ ...notification })),
  };
}

type Check = (value: unknown) => boolean;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const num: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const int: Check = (value) => Number.isInteger(value);
const str: Check = (value) => typeof value === 'string';
const bool: Check = (value) => typeof value === 'boolean';
const nullable = (check: Check): Check => (value) => value === null || check(value);
const oneOf = (...allowed: unknown[]): Check => (value) => allowed.includes(value);
const shape = (fields: Record<string, Check>): Check => (value) => isObject(value) && Object.entries(fields).every(([key, check]) => check(value[key]));
const listOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);

const line = shape({ product_id: int, name: str, quantity: num, price: num, image_url: str, uom: str, bundle_id: nullable(int) });
const subscriber = shape({ product_id: int, email: str, phone: nullable(str), notify_email: bool, notify_sms: bool, notified: bool, notified_date: nullable(str) });
const notification = shape({ channel: oneOf('email', 'sms'), address: str, productId: int, productName: str, at: str });
const session = (value: unknown) => Array.isArray(value) && value.length === 2 && str(value[0]) && listOf(line)(value[1]);
const snapshot = shape({
  version: oneOf(SNAPSHOT_VERSION),
  sessions: listOf(session),
  stock: (value) => isObject(value) && Object.values(value).every(num),
  subscribers: listOf(subscriber),
  notifications: listOf(notification),
});

/** The snapshot, if `value` is one of this version; undefined otherwise. */
export function readSnapshot(value: unknown): DbSnapshot | undefined {
  return snapshot(value) ? (value as DbSnapshot) : undefined;
}

/** Puts a (checked) snapshot into the state; stock of products no longer in the catalog is dropped. */
export function applySnapshot(state: DbState, data: DbSnapshot): void {
  state.sessions = new Map(data.sessions.map(([id, lines]) => [id, lines.map((item) => ({ ...item }))]));
  for (const [id, qty] of Object.entries(data.stock)) {
    const product = state.products.get(Number(id));
    if (product) product.qty_available = qty;
  }
  state.subscribers = data.subscribers.map((item) => ({ ...item }));
  state.notifications = data.notifications.map((item) => ({ ...item }));
}
