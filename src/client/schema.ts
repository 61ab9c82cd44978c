/**
 * Runtime checks of every response at the client's boundary, so that nothing
 * half-parsed reaches a widget. valibot is tree-shaken to the few validators used
 * here (about 1.5 kB gzipped), smaller than hand-written checks with equal messages.
 */
import * as v from 'valibot';
import type { BundleInfo, Cart, CartCount, StockInfo } from './types.js';

const amount = v.pipe(v.number(), v.finite());
/** Prices and counts are never negative. */
const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const id = v.pipe(v.number(), v.safeInteger(), v.minValue(1));

export const CartItemSchema = v.object({
  product_id: id,
  name: v.string(),
  // A line holds something: Odoo quantities are floats (1.5 kg), never 0 or less.
  quantity: v.pipe(v.number(), v.finite(), v.gtValue(0)),
  price: count,
  image_url: v.string(),
  uom: v.string(),
  // Odoo sends `false` for an empty many2one in some versions; the seed stores null.
  bundle_id: v.nullish(v.union([id, v.pipe(v.literal(false), v.transform(() => null))]), null),
  // An oversold product reports negative stock: nothing is left.
  stock_available: v.pipe(amount, v.transform((value) => Math.max(0, value))),
});

/** The cart's outer shape; each line is checked on its own and the totals against the lines (see the client). */
export const CartSchema = v.object({
  session_id: v.string(),
  items: v.array(v.unknown()),
  // Checked against the lines, which win (see the client).
  item_count: amount,
  subtotal: amount,
  currency: v.string(),
});

export const CartCountSchema = v.object({ count, subtotal: count });

export const StockInfoSchema = v.object({
  status: v.picklist(['in_stock', 'low_stock', 'out_of_stock', 'preorder']),
  available: v.nullable(amount),
  low_stock: v.boolean(),
  threshold: v.nullable(amount),
  allow_backorder: v.boolean(),
  expected_restock: v.nullable(v.pipe(v.string(), v.isoDate())),
  waiting_count: count,
});

/** The batch answer's outer shape; each entry is checked on its own (see the client). */
export const StockMapSchema = v.record(v.string(), v.unknown());

export const BundleInfoSchema = v.object({
  id,
  name: v.string(),
  code: v.string(),
  type: v.picklist(['fixed', 'mix_match', 'bogo']),
  original_price: count,
  final_price: count,
  savings: amount,
  savings_percent: amount,
  highlight_text: v.string(),
  is_available: v.boolean(),
  image_url: v.nullable(v.string()),
  products: v.array(
    v.object({ id, name: v.string(), quantity: count, price: count, image_url: v.string() }),
  ),
});

export const success = <T extends v.GenericSchema>(data: T) =>
  v.object({ success: v.literal(true), data, message: v.optional(v.string()) });

export const MessageResultSchema = v.object({ success: v.literal(true), message: v.nullish(v.string()) });

export const BusinessErrorSchema = v.object({
  error: v.string(),
  code: v.optional(v.number()),
  available: v.nullish(v.number()),
});

/** Compile-time proof that the schemas produce exactly the contract's types. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemasMatchContract = [
  Assert<Same<v.InferOutput<typeof CartItemSchema>, Cart['items'][number]>>,
  Assert<Same<v.InferOutput<typeof CartCountSchema>, CartCount>>,
  Assert<Same<v.InferOutput<typeof StockInfoSchema>, StockInfo>>,
  Assert<Same<v.InferOutput<typeof BundleInfoSchema>, BundleInfo>>,
];

/** A short, human description of what was wrong, for the console. */
export function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    .join('; ');
}
