/**
 * The typed shop client: one function per endpoint of the contract, every
 * answer checked at the boundary, stock look-ups batched and briefly cached.
 */
import { ShopError } from './errors.js';
import { log } from '../internal/log.js';
import {
  BundleInfoSchema,
  BusinessErrorSchema,
  CartCountSchema,
  CartItemSchema,
  CartSchema,
  MessageResultSchema,
  StockInfoSchema,
  StockMapSchema,
  arr,
  describeIssues,
  safeParse,
  success,
  type Check,
  type Infer,
} from './schema.js';
import { CLIENT_DEFAULTS } from './defaults.js';
import { createStockLoader } from './stock-loader.js';
import { createTransport, type Call, type TransportOptions } from './transport.js';
import type { BundleInfo, Cart, CartCount, CartItem, StockInfo, SubscribeParams } from './types.js';
import { toPaisa, withTotals } from './money.js';

export interface ClientOptions extends Partial<TransportOptions> {
  /** Stock look-ups asked within this many ms become one request. */
  stockBatchWindow?: number;
  /** At most this many product ids per `/products/stock-status` request. */
  stockBatchSize?: number;
  /** How long a stock answer is reused, in ms. */
  stockCacheTtl?: number;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Told of each failed try of a read that will be tried again. */
  onRetry?: ((error: ShopError) => void) | undefined;
}

/** What a cart mutation returns: the cart as the server now has it. */
export interface CartChange {
  cart: Cart;
  message: string;
}

export interface SubscribeResult {
  message: string;
  /** The backend answered "Already subscribed" (a success). */
  alreadySubscribed: boolean;
}

export type ShopClient = ReturnType<typeof createShopClient>;

export { CLIENT_DEFAULTS };

export function createShopClient(options: ClientOptions = {}) {
  const settings = { ...CLIENT_DEFAULTS, ...definedOnly(options) };
  const transport = createTransport(settings);

  /** Checks a controller's return value: business errors first, then the shape. */
  function read<T>(endpoint: string, schema: Check<T>, result: unknown): T {
    // A refusal is a result whose `error` is a non-empty string ("Insufficient stock"),
    // whatever else it holds; `error: false` or `null` is not one.
    if (typeof result === 'object' && result !== null && 'error' in result && typeof result.error === 'string' && result.error.trim() !== '') {
      const refusal = safeParse(BusinessErrorSchema, result);
      const { error, code, available } = refusal.success ? refusal.output : { error: result.error, code: undefined, available: undefined };
      throw new ShopError('business', error, { endpoint, code, available });
    }
    const parsed = safeParse(schema, result);
    if (!parsed.success) {
      const detail = describeIssues(parsed.issues);
      log.error(`${endpoint} answered in a shape the widgets do not understand (${detail}).`, result);
      throw new ShopError('invalid-response', `${endpoint} answered an unexpected shape: ${detail}`, { endpoint });
    }
    return parsed.output;
  }

  /**
   * A cart from the shop, line by line: a malformed line (negative price, a
   * quantity of 0, a product twice…) is left out and logged, and the count and
   * subtotal are the sum of the lines shown, never figures they do not add up to.
   */
  function readCart(endpoint: string, raw: Infer<typeof CartSchema>): Cart {
    const items: CartItem[] = [];
    const dropped: string[] = [];
    for (const [index, entry] of raw.items.entries()) {
      const parsed = safeParse(CartItemSchema, entry);
      if (!parsed.success) dropped.push(`line ${index} (${describeIssues(parsed.issues)})`);
      else if (items.some((item) => item.product_id === parsed.output.product_id)) dropped.push(`line ${index} (product ${parsed.output.product_id} twice)`);
      else items.push({ ...parsed.output, image_url: transport.resolve(parsed.output.image_url) });
    }
    if (dropped.length > 0) log.error(`${endpoint}: left out malformed cart ${dropped.join(', ')}.`);
    const cart = withTotals({ ...raw, items });
    if (toPaisa(cart.subtotal) !== toPaisa(raw.subtotal) || cart.item_count !== raw.item_count) {
      log.warn(`${endpoint}: the cart's totals (${raw.item_count} items, ${raw.subtotal}) do not match its lines (${cart.item_count}, ${cart.subtotal}); showing the lines' totals.`);
    }
    return cart;
  }

  // A guest without a `cart_session_id` cookie gets a new cart from every cart call,
  // so until one cart call has been answered (and its cookie stored), cart calls
  // go one at a time. The cookie is HttpOnly: the answer is all we can observe.
  let sessionKnown = false;
  let firstCartCall: Promise<unknown> | undefined;
  async function cartCall(call: Call): Promise<unknown> {
    while (!sessionKnown) {
      if (firstCartCall) {
        await waitFor(firstCartCall, call.signal);
        continue;
      }
      const pending = transport.call(call);
      firstCartCall = pending;
      try {
        const result = await pending;
        sessionKnown = true;
        return result;
      } catch (error) {
        // Any HTTP answer carried the cookie; only silence leaves the session unknown.
        if (error instanceof ShopError && !error.isUncertain) sessionKnown = true;
        throw error;
      } finally {
        firstCartCall = undefined;
      }
    }
    return transport.call(call);
  }

  const CartResult = success(CartSchema);
  async function mutate(call: Call, touched: number[] | 'all'): Promise<CartChange> {
    try {
      const result = read(call.endpoint, CartResult, await cartCall(call));
      return { cart: readCart(call.endpoint, result.data), message: result.message ?? '' };
    } finally {
      // Success or refusal ("Insufficient stock"), the shop's stock has news for us.
      stock.invalidate(touched === 'all' ? undefined : touched);
    }
  }

  async function fetchStockStatus(productIds: number[], { signal }: CallOptions = {}): Promise<Record<string, StockInfo>> {
    const endpoint = '/products/stock-status';
    // POST in both transports, but only a read: safe to try again.
    const result = await transport.call({ path: endpoint, endpoint, read: false, retry: true, params: { product_ids: productIds }, signal });
    // Each product's entry is checked on its own: one malformed entry makes that
    // product unknown, and the rest of the batch still shows.
    const entries = read(endpoint, success(StockMapSchema), result).data;
    const valid: Record<string, StockInfo> = {};
    const invalid: string[] = [];
    for (const [id, entry] of Object.entries(entries)) {
      const parsed = safeParse(StockInfoSchema, entry);
      if (parsed.success) valid[id] = parsed.output;
      else invalid.push(`${id} (${describeIssues(parsed.issues)})`);
    }
    if (invalid.length > 0) log.error(`${endpoint}: malformed stock for product ${invalid.join(', ')}; shown as unknown.`);
    return valid;
  }

  const stock = createStockLoader({
    fetch: fetchStockStatus,
    window: settings.stockBatchWindow,
    size: Math.max(1, Math.floor(settings.stockBatchSize) || 1),
    ttl: settings.stockCacheTtl,
  });

  return {
    /** The resolved API base URL. */
    apiUrl: transport.apiUrl,
    resolveUrl: transport.resolve,

    async getCart({ signal, onRetry }: CallOptions = {}): Promise<Cart> {
      const result = await cartCall({ path: '/cart', endpoint: '/cart', read: true, signal, onRetry });
      return readCart('/cart', read('/cart', CartResult, result).data);
    },

    async getCartCount({ signal }: CallOptions = {}): Promise<CartCount> {
      const result = await cartCall({ path: '/cart/count', endpoint: '/cart/count', read: true, signal });
      return read('/cart/count', success(CartCountSchema), result).data;
    },

    addToCart(productId: number, quantity = 1, { signal, bundleId }: CallOptions & { bundleId?: number } = {}) {
      const params: Record<string, unknown> = { product_id: productId, quantity };
      if (bundleId !== undefined) params.bundle_id = bundleId;
      return mutate({ path: '/cart/add', endpoint: '/cart/add', read: false, params, signal }, [productId]);
    },

    /** Sets the absolute quantity of a line (≤ 0 removes it). Idempotent. */
    updateCartItem(productId: number, quantity: number, { signal }: CallOptions = {}) {
      const params = { product_id: productId, quantity };
      return mutate({ path: '/cart/update', endpoint: '/cart/update', read: false, params, signal }, [productId]);
    },

    removeFromCart(productId: number, { signal }: CallOptions = {}) {
      const params = { product_id: productId };
      return mutate({ path: '/cart/remove', endpoint: '/cart/remove', read: false, params, signal }, [productId]);
    },

    clearCart({ signal }: CallOptions = {}) {
      return mutate({ path: '/cart/clear', endpoint: '/cart/clear', read: false, signal }, 'all');
    },

    /** One product's stock, straight from `/product/<id>/stock` (not cached). */
    async fetchStock(productId: number, { signal }: CallOptions = {}): Promise<StockInfo> {
      const endpoint = '/product/<id>/stock';
      const result = await transport.call({ path: `/product/${productId}/stock`, endpoint, read: true, signal });
      return read(endpoint, success(StockInfoSchema), result).data;
    },

    /** Several products' stock in one `/products/stock-status` request (not cached); unknown ids are left out. */
    fetchStockStatus,

    /**
     * One product's stock, batched with every other look-up of the same moment
     * and cached briefly. Rejects with a `business` error (code 404) for an unknown product.
     */
    getStock: stock.get,

    /** Forgets cached stock (of some products, or all) so the next look-up asks the shop. */
    invalidateStock: stock.invalidate,

    async subscribeToStock(productId: number, params: SubscribeParams, { signal }: CallOptions = {}): Promise<SubscribeResult> {
      const endpoint = '/product/<id>/notify-stock';
      const body = { notify_email: true, notify_sms: false, ...params };
      const result = await transport.call({ path: `/product/${productId}/notify-stock`, endpoint, read: false, params: body, signal });
      const message = read(endpoint, MessageResultSchema, result).message ?? '';
      return { message, alreadySubscribed: message === 'Already subscribed' };
    },

    async getBundles({ signal }: CallOptions = {}): Promise<BundleInfo[]> {
      const result = await transport.call({ path: '/bundles', endpoint: '/bundles', read: true, signal });
      return read('/bundles', success(arr(BundleInfoSchema)), result).data.map((bundle) => ({
        ...bundle,
        image_url: bundle.image_url === null ? null : transport.resolve(bundle.image_url),
        products: bundle.products.map((p) => ({ ...p, image_url: transport.resolve(p.image_url) })),
      }));
    },

    /** Adds a bundle's components as cart lines. The backend returns no cart: refetch it. */
    async addBundleToCart(bundleId: number, quantity = 1, { signal }: CallOptions = {}): Promise<{ message: string }> {
      const endpoint = '/bundles/<id>/add-to-cart';
      const call = { path: `/bundles/${bundleId}/add-to-cart`, endpoint, read: false, params: { quantity }, signal };
      const result = read(endpoint, MessageResultSchema, await cartCall(call));
      stock.invalidate();
      return { message: result.message ?? '' };
    },
  };
}

/** Waits for `promise` to settle, or rejects as soon as `signal` aborts. */
function waitFor(promise: Promise<unknown>, signal?: AbortSignal): Promise<unknown> {
  const settled = promise.catch(() => undefined);
  if (!signal) return settled;
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void settled.then(resolve).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
