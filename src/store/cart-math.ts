/**
 * Pure cart arithmetic: the shopper's view of the cart (the server's cart with
 * their unconfirmed wishes applied). Money is in ../client/money.ts.
 */
import { withTotals } from '../client/money.js';
import type { Cart, CartItem } from '../client/types.js';

export { toPaisa, fromPaisa, lineTotal, withTotals } from '../client/money.js';

export const findLine = (cart: Cart | null, productId: number): CartItem | undefined =>
  cart?.items.find((item) => item.product_id === productId);

export const lineQuantity = (cart: Cart | null, productId: number): number => findLine(cart, productId)?.quantity ?? 0;

/**
 * `cart` with the lines of `productIds` taken from `source` (added, replaced or
 * removed), keeping the order of `cart` and appending new lines.
 */
export function spliceLines(cart: Cart, source: Cart | null, productIds: Iterable<number>): Cart {
  const ids = new Set(productIds);
  if (ids.size === 0) return cart;
  const items: CartItem[] = [];
  for (const item of cart.items) {
    if (!ids.has(item.product_id)) items.push(item);
    else {
      const replacement = findLine(source, item.product_id);
      if (replacement) items.push(replacement);
      ids.delete(item.product_id);
    }
  }
  for (const id of ids) {
    const added = findLine(source, id);
    if (added) items.push(added);
  }
  return withTotals({ ...cart, items });
}

export const sameCart = (a: Cart | null, b: Cart | null): boolean =>
  a === b ||
  (!!a &&
    !!b &&
    a.item_count === b.item_count &&
    a.subtotal === b.subtotal &&
    a.items.length === b.items.length &&
    a.items.every((item, i) => {
      const other = b.items[i]!;
      return (
        other.product_id === item.product_id &&
        other.quantity === item.quantity &&
        other.price === item.price &&
        other.stock_available === item.stock_available
      );
    }));

/** What a widget knows of a product before it is in the cart: enough to show a line at once. */
export interface ProductHint {
  name: string;
  price: number;
  image_url?: string;
  uom?: string;
  stock_available?: number;
}

export interface Intent {
  /** The quantity the shopper wants. */
  quantity: number;
  /** Bumped on every change of mind, to tell an answer to an older wish. */
  version: number;
  hint?: ProductHint | undefined;
}

export interface CartLineView extends CartItem {
  /** A change to this line is not confirmed yet. */
  pending: boolean;
}

export interface CartView extends Omit<Cart, 'items'> {
  items: CartLineView[];
  /** Product ids with unconfirmed changes. */
  pending: number[];
}

export const EMPTY_CART: Cart = { session_id: '', items: [], item_count: 0, subtotal: 0, currency: '৳' };

/** The cart the shopper sees: the server's cart with their unconfirmed wishes applied. */
export function applyIntents(cart: Cart | null, intents: ReadonlyMap<number, Intent>): CartView {
  const base = cart ?? EMPTY_CART;
  if (intents.size === 0) {
    return { ...base, items: base.items.map((item) => ({ ...item, pending: false })), pending: [] };
  }
  const items: CartLineView[] = [];
  for (const item of base.items) {
    const intent = intents.get(item.product_id);
    if (!intent) items.push({ ...item, pending: false });
    else if (intent.quantity > 0) items.push({ ...item, quantity: intent.quantity, pending: true });
  }
  // Lines the server has not seen yet: shown in full when a widget gave a hint,
  // otherwise counted in the badge until the server's line arrives.
  let unseen = 0;
  for (const [productId, intent] of intents) {
    if (intent.quantity <= 0 || findLine(base, productId)) continue;
    if (!intent.hint) {
      unseen += intent.quantity;
      continue;
    }
    const { name, price, image_url = '', uom = '', stock_available = 999 } = intent.hint;
    items.push({ product_id: productId, name, price, image_url, uom, stock_available, bundle_id: null, quantity: intent.quantity, pending: true });
  }
  const totals = withTotals({ ...base, items });
  return {
    ...totals,
    items,
    item_count: totals.item_count + unseen,
    pending: [...intents.keys()],
  };
}
