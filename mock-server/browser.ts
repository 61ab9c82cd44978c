/**
 * The mock shop in a browser page (demo, Storybook, component tests), through
 * MSW's service worker (public/mockServiceWorker.js). `?scenario=slow` etc. in
 * the page URL picks a scenario.
 */
import { setupWorker } from 'msw/browser';
import { createMockShop, type MockShopOptions, type ScenarioName } from './index.js';

export async function startMockShop(options: MockShopOptions & { quiet?: boolean } = {}) {
  const fromUrl = new URLSearchParams(location.search).get('scenario') as ScenarioName | null;
  const mock = createMockShop({ ...options, scenario: options.scenario ?? fromUrl ?? undefined });
  const worker = setupWorker(...mock.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: options.quiet ?? true });
  return { ...mock, worker };
}
