/** StockController's back-in-stock subscription. */
import type { Route } from './route.js';

export const subscriptionRoutes: Route[] = [
  {
    path: '/product/<id>/notify-stock',
    get: false,
    cart: false,
    run: ({ db, id, params }) => {
      if (!params.email) return { error: 'Email is required', code: 400 };
      const result = db.subscribe(id, String(params.email), params);
      if (db.isError(result)) return { error: result.error, code: 400 };
      return { success: true, message: result.message };
    },
  },
];
