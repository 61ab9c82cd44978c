/**
 * An in-memory shop behind the ShopClient interface, for store tests that need to
 * control WHEN each answer arrives. Like a real server, it carries out a request
 * when it arrives; only the answer is held back (so answers can be shuffled).
 */
import { ShopError } from '../../../src/client/errors.js';
import type { ShopClient } from '../../../src/client/client.js';
import type { Cart, CartItem } from '../../../src/client/types.js';

export interface FakeProduct {
  name: string;
  price: number;
  stock: number;
}

export interface Held {
  endpoint: string;
  release(): void;
}

export function fakeShop(products: Record<number, FakeProduct>, { hold = false, latency = 1 } = {}) {
  let lines = new Map<number, { quantity: number; bundle_id: number | null }>();
  const log: { endpoint: string; params: Record<string, unknown> }[] = [];
  const held: Held[] = [];
  const failures: { endpoint: string; error: ShopError; apply: boolean }[] = [];
  let holding = hold;
  let session = 'fake';
  let sessions = 0;

  const cart = (): Cart => {
    const items: CartItem[] = [...lines].map(([id, line]) => ({
      product_id: id,
      name: products[id]!.name,
      price: products[id]!.price,
      quantity: line.quantity,
      image_url: `http://shop.test/web/image/product.product/${id}/image_128`,
      uom: 'Unit',
      bundle_id: line.bundle_id,
      stock_available: products[id]!.stock,
    }));
    const paisa = items.reduce((sum, item) => sum + Math.round(item.price * 100) * item.quantity, 0);
    return { session_id: session, items, item_count: items.reduce((n, i) => n + i.quantity, 0), subtotal: paisa / 100, currency: '৳' };
  };

  /** Carries the request out now; answers now or when released. */
  function answer<T>(endpoint: string, params: Record<string, unknown>, work: () => T): Promise<T> {
    log.push({ endpoint, params });
    const failure = failures.findIndex((f) => f.endpoint === endpoint);
    let outcome: () => T;
    if (failure >= 0) {
      const [{ error, apply }] = failures.splice(failure, 1) as [(typeof failures)[number]];
      if (apply) work();
      outcome = () => {
        throw error;
      };
    } else {
      try {
        const value = work();
        outcome = () => value;
      } catch (error) {
        outcome = () => {
          throw error;
        };
      }
    }
    return new Promise<T>((resolve, reject) => {
      const release = () => {
        try {
          resolve(outcome());
        } catch (error) {
          reject(error);
        }
      };
      if (holding) held.push({ endpoint, release });
      else setTimeout(release, latency);
    });
  }

  const refuse = (endpoint: string, message: string, available?: number) =>
    new ShopError('business', message, { endpoint, code: 400, available });

  const client = {
    getCart: () => answer('/cart', {}, cart),
    addToCart: (productId: number, quantity = 1, options: { bundleId?: number } = {}) =>
      answer('/cart/add', { product_id: productId, quantity }, () => {
        const product = products[productId];
        if (!product) throw refuse('/cart/add', 'Product not found');
        const next = (lines.get(productId)?.quantity ?? 0) + quantity;
        if (product.stock < quantity || product.stock < next) throw refuse('/cart/add', 'Insufficient stock', product.stock);
        lines.set(productId, { quantity: next, bundle_id: options.bundleId ?? lines.get(productId)?.bundle_id ?? null });
        return { cart: cart(), message: 'Item added to cart' };
      }),
    updateCartItem: (productId: number, quantity: number) =>
      answer('/cart/update', { product_id: productId, quantity }, () => {
        if (quantity <= 0) lines.delete(productId);
        else {
          if (products[productId]!.stock < quantity) throw refuse('/cart/update', 'Insufficient stock');
          const line = lines.get(productId);
          if (line) line.quantity = quantity;
        }
        return { cart: cart(), message: 'Cart updated' };
      }),
    removeFromCart: (productId: number) =>
      answer('/cart/remove', { product_id: productId }, () => {
        lines.delete(productId);
        return { cart: cart(), message: 'Item removed' };
      }),
    clearCart: () =>
      answer('/cart/clear', {}, () => {
        lines = new Map();
        return { cart: cart(), message: 'Cart cleared' };
      }),
    addBundleToCart: (bundleId: number, quantity = 1) =>
      answer('/bundles/<id>/add-to-cart', { bundle_id: bundleId, quantity }, () => {
        for (const id of [1, 2]) {
          const line = lines.get(id);
          lines.set(id, { quantity: (line?.quantity ?? 0) + quantity, bundle_id: bundleId });
        }
        return { message: 'Bundle added to cart' };
      }),
    getStock: async () => {
      throw new Error('not used');
    },
    invalidateStock: () => undefined,
  };

  return {
    client: client as unknown as ShopClient,
    /** Every request, in arrival order. */
    log,
    count: (endpoint?: string) => (endpoint ? log.filter((r) => r.endpoint === endpoint).length : log.length),
    held,
    /** Answers held back so far, in the given order. */
    releaseAll(order: 'fifo' | 'lifo' = 'fifo') {
      const batch = held.splice(0);
      (order === 'lifo' ? batch.reverse() : batch).forEach((h) => h.release());
    },
    hold(on: boolean) {
      holding = on;
    },
    /** The next request to `endpoint` fails with `error`; `apply` says whether the server carried it out anyway. */
    failNext(endpoint: string, error: ShopError, apply = false) {
      failures.push({ endpoint, error, apply });
    },
    quantity: (productId: number) => lines.get(productId)?.quantity ?? 0,
    /** The shop loses this browser's cart (its cookie was not kept): a new, empty session. */
    forget() {
      session = `fake-${++sessions}`;
      lines = new Map();
    },
    setStock(productId: number, stock: number) {
      products[productId]!.stock = stock;
    },
    seed(productId: number, quantity: number) {
      lines.set(productId, { quantity, bundle_id: null });
    },
    cart,
  };
}

export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds (or fails after `timeout` ms). */
export async function until(check: () => boolean, timeout = 2_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await tick(2);
  }
}
