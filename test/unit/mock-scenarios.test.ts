// ?scenario= in a page that runs the mock (the demo): a known name applies, an
// unknown one is said once in the console with the known names, and the page
// can show it (issue 7.15).
import { describe, expect, it, vi } from 'vitest';
import { createPageShop } from '../../mock-server/page-shop.js';
import { scenarioFromSearch, scenarioNames } from '../../mock-server/scenarios.js';

describe('mock scenarios from the page URL', () => {
  it('applies a known scenario', () => {
    const warn = vi.fn();
    const shop = createPageShop({}, { search: '?scenario=out-of-stock&lang=bn', warn });
    expect(shop.scenario).toEqual({ name: 'out-of-stock', unknown: undefined, message: undefined });
    expect(shop.db.stockStatus(shop.db.product(1)!)).toBe('out_of_stock');
    expect(warn).not.toHaveBeenCalled();
  });

  it('says once that a name is unknown, listing the known ones, and runs the default shop', () => {
    const warn = vi.fn();
    const shop = createPageShop({}, { search: '?scenario=sold-out', warn });
    expect(warn).toHaveBeenCalledTimes(1);
    const message = warn.mock.calls[0]![0] as string;
    expect(message).toContain('"sold-out"');
    for (const name of scenarioNames) expect(message).toContain(name);
    expect(shop.scenario).toMatchObject({ name: 'default', unknown: 'sold-out', message });
    expect(shop.db.stockStatus(shop.db.product(1)!)).toBe('in_stock');
  });

  it('does not take the names of Object’s own properties for scenarios', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(scenarioFromSearch(`?scenario=${name}`).unknown, name).toBe(name);
    }
    expect(scenarioFromSearch('')).toEqual({});
    expect(scenarioFromSearch('?scenario=')).toEqual({});
  });
});
