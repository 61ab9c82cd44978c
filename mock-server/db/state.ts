/**
 * What the mock shop holds (the rows of the seed's models) and the small pieces
 * every domain shares. Each domain module (cart, stock, subscriptions, bundles)
 * reads and changes this one state; `db/index.ts` puts them together.
 */
import type { CartItem } from '../../src/client/types.js';
import { bundles as catalogBundles, products as catalogProducts, type MockBundle, type MockProduct } from '../catalog.js';

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

export interface SeedLine {
  product_id: number;
  quantity: number;
  bundle_id?: number;
}

export type ChangeMessage = { type: 'cart.updated' } | { type: 'stock.updated'; product_ids: number[] };

export interface DbState {
  products: Map<number, MockProduct>;
  bundles: MockBundle[];
  /** cart.session rows: session id → its lines. */
  sessions: Map<string, StoredLine[]>;
  subscribers: Subscriber[];
  /** What the shop "sent" on restocks (the demo and stories show it). */
  notifications: SentNotification[];
  /** Lines every new cart starts with (the "filled cart" scenario). */
  seedLines: SeedLine[];
}

export function freshState(): DbState {
  return {
    products: new Map(catalogProducts().map((product) => [product.id, product])),
    bundles: catalogBundles(),
    sessions: new Map(),
    subscribers: [],
    notifications: [],
    seedLines: [],
  };
}

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
export const isError = (value: unknown): value is ErrorResult => typeof value === 'object' && value !== null && 'error' in value;

export const round2 = (value: number) => Math.round(value * 100) / 100;
export const today = () => new Date().toISOString().slice(0, 10);
export const imageOf = (productId: number) => `/web/image/product.product/${productId}/image_128`;
export const stocked = (product: MockProduct) => product.type === 'product';
/**
 * Odoo's `context.lang` (JSON-RPC `params.context`): with a Bengali one
 * (`bn_BD`), translatable fields — product and bundle names, bundle highlights —
 * are read in Bengali; any other reads the source (English) values.
 */
export const isBengali = (lang: string | undefined): boolean => lang?.startsWith('bn') ?? false;
export const productName = (product: MockProduct, lang?: string): string => (isBengali(lang) ? product.name_bn : product.name);
