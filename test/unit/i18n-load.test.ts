// Bengali wording is a separate chunk, loaded the first time a page uses it: English
// pages never download it, and a failed load leaves the widgets speaking English.
import { describe, expect, it, vi } from 'vitest';

describe('locales loaded when first used', () => {
  it('speaks English until Bengali has loaded, in Bengali digits all along, then Bengali', async () => {
    vi.resetModules();
    const { hasLocale, loadLocale, localize } = await import('../../src/i18n/index.js');
    expect(hasLocale('bn')).toBe(false);
    expect(localize('bn').msg.addToCart).toBe('Add to cart');
    expect(localize('bn').money(1250)).toBe('৳১,২৫০');
    const loading = loadLocale('bn');
    expect(loading).toBeInstanceOf(Promise);
    expect(loadLocale('bn')).toBe(loading); // one load, however many ask
    await loading;
    expect(hasLocale('bn')).toBe(true);
    expect(localize('bn').msg.addToCart).toBe('কার্টে যোগ করুন');
    expect(loadLocale('bn')).toBeUndefined();
    expect(loadLocale('en')).toBeUndefined();
  });

  it('a locale that cannot be loaded is said once in the console, and the words stay English', async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/load.js', () => ({ loadMessages: () => Promise.reject(new Error('offline')) }));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { loadLocale, localize } = await import('../../src/i18n/index.js');
      await loadLocale('bn');
      await loadLocale('bn');
      expect(localize('bn').msg.addToCart).toBe('Add to cart');
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0]?.[0])).toContain('"bn" wording could not be loaded');
    } finally {
      vi.doUnmock('../../src/i18n/load.js');
      error.mockRestore();
    }
  });
});
