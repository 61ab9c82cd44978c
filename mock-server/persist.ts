/**
 * Keeps the in-browser mock shop's state (carts, stock, subscriptions, the
 * notification log) in the browser's storage under one key, so that the demo's
 * cart survives a reload as a real shop's does. The cart cookie itself is kept
 * by MSW's own cookie jar (also in localStorage). Data that is not a snapshot of
 * this version (corrupt, older, hand-edited) is ignored and replaced on the next
 * change. Storage that is full or blocked leaves the shop in memory only.
 * The Node and HTTP mocks do not use this: they stay in memory.
 */
import type { MockDb } from './db/index.js';
import { SNAPSHOT_VERSION } from './db/snapshot.js';

/** Namespaced and versioned: a new snapshot format gets a new key. */
export const STORAGE_KEY = `smart-dairy-widgets:mock-shop:v${SNAPSHOT_VERSION}`;

/** The part of the Web Storage API used here (localStorage, or a fake in tests). */
export interface MockStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Persistence {
  key: string;
  /** Whether kept state was found and loaded when the shop started. */
  restored: boolean;
  /** Loads the kept state again (another tab changed it); false if there is none or it is not valid. */
  reload(): boolean;
  /** Forgets the kept state (the shop in memory is untouched: reset it too). */
  clear(): void;
  /** Stops saving. */
  stop(): void;
}

export function persistDb(db: MockDb, storage: MockStorage, key = STORAGE_KEY): Persistence {
  const load = (): boolean => {
    try {
      const raw = storage.getItem(key);
      return raw !== null && db.restore(JSON.parse(raw));
    } catch {
      return false;
    }
  };
  const save = () => {
    try {
      storage.setItem(key, JSON.stringify(db.snapshot()));
    } catch {
      // Full or blocked: the shop goes on in memory.
    }
  };
  const restored = load();
  const stop = db.onWrite(save);
  return {
    key,
    restored,
    reload: load,
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Blocked storage holds nothing to clear.
      }
    },
    stop,
  };
}
