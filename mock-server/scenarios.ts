/**
 * Named situations for stories, tests and the demo (`?scenario=` in the browser,
 * `parameters.msw` in Storybook, `applyScenario()` in tests).
 */
import type { MockControls } from './types.js';

export const scenarios = {
  /** The catalog as shipped, an empty cart. */
  default: () => undefined,
  /** Same as default: a new guest's empty cart. */
  empty: () => undefined,
  /** A cart with several lines, low stock and a bundle's lines. */
  'filled-cart': (controls: MockControls) =>
    controls.seedCart([
      { product_id: 1, quantity: 2 },
      { product_id: 7, quantity: 2 },
      { product_id: 21, quantity: 1 },
      { product_id: 6, quantity: 2, bundle_id: 2 },
      { product_id: 8, quantity: 2, bundle_id: 2 },
    ]),
  /** Many lines, for scrolling and long names. */
  'many-lines': (controls: MockControls) =>
    controls.seedCart([1, 2, 3, 6, 9, 10, 12, 14, 16, 17, 19, 20, 23, 24].map((product_id, i) => ({ product_id, quantity: 1 + (i % 3) }))),
  /** Every answer takes 1.5 s, like a weak 3G connection. */
  slow: (controls: MockControls) => controls.setLatency(1_500),
  /** 30 % of requests fail like dropped connections. */
  flaky: (controls: MockControls) => controls.setFailureRate(0.3),
  /** Everything stocked is sold out. */
  'out-of-stock': (controls: MockControls) => {
    for (const product of controls.db.allProducts()) if (product.type === 'product') controls.setStock(product.id, 0);
  },
  /** Every call answers "Odoo Session Expired". */
  'session-expired': (controls: MockControls) => controls.expireSession(true),
  /** Every call fails with an Odoo server error. */
  'server-error': (controls: MockControls) => controls.forceError('*', 'server', Number.POSITIVE_INFINITY),
} satisfies Record<string, (controls: MockControls) => void>;

export type ScenarioName = keyof typeof scenarios;

export const scenarioNames = Object.keys(scenarios) as ScenarioName[];

export const isScenarioName = (name: string): name is ScenarioName => Object.hasOwn(scenarios, name);

/** What `?scenario=` in a page's URL asks for: a known name, an unknown one (with what to say), or nothing. */
export function scenarioFromSearch(search: string): { name?: ScenarioName; unknown?: string; message?: string } {
  const requested = new URLSearchParams(search).get('scenario');
  if (requested === null || requested === '') return {};
  if (isScenarioName(requested)) return { name: requested };
  return { unknown: requested, message: `Unknown mock scenario "${requested}": the shop runs as "default". Known scenarios: ${scenarioNames.join(', ')}.` };
}
