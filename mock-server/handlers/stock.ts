/** StockController's look-ups: one product's stock, and many at once. */
import { OdooError } from '../db/index.js';
import { integer, type Route } from './route.js';

export const stockRoutes: Route[] = [
  {
    path: '/product/<id>/stock',
    get: true,
    cart: false,
    run: ({ db, id }) => {
      const product = db.product(id);
      if (!product) return { error: 'Product not found', code: 404 };
      return { success: true, data: db.stockInfo(product) };
    },
  },
  {
    path: '/products/stock-status',
    get: false,
    cart: false,
    run: ({ db, params }) => {
      const ids = params.product_ids ?? [];
      if (!Array.isArray(ids)) throw new OdooError('product_ids must be a list', 'builtins.TypeError');
      if (ids.length === 0) return { success: true, data: {} };
      const data: Record<string, unknown> = {};
      for (const raw of ids) {
        const product = db.product(integer(raw, 'product_ids[]'));
        if (product) data[String(product.id)] = db.stockInfo(product);
      }
      return { success: true, data };
    },
  },
];
