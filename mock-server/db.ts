/**
 * The mock shop's state and the seed's business rules, ported from its Python:
 * cart.session (get_or_create_session, add_item, update_item_quantity,
 * _get_cart_summary), product.product (_compute_stock_status, get_stock_info),
 * stock.subscriber (subscribe, notify_subscribers) and product.bundle
 * (_compute_prices, _compute_availability, get_bundle_info, add_to_cart).
 * Where the Python returns an error dict, so does this; where it would raise,
 * this throws an OdooError (a JSON-RPC error on the wire).
 */
import type { BundleInfo, Cart, CartItem, StockInfo, StockStatus } from '../src/client/types.js';
import { bundles as catalogBundles, products as catalogProducts, type MockBundle, type MockProduct } from './catalog.js';

/** A line as cart.session stores it in cart_data (stock is added when summarised). */
export type StoredLine = Omit<CartItem, 'stock_available'>;

export interface Subscriber {
  product_id: number;
  email: string;
  phone: string | null;
  notify_email: boolean;
  notify_sms: boolean;
  notified: boolean;
  notified_date: string | null;
}

export interface SentNotification {
  channel: 'email' | 'sms';
  address: string;
  productId: number;
  productName: string;
  at: string;
}

export type ChangeMessage = { type: 'cart.updated' } | { type: 'stock.updated'; product_ids: number[] };

/** A Python exception in the backend: Odoo answers it as a JSON-RPC error. */
export class OdooError extends Error {
  constructor(
    message: string,
    readonly exceptionName = 'odoo.exceptions.ValidationError',
  ) {
    super(message);
  }
}

export type ErrorResult = { error: string; code?: number; available?: number | null };
const isError = (value: unknown): value is ErrorResult => typeof value === 'object' && value !== null && 'error' in value;

const round2 = (value: number) => Math.round(value * 100) / 100;
const today = () => new Date().toISOString().slice(0, 10);

export function createDb() {
  let products = new Map<number, MockProduct>();
  let bundles: MockBundle[] = [];
  let sessions = new Map<string, StoredLine[]>();
  let subscribers: Subscriber[] = [];
  let notifications: SentNotification[] = [];
  /** Lines every new cart starts with (the "filled cart" scenario). */
  let seedLines: { product_id: number; quantity: number; bundle_id?: number }[] = [];
  let counter = 0;
  const listeners = new Set<(message: ChangeMessage) => void>();

  function reset(): void {
    products = new Map(catalogProducts().map((product) => [product.id, product]));
    bundles = catalogBundles();
    sessions = new Map();
    subscribers = [];
    notifications = [];
    seedLines = [];
  }
  reset();

  const emit = (message: ChangeMessage) => listeners.forEach((listener) => listener(message));

  // --- product.product -----------------------------------------------------

  function stockStatus(product: MockProduct): StockStatus {
    if (product.type !== 'product') return 'in_stock';
    if (product.qty_available <= 0) return product.allow_backorder ? 'preorder' : 'out_of_stock';
    if (product.qty_available <= product.low_stock_threshold) return 'low_stock';
    return 'in_stock';
  }

  const waiting = (productId: number) => subscribers.filter((s) => s.product_id === productId && !s.notified).length;

  function stockInfo(product: MockProduct): StockInfo {
    const status = stockStatus(product);
    return {
      status,
      available: product.show_stock_quantity ? product.qty_available : null,
      low_stock: status === 'low_stock',
      threshold: product.show_stock_quantity ? product.low_stock_threshold : null,
      allow_backorder: product.allow_backorder,
      expected_restock: product.expected_restock_date,
      waiting_count: status === 'out_of_stock' ? waiting(product.id) : 0,
    };
  }

  const imageOf = (productId: number) => `/web/image/product.product/${productId}/image_128`;

  // --- cart.session ----------------------------------------------------------

  /** Unknown or missing ids get a new cart, as `get_or_create_session` does. */
  function session(sessionId?: string): { id: string; created: boolean } {
    if (sessionId && sessions.has(sessionId)) return { id: sessionId, created: false };
    const id = sessionId || `mock${Date.now().toString(16)}${(++counter).toString(16).padStart(6, '0')}`.slice(0, 32);
    const lines: StoredLine[] = [];
    sessions.set(id, lines);
    for (const seed of seedLines) {
      const product = products.get(seed.product_id);
      if (product) lines.push(lineFor(product, seed.quantity, seed.bundle_id ?? null));
    }
    return { id, created: true };
  }

  const lineFor = (product: MockProduct, quantity: number, bundleId: number | null): StoredLine => ({
    product_id: product.id,
    name: product.name,
    quantity,
    price: product.lst_price,
    image_url: imageOf(product.id),
    uom: product.uom,
    bundle_id: bundleId,
  });

  function summary(sessionId: string): Cart {
    const items: CartItem[] = [];
    for (const line of sessions.get(sessionId) ?? []) {
      const product = products.get(line.product_id);
      if (!product) continue;
      items.push({
        ...line,
        name: product.name,
        price: product.lst_price,
        stock_available: product.type === 'product' ? product.qty_available : 999,
        image_url: imageOf(line.product_id),
      });
    }
    return {
      session_id: sessionId,
      items,
      item_count: items.reduce((sum, item) => sum + item.quantity, 0),
      // An Odoo float sum; rounded to paisa so float noise does not travel.
      subtotal: round2(items.reduce((sum, item) => sum + item.quantity * item.price, 0)),
      currency: '৳',
    };
  }

  const stocked = (product: MockProduct) => product.type === 'product';

  function addItem(sessionId: string, productId: number, quantity: number, bundleId: number | null = null): Cart | ErrorResult {
    const lines = sessions.get(sessionId)!;
    const product = products.get(productId);
    if (!product) return { error: 'Product not found' };
    if (stocked(product) && product.qty_available < quantity) return { error: 'Insufficient stock', available: product.qty_available };
    const existing = lines.find((line) => line.product_id === productId);
    if (existing) {
      const next = existing.quantity + quantity;
      if (stocked(product) && product.qty_available < next) return { error: 'Insufficient stock', available: product.qty_available };
      existing.quantity = next;
    } else {
      lines.push(lineFor(product, quantity, bundleId));
    }
    return summary(sessionId);
  }

  function updateItemQuantity(sessionId: string, productId: number, quantity: number): Cart | ErrorResult {
    let lines = sessions.get(sessionId)!;
    if (quantity <= 0) {
      lines = lines.filter((line) => line.product_id !== productId);
      sessions.set(sessionId, lines);
    } else {
      const product = products.get(productId);
      if (product && stocked(product) && product.qty_available < quantity) return { error: 'Insufficient stock', available: product.qty_available };
      // The seed only changes a line that exists; it never adds one here.
      const line = lines.find((item) => item.product_id === productId);
      if (line) line.quantity = quantity;
    }
    return summary(sessionId);
  }

  function clearCart(sessionId: string): Cart {
    sessions.set(sessionId, []);
    return summary(sessionId);
  }

  // --- stock.subscriber ------------------------------------------------------

  function subscribe(productId: number, email: string, options: { phone?: unknown; notify_email?: unknown; notify_sms?: unknown }): { message: string } | ErrorResult {
    const product = products.get(productId);
    if (!product) return { error: 'Product not found' };
    if (stockStatus(product) !== 'out_of_stock') return { error: 'Product is currently in stock' };
    if (subscribers.some((s) => s.product_id === productId && s.email === email && !s.notified)) return { message: 'Already subscribed' };
    // UNIQUE(product_id, email) holds for notified rows too: Postgres refuses.
    if (subscribers.some((s) => s.product_id === productId && s.email === email)) {
      throw new OdooError('You are already subscribed for this product', 'psycopg2.errors.UniqueViolation');
    }
    subscribers.push({
      product_id: productId,
      email,
      phone: typeof options.phone === 'string' && options.phone ? options.phone : null,
      notify_email: options.notify_email === undefined ? true : Boolean(options.notify_email),
      notify_sms: Boolean(options.notify_sms),
      notified: false,
      notified_date: null,
    });
    return { message: 'You will be notified when this product is back in stock' };
  }

  function notifySubscribers(productId: number): number {
    const product = products.get(productId)!;
    const due = subscribers.filter((s) => s.product_id === productId && !s.notified);
    const at = new Date().toISOString();
    for (const subscriber of due) {
      if (subscriber.notify_email) notifications.push({ channel: 'email', address: subscriber.email, productId, productName: product.name, at });
      if (subscriber.notify_sms && subscriber.phone) notifications.push({ channel: 'sms', address: subscriber.phone, productId, productName: product.name, at });
      subscriber.notified = true;
      subscriber.notified_date = at;
    }
    return due.length;
  }

  // --- product.bundle --------------------------------------------------------

  function prices(bundle: MockBundle) {
    const original = bundle.lines.reduce((sum, line) => sum + (products.get(line.product_id)?.lst_price ?? 0) * line.quantity, 0);
    const final =
      bundle.pricing_type === 'fixed'
        ? bundle.fixed_price
        : bundle.pricing_type === 'discount_percent'
          ? original * (1 - bundle.discount_percent / 100)
          : Math.max(0, original - bundle.discount_amount);
    const savings = original - final;
    return {
      original_price: round2(original),
      final_price: round2(final),
      savings: round2(savings),
      savings_percent: Math.round((original ? (savings / original) * 100 : 0) * 10) / 10,
    };
  }

  function bundleAvailable(bundle: MockBundle): boolean {
    const now = today();
    if (bundle.date_start && now < bundle.date_start) return false;
    if (bundle.date_end && now > bundle.date_end) return false;
    if (bundle.total_available > 0 && bundle.sold_count >= bundle.total_available) return false;
    return bundle.lines.every((line) => {
      const product = products.get(line.product_id);
      return !product || !stocked(product) || product.qty_available >= line.quantity;
    });
  }

  function bundleInfo(bundle: MockBundle): BundleInfo {
    return {
      id: bundle.id,
      name: bundle.name,
      code: bundle.code,
      type: bundle.bundle_type,
      ...prices(bundle),
      highlight_text: bundle.highlight_text,
      is_available: bundleAvailable(bundle),
      image_url: bundle.has_image ? `/web/image/product.bundle/${bundle.id}/image` : null,
      products: bundle.lines.map((line) => {
        const product = products.get(line.product_id)!;
        return { id: product.id, name: product.name, quantity: line.quantity, price: product.lst_price, image_url: imageOf(product.id) };
      }),
    };
  }

  function activeBundles(): MockBundle[] {
    return bundles.filter((b) => b.active).sort((a, b) => a.sequence - b.sequence || a.id - b.id);
  }

  function bundleAddToCart(bundleId: number, sessionId: string, quantity: number): { success: true; message: string } | ErrorResult {
    const bundle = bundles.find((b) => b.id === bundleId && b.active);
    if (!bundle) return { error: 'Bundle not found', code: 404 };
    if (!bundleAvailable(bundle)) return { error: 'Bundle is not available' };
    if (bundle.max_quantity_per_order && quantity > bundle.max_quantity_per_order) {
      return { error: `Maximum ${bundle.max_quantity_per_order} bundles per order` };
    }
    // The seed ignores each component's own add result (a stock refusal is silent).
    for (const line of bundle.lines) addItem(sessionId, line.product_id, line.quantity * quantity, bundle.id);
    return { success: true, message: `Bundle "${bundle.name}" added to cart` };
  }

  // --- controls ------------------------------------------------------------------

  /** Sets a product's stock; a restock notifies its subscribers, as the shop would. */
  function setStock(productId: number, qty: number): StockInfo | undefined {
    const product = products.get(productId);
    if (!product) return undefined;
    product.qty_available = qty;
    if (stockStatus(product) !== 'out_of_stock') notifySubscribers(productId);
    emit({ type: 'stock.updated', product_ids: [productId] });
    return stockInfo(product);
  }

  function seedCart(lines: { product_id: number; quantity: number; bundle_id?: number }[]): void {
    seedLines = lines;
  }

  return {
    reset,
    session,
    summary,
    addItem,
    updateItemQuantity,
    clearCart,
    stockStatus,
    stockInfo,
    subscribe,
    notifySubscribers,
    bundleInfo,
    bundleAvailable,
    activeBundles,
    bundleAddToCart,
    setStock,
    seedCart,
    product: (id: number) => products.get(id),
    bundle: (id: number) => bundles.find((b) => b.id === id),
    allProducts: () => [...products.values()],
    notifications: () => [...notifications],
    subscribers: () => subscribers.map((s) => ({ ...s })),
    isError,
    onChange(listener: (message: ChangeMessage) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
  };
}

export type MockDb = ReturnType<typeof createDb>;
