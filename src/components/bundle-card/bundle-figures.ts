/**
 * What a bundle card may claim, worked out from the shop's data alone: whether the
 * backend's figures hold together (so a saving is shown only when it is real),
 * which components the stock store knows to be short, and how many bundles one
 * add can take. Pure functions, in integer paisa.
 */
import { toPaisa } from '../../client/money.js';
import type { BundleInfo, BundleProduct } from '../../client/types.js';
import type { StockState } from '../../store/index.js';

/**
 * Why the bundle's saving cannot be shown, or undefined when its figures agree:
 * the final price above the original, a negative saving, a saving other than
 * original − final (to the paisa: the seed computes it from the rounded final
 * price, so they always agree), or a percentage other than saving ÷ original
 * (to its one decimal).
 */
export function disagreement({ original_price: original, final_price: final, savings, savings_percent: percent }: BundleInfo): string | undefined {
  const [o, f, s] = [toPaisa(original), toPaisa(final), toPaisa(savings)];
  if (f > o) return `its final price ${final} is above its original price ${original}`;
  if (s < 0) return `its saving ${savings} is negative`;
  if (s !== o - f) return `its saving ${savings} is not original − final (${original} − ${final})`;
  const exact = o > 0 ? (s / o) * 100 : 0;
  if (Math.abs(exact - percent) > 0.05 + 1e-9) return `its saving of ${percent}% is not saving ÷ original (${exact.toFixed(2)}%)`;
  return undefined;
}

/** The whole number of bundles' worth of `available` stock for a component. */
const bundlesOf = (available: number, product: BundleProduct) => Math.floor(available / product.quantity);

/**
 * Components the shop cannot supply for one bundle, as the seed's
 * `_compute_availability` judges them: nothing in stock (out of stock, or a
 * pre-order: the bundle needs stock on hand), or, where the shop shows exact
 * quantities, fewer than the bundle holds. A low stock without a quantity cannot be
 * judged, and a failed or missing look-up tells nothing: those are not listed.
 */
export function shortComponents(products: readonly BundleProduct[], stock: readonly (StockState | undefined)[]): BundleProduct[] {
  return products.filter((product, i) => {
    const info = stock[i]?.info;
    if (!info) return false;
    if (info.status === 'out_of_stock' || info.status === 'preorder') return true;
    return info.available !== null && bundlesOf(info.available, product) < 1;
  });
}

/**
 * How many bundles one add can ask for: the shop's `maxQuantity`, the bundle's
 * per-order maximum when known, and, for components whose exact stock the shop
 * shows, what the stock leaves beside what the cart already holds (the seed's
 * add_item refuses more, and its add_to_cart ignores that refusal). Never below 1.
 */
export function maxPerAdd(
  products: readonly BundleProduct[],
  stock: readonly (StockState | undefined)[],
  inCart: (productId: number) => number,
  limits: readonly (number | undefined)[],
): number {
  let max = Number.POSITIVE_INFINITY;
  for (const limit of limits) if (limit !== undefined && limit >= 1) max = Math.min(max, limit);
  products.forEach((product, i) => {
    const available = stock[i]?.info?.available;
    if (typeof available === 'number') max = Math.min(max, bundlesOf(available - inCart(product.id), product));
  });
  return Math.max(1, Number.isFinite(max) ? max : 1);
}
