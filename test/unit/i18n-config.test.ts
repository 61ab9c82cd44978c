import { afterEach, describe, expect, it, vi, beforeAll } from 'vitest';
import { ShopError } from '../../src/client/errors.js';
import { $config, DEFAULT_CONFIG, configure } from '../../src/config/config.js';
import { loadLocale, localize } from '../../src/i18n/index.js';
import { bn } from '../../src/i18n/locales/bn.js';
import { en } from '../../src/i18n/locales/en.js';
import { applyIntents, lineTotal, spliceLines, withTotals } from '../../src/store/cart-math.js';
import type { Cart } from '../../src/client/types.js';

// Bengali wording is loaded when first used (a separate chunk): load it once here.
beforeAll(async () => {
  await loadLocale('bn');
});

describe('money and wording', () => {
  it('formats taka with the ৳ sign and lakh grouping, in English and Bengali digits', () => {
    expect(localize('en').money(95.5)).toBe('৳95.50');
    expect(localize('en').money(1250)).toBe('৳1,250');
    expect(localize('en').money(125000)).toBe('৳1,25,000');
    expect(localize('bn').money(95.5)).toBe('৳৯৫.৫০');
    expect(localize('bn').money(125000)).toBe('৳১,২৫,০০০');
  });

  it('rounds to paisa once, so float noise never shows', () => {
    expect(localize('en').money(0.1 + 0.2)).toBe('৳0.30');
    expect(lineTotal({ price: 95.5, quantity: 3 })).toBe(286.5);
    expect(lineTotal({ price: 0.1, quantity: 3 })).toBe(0.3);
  });

  it('writes numbers and money exactly as Intl would for en-IN and bn-BD, without building a formatter', () => {
    for (const locale of ['en', 'bn'] as const) {
      const intl = { en: 'en-IN', bn: 'bn-BD' }[locale];
      const plain = new Intl.NumberFormat(intl, { maximumFractionDigits: 2 });
      const integer = new Intl.NumberFormat(intl, { maximumFractionDigits: 0 });
      const decimal = new Intl.NumberFormat(intl, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      for (const value of [0, 1, 7, 12, 999, 1000, 1250, 12345, 123456, 1234567, 12345678, 1.5, 95.5, 0.25, 1.005, 2.675, 1234.567, 0.1 + 0.2, 99999.99, -3, -1250.5, 1e9, 3.14159]) {
        expect(localize(locale).number(value), `${locale} ${value}`).toBe(plain.format(value));
        const paisa = Math.round(value * 100);
        expect(localize(locale).money(value), `${locale} money ${value}`).toBe(`৳${paisa % 100 === 0 ? integer.format(paisa / 100) : decimal.format(paisa / 100)}`);
      }
    }
  });

  it('writes dates as Intl would for en-IN and bn-BD (day and short month), without building a formatter', () => {
    for (const locale of ['en', 'bn'] as const) {
      const intl = new Intl.DateTimeFormat({ en: 'en-IN', bn: 'bn-BD' }[locale], { day: 'numeric', month: 'short', timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) {
        for (const day of [1, 9, 10, 28]) {
          const date = new Date(Date.UTC(2026, month, day));
          expect(localize(locale).date(date.toISOString().slice(0, 10))).toBe(intl.format(date));
        }
      }
    }
  });

  it('formats restock dates for the locale', () => {
    expect(localize('en').date('2026-12-12')).toBe('12 Dec');
    expect(localize('bn').date('2026-12-12')).toMatch(/^১২ /);
    expect(localize('en').date('not a date')).toBe('not a date');
  });

  it('has every English string in Bengali', () => {
    expect(Object.keys(bn).sort()).toEqual(Object.keys(en).sort());
  });

  it('tells the shopper a true, useful reason for each failure', () => {
    const t = localize('en');
    const err = (kind: ConstructorParameters<typeof ShopError>[0], message = 'x', extra = {}) =>
      new ShopError(kind, message, { endpoint: '/cart/add', ...extra });
    expect(t.reason(err('business', 'Insufficient stock', { available: 3 }))).toBe('Only 3 left');
    expect(t.reason(err('business', 'Insufficient stock', { available: 0 }))).toBe('Sorry, this is out of stock.');
    expect(t.reason(err('business', 'Maximum 2 bundles per order'))).toBe('You can order at most 2 of this bundle.');
    expect(t.reason(err('business', 'Product is currently in stock'))).toContain('in stock now');
    expect(t.reason(err('network'))).toContain('Could not reach the shop');
    expect(t.reason(err('timeout'))).toContain('taking too long');
    expect(t.reason(err('session-expired'))).toContain('reload the page');
    expect(t.reason(err('invalid-response'))).toContain('Something went wrong on our side');
    expect(localize('bn').reason(err('business', 'Insufficient stock', { available: 3 }))).toBe('মাত্র ৩টি বাকি');
  });
});

describe('configure()', () => {
  afterEach(() => {
    $config.set({ ...DEFAULT_CONFIG });
    // The console spies too, even when an assertion failed before their mockRestore().
    vi.restoreAllMocks();
  });

  it('takes valid options and says in the console what was wrong with the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = configure({ locale: 'bn', transport: 'soap' as never, timeout: -5, colour: 'red' } as never);
    expect(result.locale).toBe('bn');
    expect(result.transport).toBe('jsonrpc');
    expect(result.timeout).toBe(10_000);
    const said = [...warn.mock.calls, ...error.mock.calls].map((call) => String(call[0])).join('\n');
    error.mockRestore();
    expect(said).toContain('transport must be "jsonrpc" or "rest"');
    expect(said).toContain('unknown option "colour"');
    warn.mockRestore();
  });
});

describe('cart maths', () => {
  const cart: Cart = {
    session_id: 's',
    currency: '৳',
    item_count: 3,
    subtotal: 311,
    items: [
      { product_id: 1, name: 'Milk', price: 95.5, quantity: 2, image_url: '', uom: 'Unit', bundle_id: null, stock_available: 50 },
      { product_id: 2, name: 'Doi', price: 120, quantity: 1, image_url: '', uom: 'Unit', bundle_id: null, stock_available: 50 },
    ],
  };

  it('applies unconfirmed wishes to the view, in paisa', () => {
    const view = applyIntents(cart, new Map([[1, { quantity: 5, version: 1 }], [9, { quantity: 1, version: 2, hint: { name: 'Ghee', price: 390.25 } }]]));
    expect(view.item_count).toBe(7);
    expect(view.subtotal).toBe(5 * 95.5 + 120 + 390.25);
    expect(view.pending.sort()).toEqual([1, 9]);
  });

  it('counts an add without a hint in the badge until the line arrives', () => {
    const view = applyIntents(cart, new Map([[9, { quantity: 2, version: 1 }]]));
    expect(view.item_count).toBe(5);
    expect(view.items).toHaveLength(2);
  });

  it('splices one line from another cart and recomputes totals', () => {
    const other = withTotals({ ...cart, items: [{ ...cart.items[0]!, quantity: 4 }] });
    const spliced = spliceLines(cart, other, [1, 2]);
    expect(spliced.items.map((i) => [i.product_id, i.quantity])).toEqual([[1, 4]]);
    expect(spliced.subtotal).toBe(382);
  });
});
