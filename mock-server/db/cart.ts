/**
 * cart.session: `get_or_create_session`, `add_item`, `update_item_quantity`,
 * `_get_cart_summary`, clearing. Lines keep what was stored; a summary re-reads
 * each product's name and price, as the seed does.
 */
import type { Cart, CartItem } from '../../src/client/types.js';
import type { MockProduct } from '../catalog.js';
import { imageOf, productName, round2, stocked, type DbState, type ErrorResult, type StoredLine } from './state.js';

/**
 * A new cart's id: 32 hex digits like the seed's, but random (a UUID v4), so
 * that nobody can guess another guest's cart from the time. `randomUUID` needs
 * a secure context in a browser; elsewhere the same comes from getRandomValues.
 */
export function newSessionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().replaceAll('-', '');
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Unknown or missing ids get a new cart, as `get_or_create_session` does. */
export function session(state: DbState, sessionId?: string): { id: string; created: boolean } {
  if (sessionId && state.sessions.has(sessionId)) return { id: sessionId, created: false };
  const id = sessionId || newSessionId();
  const lines: StoredLine[] = [];
  state.sessions.set(id, lines);
  for (const seed of state.seedLines) {
    const product = state.products.get(seed.product_id);
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

/** The cart as the shop answers it, each line's name re-read from its product in the request's language. */
export function summary(state: DbState, sessionId: string, lang?: string): Cart {
  const items: CartItem[] = [];
  for (const line of state.sessions.get(sessionId) ?? []) {
    const product = state.products.get(line.product_id);
    if (!product) continue;
    items.push({
      ...line,
      name: productName(product, lang),
      price: product.lst_price,
      stock_available: stocked(product) ? product.qty_available : 999,
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

export function addItem(state: DbState, sessionId: string, productId: number, quantity: number, bundleId: number | null = null): Cart | ErrorResult {
  const lines = state.sessions.get(sessionId)!;
  const product = state.products.get(productId);
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
  return summary(state, sessionId);
}

export function updateItemQuantity(state: DbState, sessionId: string, productId: number, quantity: number): Cart | ErrorResult {
  const lines = state.sessions.get(sessionId)!;
  if (quantity <= 0) {
    state.sessions.set(
      sessionId,
      lines.filter((line) => line.product_id !== productId),
    );
  } else {
    const product = state.products.get(productId);
    if (product && stocked(product) && product.qty_available < quantity) return { error: 'Insufficient stock', available: product.qty_available };
    // The seed only changes a line that exists; it never adds one here.
    const line = lines.find((item) => item.product_id === productId);
    if (line) line.quantity = quantity;
  }
  return summary(state, sessionId);
}

export function clearCart(state: DbState, sessionId: string): Cart {
  state.sessions.set(sessionId, []);
  return summary(state, sessionId);
}
