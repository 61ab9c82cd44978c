// Every message the seed's backend can send has shopper words, in English and
// Bengali. The list is copied from the seed's Python (shared/seed/000_…txt):
// the `{'error': …}` results of its models and controllers, and the messages of
// the exceptions they raise.
import { describe, expect, it, beforeAll } from 'vitest';
import { ShopError } from '../../src/client/errors.js';
import { BACKEND_MESSAGES } from '../../src/i18n/backend-messages.js';
import { loadLocale, localize } from '../../src/i18n/index.js';

// Bengali wording is loaded when first used (a separate chunk): load it once here.
beforeAll(async () => {
  await loadLocale('bn');
});

const SEED_MESSAGES: { text: string; kind: 'business' | 'server'; available?: number }[] = [
  { text: 'Product not found', kind: 'business' }, // cart.session.add_item, StockController
  { text: 'Insufficient stock', kind: 'business', available: 3 }, // cart.session.add_item, update_item_quantity
  { text: 'Insufficient stock', kind: 'business', available: 0 },
  { text: 'product_id is required', kind: 'business' }, // CartController.add / update / remove
  { text: 'Product is currently in stock', kind: 'business' }, // stock.subscriber.subscribe
  { text: 'Email is required', kind: 'business' }, // StockController.notify_stock
  { text: 'Bundle is not available', kind: 'business' }, // product.bundle.add_to_cart
  { text: 'Maximum 2 bundles per order', kind: 'business' }, // product.bundle.add_to_cart (f-string)
  { text: 'Quantity must be greater than 0', kind: 'server' }, // product.bundle.line constraint (ValidationError)
];

describe('backend messages in shopper words', () => {
  it.each(SEED_MESSAGES)('$text ($kind) has its own words in en and bn', ({ text, kind, available }) => {
    const error = new ShopError(kind, text, { endpoint: '/cart/add', available });
    for (const locale of ['en', 'bn'] as const) {
      const words = localize(locale).reason(error);
      expect(words).not.toBe(text);
      expect(words).not.toBe(localize(locale).msg.errorServer);
      expect(words.length).toBeGreaterThan(5);
      if (locale === 'bn') expect(words, 'in Bengali script').toMatch(/[\u0980-\u09FF]/);
    }
  });

  it('names the numbers the backend gives, in the page’s digits', () => {
    expect(localize('en').reason(new ShopError('business', 'Maximum 2 bundles per order', { endpoint: '/bundles/<id>/add-to-cart' }))).toBe(
      'You can order at most 2 of this bundle.',
    );
    expect(localize('bn').reason(new ShopError('business', 'Maximum 12 bundles per order', { endpoint: '/bundles/<id>/add-to-cart' }))).toContain('১২');
    expect(localize('en').reason(new ShopError('business', 'Insufficient stock', { endpoint: '/cart/add', available: 3 }))).toBe('Only 3 left');
  });

  it('shows an unknown refusal as the backend wrote it in English, and a plain apology in Bengali', () => {
    const error = new ShopError('business', 'Store closed for Eid', { endpoint: '/cart/add' });
    expect(localize('en').reason(error)).toBe('Store closed for Eid');
    expect(localize('bn').reason(error)).toBe(localize('bn').msg.errorUnknown);
  });

  it('every entry of the table is reached by some message', () => {
    const reached = new Set<number>();
    const samples = [...SEED_MESSAGES.map((m) => m.text), 'Bundle not found', 'Invalid quantity', 'Quantity above 9999'];
    for (const text of samples) {
      const index = BACKEND_MESSAGES.findIndex(([pattern]) => pattern.test(text));
      if (index >= 0) reached.add(index);
    }
    expect(reached.size).toBe(BACKEND_MESSAGES.length);
  });
});
