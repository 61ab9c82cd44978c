/** Storybook parameters that give a story its own mock shop, in a named scenario. */
import { createMockShop, type MockShopOptions, type ScenarioName } from '../mock-server/index.js';

export function mockShop(scenario: ScenarioName = 'default', options: MockShopOptions & { setup?: (mock: ReturnType<typeof createMockShop>) => void } = {}) {
  const mock = createMockShop({ ...options, scenario });
  options.setup?.(mock);
  return { msw: { handlers: mock.handlers } };
}
