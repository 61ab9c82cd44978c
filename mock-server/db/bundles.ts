/** product.bundle: `_compute_prices`, `_compute_availability`, `get_bundle_info`, `add_to_cart`. */
import type { BundleInfo } from '../../src/client/types.js';
import type { MockBundle } from '../catalog.js';
import { addItem } from './cart.js';
import { imageOf, round2, stocked, today, type DbState, type ErrorResult } from './state.js';

function prices(state: DbState, bundle: MockBundle) {
  const original = bundle.lines.reduce((sum, line) => sum + (state.products.get(line.product_id)?.lst_price ?? 0) * line.quantity, 0);
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

export function bundleInfo(state: DbState, bundle: MockBundle): BundleInfo {
  return {
    id: bundle.id,
    name: bundle.name,
    code: bundle.code,
    type: bundle.bundle_type,
    ...prices(state, bundle),
    highlight_text: bundle.highlight_text,
    is_available: bundleAvailable(state, bundle),
    image_url: bundle.has_image ? `/web/image/product.bundle/${bundle.id}/image` : null,
    products: bundle.lines.map((line) => {
      const product = state.products.get(line.product_id)!;
      return { id: product.id, name: product.name, quantity: line.quantity, price: product.lst_price, image_url: imageOf(product.id) };
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
