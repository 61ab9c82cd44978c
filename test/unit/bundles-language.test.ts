// The bundles' names follow the page's language: a list still on its way when the
// language changes was asked in the old one, and is asked again; its late answer
// never replaces the new one.
import { atom } from 'nanostores';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Locale, type ShopConfig } from '../../src/config/config.js';
import { createShop } from '../../src/store/shop.js';
import { createMockShop } from '../../mock-server/index.js';
import { useServer } from './helpers/rpc.js';
import { gate, within } from './helpers/wait.js';

const server = useServer();

const API = 'http://bundles-language.test/api/v1';
const names = (shop: ReturnType<typeof createShop>) => shop.bundles.$bundles.get().bundles.map((bundle) => bundle.name);
const settled = (shop: ReturnType<typeof createShop>, name: string) =>
  within(
    new Promise<void>((resolve) => {
      const check = () => names(shop)[0] === name && resolve();
      check();
      shop.bundles.$bundles.listen(check);
    }),
    `the first bundle named ${name} (now ${names(shop)[0]})`,
  );

describe('bundles and the page’s language', () => {
  it('a list on its way when the language changes is asked again; the old answer, arriving last, is dropped', async () => {
    const mock = createMockShop();
    const english = gate();
    // Only the first (English) /bundles answer is held; later ones pass.
    server.use(
      http.all('*/bundles', async ({ request }) => {
        if (english.arrivals === 0) await english.pass(request);
      }),
      ...mock.handlers,
    );
    const config = atom<ShopConfig>({ ...DEFAULT_CONFIG, apiBase: API });
    const locale = atom<Locale>('en');
    const shop = createShop(config, locale);

    const first = shop.bundles.ensure();
    await english.arrived();
    locale.set('bn');
    await settled(shop, 'সকালের নাস্তা প্যাক');
    english.open();
    await first;
    // The English answer came last, and changed nothing.
    expect(names(shop)[0]).toBe('সকালের নাস্তা প্যাক');
  });

  it('a loaded list is asked again in the new language, and shown until the new one arrives', async () => {
    const mock = createMockShop();
    const bengali = gate();
    // The first (English) answer passes; the second (Bengali) one is held.
    let asked = 0;
    server.use(
      http.all('*/bundles', async ({ request }) => {
        if (++asked === 2) await bengali.pass(request);
      }),
      ...mock.handlers,
    );
    const locale = atom<Locale>('en');
    const shop = createShop(atom<ShopConfig>({ ...DEFAULT_CONFIG, apiBase: API }), locale);
    await shop.bundles.ensure();
    expect(names(shop)[0]).toBe('Breakfast Pack');
    locale.set('bn');
    await bengali.arrived();
    // While the Bengali list is on its way, the English one is still shown.
    expect(shop.bundles.$bundles.get().state).toBe('ready');
    expect(names(shop)[0]).toBe('Breakfast Pack');
    bengali.open();
    await settled(shop, 'সকালের নাস্তা প্যাক');
  });
});
