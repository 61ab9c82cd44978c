/**
 * The shop's active bundles, loaded once while something shows them (the bundle
 * card, or the mini cart naming the bundle its lines came from).
 */
import { atom, onMount } from 'nanostores';
import type { ShopClient } from '../client/client.js';
import { ShopError } from '../client/errors.js';
import type { BundleInfo } from '../client/types.js';

export interface BundlesState {
  state: 'loading' | 'ready' | 'error';
  bundles: BundleInfo[];
  error: ShopError | null;
}

export function createBundleStore({ client }: { client: () => ShopClient }) {
  const $bundles = atom<BundlesState>({ state: 'loading', bundles: [], error: null });

  async function load(): Promise<void> {
    try {
      $bundles.set({ state: 'ready', bundles: await client().getBundles(), error: null });
    } catch (error) {
      const failure = ShopError.from(error, '/bundles');
      $bundles.set({ state: 'error', bundles: $bundles.get().bundles, error: failure });
    }
  }

  onMount($bundles, () => {
    if ($bundles.get().state !== 'ready') void load();
  });

  return { $bundles, load };
}

export type BundleStore = ReturnType<typeof createBundleStore>;
