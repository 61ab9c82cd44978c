/**
 * Money and cart totals. The API sends BDT floats; anything the widgets add up is
 * integer paisa, rounded once per price, so 3 × ৳95.50 is exactly ৳286.50.
 * Lives beside the client because the client checks the shop's totals with it;
 * the store and the elements use the same functions.
 */
import type { Cart, CartItem } from './types.js';

export const toPaisa = (bdt: number): number => Math.round(bdt * 100);
export const fromPaisa = (paisa: number): number => paisa / 100;

/** Line total in BDT, computed in paisa (fractional quantities, e.g. 1.5 kg, rounded once). */
export const lineTotal = (item: Pick<CartItem, 'price' | 'quantity'>): number =>
  fromPaisa(Math.round(toPaisa(item.price) * item.quantity));

/** Count and subtotal from the lines. */
export function withTotals<T extends Cart>(cart: T): T {
  let count = 0;
  let paisa = 0;
  for (const item of cart.items) {
    count += item.quantity;
    paisa += Math.round(toPaisa(item.price) * item.quantity);
  }
  // Float quantities (1.5 + 0.25) add up without noise.
  return { ...cart, item_count: Math.round(count * 1000) / 1000, subtotal: fromPaisa(paisa) };
}
