/**
 * Storybook parameters that give a story its own mock shop, in a named scenario,
 * and the toolbar's "Mock scenario" menu, which adds a situation on top of any
 * story's own mock (see .storybook/preview.ts).
 */
import { createMockShop, type MockShop, type MockShopOptions, type ScenarioName } from '../mock-server/index.js';

type Setup = (mock: MockShop) => void;

/** `parameters.mockShop`: a story's mock, and how to rebuild its starting state. */
export interface StoryMock {
  mock: MockShop;
  /** Puts the mock back in the state the story starts from (after `controls.reset()`). */
  build: () => void;
}

export function mockShop(scenario: ScenarioName = 'default', options: MockShopOptions & { setup?: Setup } = {}) {
  const { setup, ...shopOptions } = options;
  const mock = createMockShop({ ...shopOptions, scenario });
  setup?.(mock);
  return storyMock(mock, () => {
    mock.controls.applyScenario(scenario);
    setup?.(mock);
  });
}

/** Parameters for a story that keeps its own mock at hand (its render uses the mock's controls). */
export function storyMock(mock: MockShop, build: () => void = () => undefined): { msw: { handlers: MockShop['handlers'] }; mockShop: StoryMock } {
  return { msw: { handlers: mock.handlers }, mockShop: { mock, build } };
}

/**
 * For Bengali stories with a cart count: the cart button's name, "কার্ট, ১২টি পণ্য",
 * holds the visible count fused with its classifier (১২টি), which axe's
 * label-in-name rule (it matches whole words) does not recognise; a count of two
 * digits or more fails it although the name says the number. English ("Cart, 12
 * items") keeps the rule.
 */
export const BENGALI_COUNT_A11Y = { a11y: { config: { rules: [{ id: 'label-content-name-mismatch', enabled: false }] } } };

/** Products back in stock after a delay: their ids, for the page to look again. */
export interface Later {
  after: number;
  run: () => number[];
}

/**
 * The toolbar's situations, added to the story's own mock after it is rebuilt.
 * `story` leaves the story as written.
 */
export const TOOLBAR_SCENARIOS: Record<string, { title: string; apply?: (mock: MockShop) => Later | void }> = {
  story: { title: 'As the story says' },
  slow: { title: 'Slow network (1.5 s an answer)', apply: (mock) => void mock.controls.applyScenario('slow') },
  flaky: { title: 'Flaky (30 % of requests fail)', apply: (mock) => void mock.controls.applyScenario('flaky') },
  'server-error': { title: 'Server error on every call', apply: (mock) => void mock.controls.applyScenario('server-error') },
  'session-expired': { title: 'Session expired', apply: (mock) => void mock.controls.applyScenario('session-expired') },
  'out-of-stock': { title: 'Everything sold out', apply: (mock) => void mock.controls.applyScenario('out-of-stock') },
  restock: {
    title: 'Sold out, restocked after 5 s',
    apply: (mock) => {
      const stocked = mock.controls.db
        .allProducts()
        .filter((product) => product.type === 'product')
        .map((product) => [product.id, product.qty_available] as const);
      for (const [id] of stocked) mock.controls.setStock(id, 0);
      return {
        after: 5_000,
        // A restock notifies the product's subscribers, as the shop would.
        run: () => stocked.map(([id, qty]) => (mock.controls.setStock(id, qty > 0 ? qty : 25), id)),
      };
    },
  },
  empty: { title: 'Empty cart', apply: (mock) => mock.controls.seedCart([]) },
  'filled-cart': { title: 'Filled cart (low stock, a bundle)', apply: (mock) => void mock.controls.applyScenario('filled-cart') },
  'many-lines': { title: 'Cart with many lines', apply: (mock) => void mock.controls.applyScenario('many-lines') },
};
