/** product.bundle: `_compute_prices`, `_compute_availability`, `get_bundle_info`, `add_to_cart`. */
import type { BundleInfo } from '../../src/client/types.js';
import type { MockBundle } from '../catalog.js';
import { addItem } from './cart.js';
import { imageOf, isBengali, productName, stocked, today, type DbState, type ErrorResult } from './state.js';

/**
 * Odoo's `float_round(value, precision_rounding=0.01)` (HALF-UP): the value over
 * the step, nudged by an epsilon scaled to its magnitude (so 2.675, stored as
 * 2.67499…, rounds up), rounded half away from zero. Monetary fields are rounded
 * this way when a compute assigns them.
 */
export function odooRound(value: number, step = 0.01): number {
  if (value === 0) return 0;
  const normalized = value / step;
  const sign = Math.sign(normalized);
  const nudged = normalized + sign * 2 ** (Math.log2(Math.abs(normalized)) - 52);
  return sign * Math.round(Math.abs(nudged)) * step;
}

/** Python's `round(x, 1)`: half to even (on x × 10, near enough for percentages). */
function pyRound1(value: number): number {
  const scaled = value * 10;
  const floor = Math.floor(scaled);
  const rest = scaled - floor;
  return (rest > 0.5 || (rest === 0.5 && floor % 2 !== 0) ? floor + 1 : floor) / 10;
}

/**
 * `_compute_prices`, with the Monetary rounding Odoo applies on assignment: each
 * line's subtotal and the final price are rounded to the paisa, and `savings` is
 * computed from the final price *as rounded* (the compute reads the field back),
 * so original − final = savings to the paisa.
 */
function prices(state: DbState, bundle: MockBundle) {
  const original = bundle.lines.reduce((sum, line) => sum + odooRound((state.products.get(line.product_id)?.lst_price ?? 0) * line.quantity), 0);
  const final = odooRound(
    bundle.pricing_type === 'fixed'
      ? bundle.fixed_price
      : bundle.pricing_type === 'discount_percent'
        ? original * (1 - bundle.discount_percent / 100)
        : Math.max(0, original - bundle.discount_amount),
  );
  const savings = odooRound(original - final);
  return {
    original_price: odooRound(original),
    final_price: final,
    savings,
    savings_percent: pyRound1(original ? (savings / original) * 100 : 0),
  };
}

export function bundleAvailable(state: DbState, bundle: MockBundle): boolean {
  const now = today();
  if (bundle.date_start && now < bundle.date_start) return false;
  if (bundle.date_end && now > bundle.date_end) return false;
  if (bundle.total_available > 0 && bundle.sold_count >= bundle.total_available) return false;
  return bundle.lines.every((line) => {
    const product = state.products.get(line.product_id);
    return !product || !stocked(product) || product.qty_available >= line.quantity;
  });
}

/** A bundle as `/bundles` lists it; names and highlight in the request's language. */
export function bundleInfo(state: DbState, bundle: MockBundle, lang?: string): BundleInfo {
  const bengali = isBengali(lang);
  return {
    id: bundle.id,
    name: bengali ? bundle.name_bn : bundle.name,
    code: bundle.code,
    type: bundle.bundle_type,
    ...prices(state, bundle),
    highlight_text: bengali ? bundle.highlight_text_bn : bundle.highlight_text,
    is_available: bundleAvailable(state, bundle),
    image_url: bundle.has_image ? `/web/image/product.bundle/${bundle.id}/image` : null,
    products: bundle.lines.map((line) => {
      const product = state.products.get(line.product_id)!;
      return { id: product.id, name: productName(product, lang), quantity: line.quantity, price: product.lst_price, image_url: imageOf(product.id) };
    }),
  };
}

export function activeBundles(state: DbState): MockBundle[] {
  return state.bundles.filter((b) => b.active).sort((a, b) => a.sequence - b.sequence || a.id - b.id);
}

export function bundleAddToCart(state: DbState, bundleId: number, sessionId: string, quantity: number): { success: true; message: string } | ErrorResult {
  const bundle = state.bundles.find((b) => b.id === bundleId && b.active);
  if (!bundle) return { error: 'Bundle not found', code: 404 };
  if (!bundleAvailable(state, bundle)) return { error: 'Bundle is not available' };
  if (bundle.max_quantity_per_order && quantity > bundle.max_quantity_per_order) {
    return { error: `Maximum ${bundle.max_quantity_per_order} bundles per order` };
  }
  // The seed ignores each component's own add result (a stock refusal is silent).
  for (const line of bundle.lines) addItem(state, sessionId, line.product_id, line.quantity * quantity, bundle.id);
  return { success: true, message: `Bundle "${bundle.name}" added to cart` };
}
