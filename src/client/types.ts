/**
 * The shop API's data, exactly as the Smart Dairy Odoo module sends it
 * (see shared/API-CONTRACT.md). Amounts are BDT floats as Odoo sends them;
 * anything the widgets add up is done in integer paisa (see store/money.ts).
 *
 * This file is the only thing the mock backend imports from `src/`.
 */

export type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock' | 'preorder';

export interface CartItem {
  product_id: number;
  name: string;
  quantity: number;
  /** Unit list price in BDT. Bundle lines carry list prices too (no discount per line). */
  price: number;
  image_url: string;
  uom: string;
  bundle_id: number | null;
  /** 999 for products that are not stocked. */
  stock_available: number;
}

export interface Cart {
  session_id: string;
  items: CartItem[];
  item_count: number;
  subtotal: number;
  /** The currency symbol, e.g. "৳". */
  currency: string;
}

export interface CartCount {
  count: number;
  subtotal: number;
}

export interface StockInfo {
  status: StockStatus;
  /** Exact quantity, or null unless the shop shows exact quantities. */
  available: number | null;
  low_stock: boolean;
  threshold: number | null;
  allow_backorder: boolean;
  /** ISO date "YYYY-MM-DD" or null. */
  expected_restock: string | null;
  /** Subscribers waiting; 0 unless out_of_stock. */
  waiting_count: number;
}

export type BundleType = 'fixed' | 'mix_match' | 'bogo';

export interface BundleProduct {
  id: number;
  name: string;
  quantity: number;
  price: number;
  image_url: string;
}

export interface BundleInfo {
  id: number;
  name: string;
  code: string;
  type: BundleType;
  original_price: number;
  final_price: number;
  savings: number;
  /** One decimal. */
  savings_percent: number;
  highlight_text: string;
  is_available: boolean;
  image_url: string | null;
  products: BundleProduct[];
}

export interface SubscribeParams {
  email: string;
  phone?: string;
  notify_email?: boolean;
  notify_sms?: boolean;
}

/** Live messages (WebSocket) the widgets accept. */
export type LiveMessage =
  | { type: 'cart.updated' }
  | { type: 'stock.updated'; product_ids: number[] };

/** The endpoints, by path template, as the contract lists them. */
export type Endpoint =
  | '/cart'
  | '/cart/count'
  | '/cart/add'
  | '/cart/update'
  | '/cart/remove'
  | '/cart/clear'
  | '/product/<id>/stock'
  | '/products/stock-status'
  | '/product/<id>/notify-stock'
  | '/bundles'
  | '/bundles/<id>/add-to-cart';

export type Transport = 'jsonrpc' | 'rest';

/** A business error as the controllers return it inside `result`. */
export interface BusinessErrorResult {
  error: string;
  code?: number;
  available?: number | null;
}
