/**
 * CartController: /cart, /cart/count, /cart/add, /cart/update, /cart/remove, /cart/clear.
 * Every cart answer is a summary read in the request's language (the seed's
 * `_get_cart_summary` re-reads each line's name from its product).
 */
import { integer, number, productIdRequired, type Route } from './route.js';

export const cartRoutes: Route[] = [
  {
    path: '/cart',
    get: true,
    cart: true,
    run: ({ db, session, lang }) => ({ success: true, data: db.summary(session(), lang) }),
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
    run: ({ db, params, session, lang }) => {
      if (!params.product_id) return productIdRequired;
      const productId = integer(params.product_id, 'product_id');
      const quantity = number(params.quantity ?? 1, 'quantity');
      const bundleId = params.bundle_id == null ? null : integer(params.bundle_id, 'bundle_id');
      const result = db.addItem(session(), productId, quantity, bundleId);
      if (db.isError(result)) return { error: result.error, code: 400, available: result.available ?? null };
      return { success: true, data: db.summary(session(), lang), message: 'Item added to cart' };
    },
  },
  {
    path: '/cart/update',
    get: false,
    cart: true,
    run: ({ db, params, session, lang }) => {
      if (!params.product_id) return productIdRequired;
      const result = db.updateItemQuantity(session(), integer(params.product_id, 'product_id'), number(params.quantity ?? 0, 'quantity'));
      // The seed's controller drops `available` here.
      if (db.isError(result)) return { error: result.error, code: 400 };
      return { success: true, data: db.summary(session(), lang), message: 'Cart updated' };
    },
  },
  {
    path: '/cart/remove',
    get: false,
    cart: true,
    run: ({ db, params, session, lang }) => {
      if (!params.product_id) return productIdRequired;
      db.updateItemQuantity(session(), integer(params.product_id, 'product_id'), 0);
      return { success: true, data: db.summary(session(), lang), message: 'Item removed' };
    },
  },
  {
    path: '/cart/clear',
    get: false,
    cart: true,
    run: ({ db, session, lang }) => {
      db.clearCart(session());
      return { success: true, data: db.summary(session(), lang), message: 'Cart cleared' };
    },
  },
];
