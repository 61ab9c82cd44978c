/** The bundle routes (the seed shows their model, not their controller). */
import { integer, type Route } from './route.js';

export const bundleRoutes: Route[] = [
  {
    path: '/bundles',
    get: true,
    cart: false,
    run: ({ db, lang }) => ({ success: true, data: db.activeBundles().map((bundle) => db.bundleInfo(bundle, lang)) }),
  },
  {
    path: '/bundles/<id>/add-to-cart',
    get: false,
    cart: true,
    run: ({ db, id, params, session }) => {
      // The seed's answer carries no cart: the client refetches it.
      const result = db.bundleAddToCart(id, session(), integer(params.quantity ?? 1, 'quantity'));
      if (db.isError(result)) return { error: result.error, code: result.code ?? 400 };
      return result;
    },
  },
];
