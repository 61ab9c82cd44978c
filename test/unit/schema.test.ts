/**
 * The checks at the client's boundary, field by field: for each field of each
 * answer, the values it takes (and what it makes of them) and the values it
 * refuses, with the message naming the field and what was expected.
 */
import { describe, expect, it } from 'vitest';
import {
  BundleInfoSchema,
  BusinessErrorSchema,
  CartCountSchema,
  CartItemSchema,
  CartSchema,
  MessageResultSchema,
  StockInfoSchema,
  StockMapSchema,
  arr,
  describeIssues,
  obj,
  safeParse,
  success,
  type Check,
} from '../../src/client/schema.js';
import { bundle, cart, item, stockInfo } from './helpers/rpc.js';

/** Stands for a field left out of the object. */
const MISSING = Symbol('missing');
/** A valid value, or a valid value and what the check makes of it. */
type Valid = unknown | { in: unknown; out: unknown };
const becomes = (input: unknown, output: unknown) => ({ in: input, out: output });
const isBecomes = (value: unknown): value is { in: unknown; out: unknown } =>
  typeof value === 'object' && value !== null && 'in' in value && 'out' in value;

interface Field {
  valid: Valid[];
  invalid: unknown[];
}

// JSON.parse('9007199254740993') is 9007199254740992: not a safe integer any more.
const UNSAFE = 9007199254740993;
const NOT_NUMBERS = [NaN, Infinity, -Infinity, '2', '', null, undefined, MISSING, true, [], {}];

const id: Field = { valid: [1, 7, 9007199254740991], invalid: [...NOT_NUMBERS, 0, -0, -1, 1.5, 1e21, UNSAFE] };
const text: Field = { valid: ['', 'Ghee 200g', 'ঘি'], invalid: [null, undefined, MISSING, 1, true, [], {}] };
const amount: Field = { valid: [0, -0, -3, 1.5, 1e21, UNSAFE], invalid: NOT_NUMBERS };
const count: Field = { valid: [0, -0, 95.5, 1e21], invalid: [...NOT_NUMBERS, -50, -0.01, -1e21] };
const flag: Field = { valid: [true, false], invalid: [0, 1, 'true', 'false', null, undefined, MISSING] };
const nullableAmount: Field = { valid: [null, 0, 5, 2.5], invalid: [NaN, Infinity, '5', undefined, MISSING, false] };
const nullableText: Field = { valid: [null, '', '/web/image/x'], invalid: [undefined, MISSING, 1, false] };

function withField(base: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  if (value === MISSING) delete copy[key];
  else copy[key] = value;
  return copy;
}

const label = (value: unknown) =>
  value === MISSING ? 'missing' : typeof value === 'number' ? (Object.is(value, -0) ? '-0' : String(value)) : JSON.stringify(value) ?? String(value);

function table(name: string, check: Check<unknown>, base: object, fields: Record<string, Field>) {
  describe(name, () => {
    it('the contract’s example passes unchanged', () => {
      expect(safeParse(check, base)).toEqual({ success: true, output: base });
    });

    it('fields the contract does not name are ignored and left out', () => {
      const parsed = safeParse(check, { ...base, extra: 1, more: { nested: true } });
      expect(parsed).toEqual({ success: true, output: base });
      expect(parsed.success && Object.keys(parsed.output as object)).toEqual(Object.keys(base));
    });

    it.each([null, undefined, 'x', 7, [], [base]])('refuses %j as a whole', (value) => {
      const parsed = safeParse(check, value);
      expect(parsed.success).toBe(false);
      expect(!parsed.success && parsed.issues[0]).toMatch(/^\(root\): expected an object, got /);
    });

    for (const [key, { valid, invalid }] of Object.entries(fields)) {
      describe(key, () => {
        it.each(valid.map((value) => [label(isBecomes(value) ? value.in : value), value]))('takes %s', (_, value) => {
          const [input, output] = isBecomes(value) ? [value.in, value.out] : [value, value];
          const parsed = safeParse(check, withField(base, key, input));
          if (!parsed.success) throw new Error(describeIssues(parsed.issues));
          expect((parsed.output as Record<string, unknown>)[key]).toEqual(output);
        });

        it.each(invalid.map((value) => [label(value), value]))('refuses %s, naming the field', (_, value) => {
          const parsed = safeParse(check, withField(base, key, value));
          expect(parsed.success).toBe(false);
          // Inside a list, the path goes on to the entry and its field: products.0.id.
          const issues = parsed.success ? [] : parsed.issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) expect(issue).toMatch(new RegExp(`^${key}(\\.\\w+)*: expected .+, got `));
        });
      });
    }
  });
}

table('a cart line', CartItemSchema, item(), {
  product_id: id,
  name: text,
  quantity: { valid: [1, 1.5, 0.001, 1e21], invalid: [...NOT_NUMBERS, 0, -0, -2] },
  price: count,
  image_url: text,
  uom: text,
  bundle_id: {
    valid: [3, becomes(null, null), becomes(false, null), becomes(undefined, null), becomes(MISSING, null)],
    invalid: [true, 0, -0, -1, 1.5, '3', NaN, Infinity, 1e21, UNSAFE, {}],
  },
  // An oversold product reports negative stock: nothing is left.
  stock_available: { valid: [20, 0, 999, 1.5, becomes(-3, 0), becomes(-0, 0)], invalid: NOT_NUMBERS },
});

table("a cart's outer shape", CartSchema, cart([item()]), {
  session_id: text,
  // Each line is checked on its own by the client.
  items: { valid: [], invalid: [null, undefined, MISSING, {}, 'x', 0] },
  item_count: amount,
  subtotal: amount,
  currency: text,
});

table('a cart count', CartCountSchema, { count: 3, subtotal: 876 }, { count, subtotal: count });

table('a product’s stock', StockInfoSchema, stockInfo({ expected_restock: '2026-07-01' }), {
  status: {
    valid: ['in_stock', 'low_stock', 'out_of_stock', 'preorder'],
    invalid: ['discontinued', '', 'IN_STOCK', ' in_stock', null, undefined, MISSING, 0],
  },
  available: nullableAmount,
  low_stock: flag,
  threshold: nullableAmount,
  allow_backorder: flag,
  expected_restock: {
    valid: [null, '2026-02-28', '2024-02-29', '2026-12-31', '2000-02-29'],
    invalid: [
      '2026-02-30',
      '2025-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-01',
      '12/01/2026',
      '2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T',
      ' 2026-01-01',
      '',
      20260101,
      undefined,
      MISSING,
    ],
  },
  waiting_count: count,
});

table('a bundle', BundleInfoSchema, bundle(), {
  id,
  name: text,
  code: text,
  type: { valid: ['fixed', 'mix_match', 'bogo'], invalid: ['bundle', '', null, MISSING] },
  original_price: count,
  final_price: count,
  savings: amount,
  savings_percent: amount,
  highlight_text: text,
  is_available: flag,
  image_url: nullableText,
  products: { valid: [], invalid: [null, MISSING, {}, [null], [{}]] },
});

describe('bundle products', () => {
  const product = bundle().products[0]!;
  it.each([
    ['id', 0],
    ['quantity', -1],
    ['price', NaN],
    ['image_url', null],
    ['name', MISSING],
  ])('a product with a wrong %s is refused, with its path', (key, value) => {
    const parsed = safeParse(BundleInfoSchema, bundle({ products: [product, withField(product, key, value) as never] }));
    expect(!parsed.success && parsed.issues).toEqual([expect.stringMatching(new RegExp(`^products\\.1\\.${key}: expected `))]);
  });

  it('each product keeps only its own fields', () => {
    const parsed = safeParse(BundleInfoSchema, bundle({ products: [{ ...product, extra: 1 } as never] }));
    expect(parsed.success && parsed.output.products).toEqual([product]);
  });
});

describe('the success wrapper', () => {
  const Count = success(CartCountSchema);
  const data = { count: 1, subtotal: 10 };

  it.each([
    [{ success: true, data }, { success: true, data }],
    [{ success: true, data, message: 'ok' }, { success: true, data, message: 'ok' }],
    [{ success: true, data, message: undefined }, { success: true, data }],
  ])('takes %j', (input, output) => {
    expect(safeParse(Count, input)).toEqual({ success: true, output });
  });

  it.each([
    [{ data }, 'success: expected true, got undefined'],
    [{ success: false, data }, 'success: expected true, got false'],
    [{ success: 'true', data }, 'success: expected true, got "true"'],
    [{ success: 1, data }, 'success: expected true, got 1'],
    [{ success: true, data, message: null }, 'message: expected a string, got null'],
    [{ success: true, data, message: 3 }, 'message: expected a string, got 3'],
    [{ success: true }, 'data: expected an object, got undefined'],
    [{ success: true, data: { count: 'three', subtotal: 10 } }, 'data.count: expected a number ≥ 0, got "three"'],
  ])('refuses %j', (input, message) => {
    expect(safeParse(Count, input)).toEqual({ success: false, issues: [message] });
  });
});

describe('a message result', () => {
  it.each([
    [{ success: true, message: 'Subscribed' }, { success: true, message: 'Subscribed' }],
    [{ success: true, message: null }, { success: true, message: null }],
    [{ success: true }, { success: true }],
    [{ success: true, message: undefined }, { success: true }],
  ])('takes %j', (input, output) => {
    expect(safeParse(MessageResultSchema, input)).toEqual({ success: true, output });
  });

  it.each([[{ success: true, message: 1 }], [{ success: false, message: 'x' }], [{ message: 'x' }]])('refuses %j', (input) => {
    expect(safeParse(MessageResultSchema, input).success).toBe(false);
  });
});

describe('a refusal', () => {
  it.each([
    [{ error: 'Insufficient stock' }, { error: 'Insufficient stock' }],
    [{ error: 'Insufficient stock', code: 409, available: 2 }, { error: 'Insufficient stock', code: 409, available: 2 }],
    [{ error: 'Not found', available: null }, { error: 'Not found', available: null }],
  ])('takes %j', (input, output) => {
    expect(safeParse(BusinessErrorSchema, input)).toEqual({ success: true, output });
  });

  it.each([[{ error: 1 }], [{ error: 'x', code: '409' }], [{ error: 'x', code: NaN }], [{ error: 'x', available: '2' }]])('refuses %j', (input) => {
    expect(safeParse(BusinessErrorSchema, input).success).toBe(false);
  });
});

describe('the stock map', () => {
  it('takes any entries by key (each is checked on its own)', () => {
    expect(safeParse(StockMapSchema, { '7': 1, '8': { status: 'x' } })).toEqual({ success: true, output: { '7': 1, '8': { status: 'x' } } });
  });

  it('leaves out keys that would reach the prototype', () => {
    const parsed = safeParse(StockMapSchema, JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "7": 2}'));
    expect(parsed.success && Object.keys(parsed.output)).toEqual(['7']);
    expect(parsed.success && Object.getPrototypeOf(parsed.output)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([[null], [[]], ['x'], [7]])('refuses %j', (input) => {
    expect(safeParse(StockMapSchema, input)).toEqual({ success: false, issues: [expect.stringMatching(/^\(root\): expected an object, got /)] });
  });
});

describe('messages', () => {
  const Lines = obj({ items: arr(CartItemSchema) });
  const lines = (...overrides: object[]) => ({ items: overrides.map((override, index) => item({ product_id: index + 1, ...override })) });

  it('name the path, what was expected and what came', () => {
    const parsed = safeParse(Lines, lines({}, {}, {}, { price: -50 }));
    expect(parsed).toEqual({ success: false, issues: ['items.3.price: expected a number ≥ 0, got -50'] });
  });

  it.each([
    [{ quantity: '2' }, 'items.0.quantity: expected a number > 0, got "2"'],
    [{ quantity: -0 }, 'items.0.quantity: expected a number > 0, got -0'],
    [{ quantity: NaN }, 'items.0.quantity: expected a number > 0, got NaN'],
    [{ product_id: UNSAFE }, 'items.0.product_id: expected a whole number ≥ 1, got 9007199254740992'],
    [{ name: null }, 'items.0.name: expected a string, got null'],
    [{ name: { en: 'Ghee' } }, 'items.0.name: expected a string, got an object'],
    [{ uom: ['kg'] }, 'items.0.uom: expected a string, got an array'],
    [{ bundle_id: true }, 'items.0.bundle_id: expected a whole number ≥ 1, got true'],
  ])('%j → %s', (override, message) => {
    expect(safeParse(Lines, lines(override))).toEqual({ success: false, issues: [message] });
  });

  it('say every wrong field; the short description names the first three', () => {
    const parsed = safeParse(Lines, lines({ price: -1, quantity: 0 }, {}, { name: 1, uom: 2 }));
    expect(!parsed.success && parsed.issues).toEqual([
      'items.0.quantity: expected a number > 0, got 0',
      'items.0.price: expected a number ≥ 0, got -1',
      'items.2.name: expected a string, got 1',
      'items.2.uom: expected a string, got 2',
    ]);
    expect(!parsed.success && describeIssues(parsed.issues)).toBe(
      'items.0.quantity: expected a number > 0, got 0; items.0.price: expected a number ≥ 0, got -1; items.2.name: expected a string, got 1',
    );
  });

  it('a missing field, and a picklist’s options', () => {
    const { status: _status, ...noStatus } = stockInfo();
    expect(safeParse(StockInfoSchema, noStatus)).toEqual({
      success: false,
      issues: ['status: expected one of in_stock, low_stock, out_of_stock, preorder, got undefined'],
    });
  });

  it('a long string is cut short', () => {
    const parsed = safeParse(StockInfoSchema, stockInfo({ expected_restock: `<html>${'x'.repeat(5000)}` }));
    expect(!parsed.success && parsed.issues[0]).toBe(`expected_restock: expected a date YYYY-MM-DD, got "<html>${'x'.repeat(34)}…"`);
  });
});
