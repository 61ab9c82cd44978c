/**
 * Attribute converters for numbers. Attributes are written by people (theme
 * templates, CMS fields), so they are read strictly: `Number()` would take
 * "0x10" as 16, "1e9" as a billion, " 3" and "3.0" as 3, and lose precision past
 * 2^53. What is not plain decimal digits is refused, never guessed.
 */
import type { ComplexAttributeConverter } from 'lit';

/** "42" → 42; anything else ("0x3", "1e9", " 3", "3.0", "-1", past 2^53 − 1) → undefined. */
export function parseWholeNumber(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** "95.5" → 95.5; plain decimal notation only (no hex, exponent, sign or spaces). */
export function parseDecimal(text: string): number | undefined {
  if (!/^\d+(?:\.\d+)?$/.test(text) || text.length > 20) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The converter of every whole-number attribute (`product-id`, `quantity`, `min`,
 * `max`, `step`, `value`). A missing attribute gives `undefined`; a refused one
 * gives `NaN`, so that the element can say in the console what it refused.
 */
export const wholeNumber: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : (parseWholeNumber(value) ?? Number.NaN)),
  toAttribute: (value) => (value === undefined || !Number.isFinite(value) ? null : String(value)),
};

/** The converter of amounts (`price`): plain decimals; refused → `NaN`. */
export const decimal: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : (parseDecimal(value) ?? Number.NaN)),
  toAttribute: (value) => (value === undefined || !Number.isFinite(value) ? null : String(value)),
};

/** A whole number ≥ `min` as a property may hold it (set from script or from an attribute). */
export const isWhole = (value: unknown, min = 0): value is number => Number.isSafeInteger(value) && (value as number) >= min;
