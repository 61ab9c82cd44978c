/**
 * Back-in-stock subscriptions. Remembers on this device WHICH products the shopper
 * asked about (never the address), so a returning visitor sees "you'll be
 * notified" without asking the server.
 */
import { atom } from 'nanostores';
import type { ShopClient } from '../client/client.js';
import { ShopError } from '../client/errors.js';
import { log } from '../internal/log.js';
import { localStorageOf } from '../internal/storage.js';
import type { SubscribeParams } from '../client/types.js';

const KEY = 'smart-dairy-widgets:back-in-stock';

export type SubscribeOutcome = { ok: true; alreadySubscribed: boolean; message: string } | { ok: false; error: ShopError };

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function createSubscriptionStore({ client, storage = localStorageOf() }: { client: () => ShopClient; storage?: KeyValueStorage | undefined }) {
  const read = (): number[] => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(Number.isInteger) : [];
    } catch {
      return [];
    }
  };
  const $subscribed = atom<number[]>(read());

  function remember(productId: number): void {
    const next = [...new Set([...$subscribed.get(), productId])];
    $subscribed.set(next);
    try {
      storage?.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage full or blocked: this tab still knows.
    }
  }

  async function subscribe(productId: number, params: SubscribeParams): Promise<SubscribeOutcome> {
    try {
      const result = await client().subscribeToStock(productId, params);
      remember(productId);
      return { ok: true, ...result };
    } catch (error) {
      const failure = ShopError.from(error, '/product/<id>/notify-stock');
      log.warn(`Back-in-stock subscription for product ${productId} failed (${failure.kind}): ${failure.message}`);
      return { ok: false, error: failure };
    }
  }

  return {
    /** Products this device subscribed to. */
    $subscribed,
    subscribe,
    isSubscribed: (productId: number) => $subscribed.get().includes(productId),
  };
}

export type SubscriptionStore = ReturnType<typeof createSubscriptionStore>;
