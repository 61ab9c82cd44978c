/**
 * The mock shop in a browser page (demo, component tests), through MSW's
 * service worker (public/mockServiceWorker.js). `?scenario=slow` etc. in the
 * page URL picks a scenario. `persist: true` keeps the shop's state in
 * localStorage across reloads (the demo), see persist.ts.
 */
import { setupWorker } from 'msw/browser';
import { createPageShop, type PageShopOptions } from './page-shop.js';
import type { MockStorage } from './persist.js';

export type { PageShopOptions } from './page-shop.js';
export { STORAGE_KEY } from './persist.js';

/** localStorage, unless the browser blocks it. */
function browserStorage(): MockStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export async function startMockShop(options: PageShopOptions & { quiet?: boolean } = {}) {
  const { quiet = true, ...shopOptions } = options;
  const mock = createPageShop(shopOptions, { search: location.search, storage: browserStorage() });
  const { persistence } = mock;
  if (persistence) {
    // Another tab of the demo changed the shop: take its state, and have this tab's widgets refetch.
    window.addEventListener('storage', (event) => {
      if (event.key !== persistence.key && event.key !== null) return;
      if (!persistence.reload()) return;
      mock.db.emit({ type: 'cart.updated' });
    });
  }
  const worker = setupWorker(...mock.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet });
  return { ...mock, worker };
}
