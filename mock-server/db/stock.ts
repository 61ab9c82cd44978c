/** product.product's stock fields: `_compute_stock_status` and `get_stock_info`. */
import type { StockInfo, StockStatus } from '../../src/client/types.js';
import type { MockProduct } from '../catalog.js';
import type { DbState } from './state.js';

export function stockStatus(product: MockProduct): StockStatus {
  if (product.type !== 'product') return 'in_stock';
  if (product.qty_available <= 0) return product.allow_backorder ? 'preorder' : 'out_of_stock';
  if (product.qty_available <= product.low_stock_threshold) return 'low_stock';
  return 'in_stock';
}

/** Subscribers still waiting for a product. */
export const waiting = (state: DbState, productId: number) => state.subscribers.filter((s) => s.product_id === productId && !s.notified).length;

export function stockInfo(state: DbState, product: MockProduct): StockInfo {
  const status = stockStatus(product);
  return {
    status,
    available: product.show_stock_quantity ? product.qty_available : null,
    low_stock: status === 'low_stock',
    threshold: product.show_stock_quantity ? product.low_stock_threshold : null,
    allow_backorder: product.allow_backorder,
    expected_restock: product.expected_restock_date,
    waiting_count: status === 'out_of_stock' ? waiting(state, product.id) : 0,
  };
}
