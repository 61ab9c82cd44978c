/**
 * The shop's active bundles: one `/bundles` request for every element that shows
 * them (bundle cards, the bundle list, the mini cart naming a group of lines), and
 * what the shop has told us about their per-order maximums.
 */
import { atom, map, onMount } from 'nanostores';
import type { ShopClient } from '../client/client.js';
import { ShopError } from '../client/errors.js';
import type { BundleInfo } from '../client/types.js';
import { log } from '../internal/log.js';

export interface BundlesState {
  /** `loading` until the first answer; a later refresh keeps `ready` (and the list) while it runs. */
  state: 'loading' | 'ready' | 'error';
  bundles: BundleInfo[];
  error: ShopError | null;
}

const INITIAL: BundlesState = { state: 'loading', bundles: [], error: null };

export function createBundleStore({ client }: { client: () => ShopClient }) {
  const $bundles = atom<BundlesState>(INITIAL);
  /**
   * Per-order maximums by bundle id. The API's BundleInfo does not carry
   * `max_quantity_per_order`; the shop says it when it refuses an add
   * ("Maximum 2 bundles per order"), and every card of that bundle then offers no more.
   */
  const $limits = map<Record<string, number>>({});

  let loading: Promise<void> | undefined;
  /** The client the list came from: another API (configure) is another shop, with other bundles. */
  let source: ShopClient | undefined;
  /** Bumped by reset(): an answer to an older request is dropped. */
  let generation = 0;

  /** Fetches the list (again); calls made while one is on its way share it. */
  function load(): Promise<void> {
    loading ??= (async () => {
      const mine = generation;
      const from = (source = client());
      const current = $bundles.get();
      if (current.state === 'error') $bundles.set({ ...current, state: 'loading', error: null });
      try {
        const bundles = await from.getBundles();
        if (mine !== generation) return;
        $bundles.set({ state: 'ready', bundles, error: null });
      } catch (error) {
        if (mine !== generation) return;
        const failure = ShopError.from(error, '/bundles');
        log.warn(`Could not load the bundles (${failure.kind}): ${failure.message}`);
        // A refresh that fails keeps the list we have; only a list we never had is an error.
        if ($bundles.get().state !== 'ready') $bundles.set({ state: 'error', bundles: [], error: failure });
      } finally {
        if (mine === generation) loading = undefined;
      }
    })();
    return loading;
  }

  /**
   * Loads the list unless it is loaded (from the current API), on its way, or has
   * failed: after a failure only `load()` (a "Try again") asks again, so a failing
   * API is not asked on every render. Elements call it when they need the list.
   */
  function ensure(): Promise<void> {
    if (source && source !== client()) reset();
    if (loading) return loading;
    return $bundles.get() === INITIAL ? load() : Promise.resolve();
  }

  /**
   * Asks for the list again, in place of one on its way (asked in another
   * language, say), whose answer is then dropped. The list shown stays until the
   * new one arrives. Nothing to do if nobody has asked for it, or it failed.
   */
  function refresh(): Promise<void> {
    if (!loading && $bundles.get().state !== 'ready') return Promise.resolve();
    generation++;
    loading = undefined;
    return load();
  }

  /** Forgets the list and the learned maximums: the next `ensure()` (an element connecting, the mini cart given bundle lines) loads it again. */
  function reset(): void {
    generation++;
    loading = undefined;
    source = undefined;
    $bundles.set(INITIAL);
    $limits.set({});
  }

  /** Remembers a per-order maximum the shop stated. */
  function learnLimit(bundleId: number, max: number): void {
    if (Number.isSafeInteger(max) && max >= 1) $limits.setKey(String(bundleId), max);
  }

  // A host that listens gets the list (the elements also ask with ensure(), which works while the store stays mounted).
  onMount($bundles, () => {
    void ensure();
  });

  return { $bundles, $limits, load, ensure, refresh, reset, learnLimit };
}

export type BundleStore = ReturnType<typeof createBundleStore>;
