/**
 * The controllers of the seed (CartController, StockController, and the bundle
 * route the seed does not show), as one table: path → what the controller
 * returns. The transports (JSON-RPC and REST) only wrap and unwrap this.
 */
import { OdooError, type MockDb } from '../db.js';

export interface RouteContext {
  db: MockDb;
  params: Record<string, unknown>;
  /** The `<id>` in the path, if the route has one. */
  id: number;
  /** The cart session of this request (created if the request has none). */
  session(): string;
}

export interface Route {
  /** A path below the API base, `<id>` for a number. */
  path: string;
  /** The REST transport reads this route with GET (the seed's table). */
  get: boolean;
  /** Whether the route touches the guest's cart (and its cookie). */
  cart: boolean;
  run(context: RouteContext): unknown;
}

/** Odoo passes JSON params to Python as they are; a wrong type fails in Python. */
function integer(value: unknown, name: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new OdooError(`${name} must be an integer, got ${JSON.stringify(value)}`, 'builtins.TypeError');
}
function number(value: unknown, name: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new OdooError(`'<' not supported between instances of '${typeof value}' and 'float' (${name})`, 'builtins.TypeError');
}

const productIdRequired = { error: 'product_id is required', code: 400 };

export const routes: Route[] = [
  {
    path: '/cart',
    get: true,
    cart: true,
    run: ({ db, session }) => ({ success: true, data: db.summary(session()) }),
  },
  {
    path: '/cart/count',
    get: true,
    cart: true,
    run: ({ db, session }) => {
      const cart = db.summary(session());
      return { success: true, data: { count: cart.item_count, subtotal: cart.subtotal } };
    },
  },
  {
    path: '/cart/add',
    get: false,
    cart: true,
    run: ({ db, params, session }) => {
      if (!params.product_id) return productIdRequired;
      const productId = integer(params.product_id, 'product_id');
      const quantity = number(params.quantity ?? 1, 'quantity');
      const bundleId = params.bundle_id == null ? null : integer(params.bundle_id, 'bundle_id');
      const result = db.addItem(session(), productId, quantity, bundleId);
      if (db.isError(result)) return { error: result.error, code: 400, available: result.available ?? null };
      return { success: true, data: result, message: 'Item added to cart' };
    },
  },
  {
    path: '/cart/update',
    get: false,
    cart: true,
    run: ({ db, params, session }) => {
      if (!params.product_id) return productIdRequired;
      const result = db.updateItemQuantity(session(), integer(params.product_id, 'product_id'), number(params.quantity ?? 0, 'quantity'));
      // The seed's controller drops `available` here.
      if (db.isError(result)) return { error: result.error, code: 400 };
      return { success: true, data: result, message: 'Cart updated' };
    },
  },
  {
    path: '/cart/remove',
    get: false,
    cart: true,
    run: ({ db, params, session }) => {
      if (!params.product_id) return productIdRequired;
      return { success: true, data: db.updateItemQuantity(session(), integer(params.product_id, 'product_id'), 0), message: 'Item removed' };
    },
  },
  {
    path: '/cart/clear',
    get: false,
    cart: true,
    run: ({ db, session }) => ({ success: true, data: db.clearCart(session()), message: 'Cart cleared' }),
  },
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
  {
    path: '/bundles',
    get: true,
    cart: false,
    run: ({ db }) => ({ success: true, data: db.activeBundles().map((bundle) => db.bundleInfo(bundle)) }),
  },
  {
    path: '/bundles/<id>/add-to-cart',
    get: false,
    cart: true,
    run: ({ db, id, params, session }) => {
      const result = db.bundleAddToCart(id, session(), integer(params.quantity ?? 1, 'quantity'));
      if (db.isError(result)) return { error: result.error, code: result.code ?? 400 };
      return result;
    },
  },
];

/** Finds the route of a path below the API base, and the number in it. */
export function match(path: string): { route: Route; id: number } | undefined {
  for (const route of routes) {
    const pattern = new RegExp(`^${route.path.replace('<id>', '(\\d+)')}/?$`);
    const found = pattern.exec(path);
    if (found) return { route, id: found[1] ? Number(found[1]) : 0 };
  }
  return undefined;
}
