/**
 * Runtime checks of every response at the client's boundary, so that nothing
 * half-parsed reaches a widget. A few small combinators: each check returns the
 * value (objects rebuilt with only the contract's fields, a few values normalised
 * where the contract says so) and, when the value is wrong, records
 * "path: expected …, got …". They replace valibot, which cost 8.5 kB minified in
 * the mini cart + quick add bundle for the same rules; these cost about 1 kB.
 */
import type { BundleInfo, Cart, CartCount, StockInfo } from './types.js';

/** Checks `input` found at `path`; a wrong value adds an issue (and what is returned then means nothing). */
export type Check<T> = (input: unknown, path: string, issues: string[]) => T;
export type Infer<C> = C extends Check<infer T> ? T : never;

export type Parsed<T> = { success: true; output: T } | { success: false; issues: string[] };

export function safeParse<T>(check: Check<T>, input: unknown): Parsed<T> {
  const issues: string[] = [];
  const output = check(input, '', issues);
  return issues.length > 0 ? { success: false, issues } : { success: true, output };
}

/** A short, human description of what was wrong, for the console. */
export const describeIssues = (issues: string[]): string => issues.slice(0, 3).join('; ');

const show = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    : Object.is(value, -0)
      ? '-0'
      : Array.isArray(value)
        ? 'an array'
        : isObject(value)
          ? 'an object'
          : String(value);

function fail(input: unknown, path: string, issues: string[], expected: string): undefined {
  issues.push(`${path || '(root)'}: expected ${expected}, got ${show(input)}`);
  return undefined;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);

export const isObject = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null && !Array.isArray(input);

/** A value that passes `test`, as is. */
export const is =
  <T>(test: (input: unknown) => boolean, expected: string): Check<T> =>
  (input, path, issues) =>
    test(input) ? (input as T) : (fail(input, path, issues, expected) as T);

/** A finite number (never NaN or ±Infinity) that also passes `test`. */
export const num = (test: (value: number) => boolean = () => true, expected = 'a number'): Check<number> =>
  is((input) => Number.isFinite(input) && test(input as number), expected);

export const str = is<string>((input) => typeof input === 'string', 'a string');
export const bool = is<boolean>((input) => typeof input === 'boolean', 'true or false');
export const literal = <const T extends string | number | boolean>(value: T) => is<T>((input) => input === value, JSON.stringify(value));
export const picklist = <const T extends readonly string[]>(options: T) =>
  is<T[number]>((input) => options.includes(input as string), `one of ${options.join(', ')}`);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (input, path, issues) =>
    input === null ? null : check(input, path, issues);

/** Absent (or undefined) is fine too. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (input, path, issues) =>
    input === undefined ? undefined : check(input, path, issues);

/** The checked value, changed by `change`. */
export const map =
  <T, U>(check: Check<T>, change: (value: T) => U): Check<U> =>
  (input, path, issues) =>
    change(check(input, path, issues));

/** An object with these fields (others are left out of the result). */
export const obj =
  <S extends Record<string, Check<unknown>>>(shape: S): Check<{ [K in keyof S]: Infer<S[K]> }> =>
  (input, path, issues) => {
    if (!isObject(input)) return fail(input, path, issues, 'an object') as never;
    const output: Record<string, unknown> = {};
    for (const key in shape) {
      const value = shape[key]!(input[key], join(path, key), issues);
      if (value !== undefined) output[key] = value;
    }
    return output as { [K in keyof S]: Infer<S[K]> };
  };

export const arr =
  <T>(item: Check<T>): Check<T[]> =>
  (input, path, issues) =>
    Array.isArray(input) ? input.map((entry, index) => item(entry, join(path, index), issues)) : (fail(input, path, issues, 'an array') as never);

/** An object used as a map from string keys to values that pass `value`. */
export const record =
  <T>(value: Check<T>): Check<Record<string, T>> =>
  (input, path, issues) => {
    if (!isObject(input)) return fail(input, path, issues, 'an object') as never;
    const output: Record<string, T> = {};
    // Keys that would reach the prototype are not product ids.
    for (const key of Object.keys(input)) if (!/^(__proto__|prototype|constructor)$/.test(key)) output[key] = value(input[key], join(path, key), issues);
    return output;
  };

const unknown: Check<unknown> = (input) => input;

const amount = num();
/** Prices and counts are never negative. */
const count = num((value) => value >= 0, 'a number ≥ 0');
const id = is<number>((input) => Number.isSafeInteger(input) && (input as number) >= 1, 'a whole number ≥ 1');
/** "YYYY-MM-DD" and a real day: the date reads back the same (2026-02-30 would read 2026-03-02). */
const isoDate = is<string>((input) => {
  if (typeof input !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(input)) return false;
  const time = Date.parse(input);
  return time === time && new Date(time).toISOString().startsWith(input);
}, 'a date YYYY-MM-DD');

export const CartItemSchema = obj({
  product_id: id,
  name: str,
  // A line holds something: Odoo quantities are floats (1.5 kg), never 0 or less.
  quantity: num((value) => value > 0, 'a number > 0'),
  price: count,
  image_url: str,
  uom: str,
  // Odoo sends `false` for an empty many2one in some versions; the seed stores null.
  bundle_id: (input, path, issues): number | null => (input == null || input === false ? null : id(input, path, issues)),
  // An oversold product reports negative stock: nothing is left.
  stock_available: map(amount, (value) => Math.max(0, value)),
});

/** The cart's outer shape; each line is checked on its own and the totals against the lines (see the client). */
export const CartSchema = obj({
  session_id: str,
  items: arr(unknown),
  // Checked against the lines, which win (see the client).
  item_count: amount,
  subtotal: amount,
  currency: str,
});

export const CartCountSchema = obj({ count, subtotal: count });

export const StockInfoSchema = obj({
  status: picklist(['in_stock', 'low_stock', 'out_of_stock', 'preorder']),
  available: nullable(amount),
  low_stock: bool,
  threshold: nullable(amount),
  allow_backorder: bool,
  expected_restock: nullable(isoDate),
  waiting_count: count,
});

/** The batch answer's outer shape; each entry is checked on its own (see the client). */
export const StockMapSchema = record(unknown);

export const BundleInfoSchema = obj({
  id,
  name: str,
  code: str,
  type: picklist(['fixed', 'mix_match', 'bogo']),
  original_price: count,
  final_price: count,
  savings: amount,
  savings_percent: amount,
  highlight_text: str,
  is_available: bool,
  image_url: nullable(str),
  products: arr(obj({ id, name: str, quantity: count, price: count, image_url: str })),
});

export const success = <T>(data: Check<T>) => obj({ success: literal(true), data, message: optional(str) });

export const MessageResultSchema = obj({ success: literal(true), message: optional(nullable(str)) });

export const BusinessErrorSchema = obj({
  error: str,
  code: optional(num()),
  available: optional(nullable(num())),
});

/** Compile-time proof that the schemas produce exactly the contract's types. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemasMatchContract = [
  Assert<Same<Infer<typeof CartItemSchema>, Cart['items'][number]>>,
  Assert<Same<Infer<typeof CartCountSchema>, CartCount>>,
  Assert<Same<Infer<typeof StockInfoSchema>, StockInfo>>,
  Assert<Same<Infer<typeof BundleInfoSchema>, BundleInfo>>,
];
