/** The mock shop in Node (vitest, the benchmark), through MSW's request interception. */
import { setupServer } from 'msw/node';
import { createMockShop, type MockShopOptions } from './index.js';

export function createMockServer(options: MockShopOptions = {}) {
  const mock = createMockShop(options);
  const server = setupServer(...mock.handlers);
  return { ...mock, server };
}
