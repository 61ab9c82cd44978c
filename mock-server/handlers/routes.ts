/** Every route of the API, by domain, and how a path finds its route. */
import { bundleRoutes } from './bundles.js';
import { cartRoutes } from './cart.js';
import type { Route } from './route.js';
import { stockRoutes } from './stock.js';
import { subscriptionRoutes } from './subscriptions.js';

export type { Route, RouteContext } from './route.js';

export const routes: Route[] = [...cartRoutes, ...stockRoutes, ...subscriptionRoutes, ...bundleRoutes];

const patterns = routes.map((route) => ({ route, pattern: new RegExp(`^${route.path.replace('<id>', '(\\d+)')}/?$`) }));

/** Finds the route of a path below the API base, and the number in it. */
export function match(path: string): { route: Route; id: number } | undefined {
  for (const { route, pattern } of patterns) {
    const found = pattern.exec(path);
    if (found) return { route, id: found[1] ? Number(found[1]) : 0 };
  }
  return undefined;
}
