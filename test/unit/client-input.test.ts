// What the client does with odd configuration and odd answers: an apiBase with
// or without a trailing slash, an apiBase that is not a shop API, results that
// say `error: false`, lines with impossible numbers, unsafe image URLs, and a
// browser that is offline.
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createShopClient } from '../../src/client/client.js';
import { ShopError } from '../../src/client/errors.js';
import { $config, DEFAULT_CONFIG, configure } from '../../src/config/config.js';
import { API, cart, failure, item, ok, rpcResult, stockInfo, useServer } from './helpers/rpc.js';

const server = useServer();
let errors: MockInstance<typeof console.error>;
let warnings: MockInstance<typeof console.warn>;
const said = () => [...errors.mock.calls, ...warnings.mock.calls].map((call) => String(call[0])).join('\n');

beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  $config.set({ ...DEFAULT_CONFIG });
});

/** Answers every JSON-RPC call under `base` with `result(path)`, and records the URLs asked. */
function shopAt(base: string, result: (path: string) => unknown) {
  const urls: string[] = [];
  server.use(
    http.post(`${base}/*`, async ({ request }) => {
      urls.push(request.url);
      return rpcResult(request, result(new URL(request.url).pathname));
    }),
  );
  return urls;
}

describe('apiBase', () => {
  it.each([
    ['http://127.0.0.1:8797', 'http://127.0.0.1:8797/cart'],
    ['http://127.0.0.1:8797/', 'http://127.0.0.1:8797/cart'],
    ['http://shop.test/api/v1/', 'http://shop.test/api/v1/cart'],
    ['http://shop.test/api/v1//', 'http://shop.test/api/v1/cart'],
    [' http://shop.test/api/v1 ', 'http://shop.test/api/v1/cart'],
  ])('%j is joined without a double slash', async (apiBase, expected) => {
    const urls = shopAt(new URL(expected).origin, () => ok(cart()));
    await createShopClient({ apiBase }).getCart();
    expect(urls).toEqual([expected]);
  });

  it('a base that answers a 404 HTML page is reported once as "no shop API", not per call', async () => {
    server.use(http.all('http://shop.test/*', () => new HttpResponse('<!doctype html><h1>Not Found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } })));
    const client = createShopClient({ apiBase: 'http://shop.test', retries: 0 });
    const first = await failure(client.getCart());
    await failure(client.fetchStockStatus([1, 2, 3]));
    await failure(client.addToCart(1));
    expect(first).toMatchObject({ kind: 'http', status: 404 });
    const noApi = errors.mock.calls.map((call) => String(call[0])).filter((text) => text.includes('No shop API at http://shop.test'));
    expect(noApi).toHaveLength(1);
    expect(noApi[0]).toContain('/api/v1');
  });
});

describe('results', () => {
  it('`error: false` (or an empty error) is not a refusal', async () => {
    shopAt(API, (path) => (path.endsWith('/cart/add') ? { ...ok(cart([item()]), 'Item added to cart'), error: false } : { ...ok(cart()), error: '' }));
    const client = createShopClient({ apiBase: API });
    await expect(client.addToCart(7)).resolves.toMatchObject({ message: 'Item added to cart' });
    await expect(client.getCart()).resolves.toMatchObject({ items: [] });
  });

  it('a non-empty error string is a refusal whatever else the result holds', async () => {
    shopAt(API, () => ({ ...ok(cart([item()])), error: 'Insufficient stock', available: 2 }));
    const error = await failure(createShopClient({ apiBase: API }).addToCart(7, 5));
    expect(error).toMatchObject({ kind: 'business', message: 'Insufficient stock', available: 2 });
  });

  it('leaves out lines with negative prices, zero or negative quantities and repeated products; totals are the lines’', async () => {
    const good = item({ product_id: 1, price: 95.5, quantity: 2 });
    shopAt(API, () =>
      ok({
        ...cart([good]),
        items: [item({ product_id: 2, price: -50 }), good, item({ product_id: 3, quantity: 0 }), item({ product_id: 4, quantity: -2 }), { ...good, quantity: 5 }],
        item_count: -3,
        subtotal: -100,
      }),
    );
    const got = await createShopClient({ apiBase: API }).getCart();
    expect(got.items.map((line) => [line.product_id, line.quantity])).toEqual([[1, 2]]);
    expect(got.item_count).toBe(2);
    expect(got.subtotal).toBe(191);
    expect(said()).toMatch(/left out malformed cart line 0 \(price/);
    expect(said()).toContain('product 1 twice');
    expect(said()).toMatch(/totals \(-3 items, -100\) do not match its lines \(2, 191\)/);
  });

  it('a count that disagrees with the lines is replaced by the lines’ count', async () => {
    shopAt(API, () => ok(cart([item({ quantity: 2 })], { item_count: 7 })));
    const got = await createShopClient({ apiBase: API }).getCart();
    expect(got.item_count).toBe(2);
    expect(said()).toContain('do not match its lines');
  });

  it('adds fractional quantities and prices in paisa without float noise', async () => {
    const lines = [item({ product_id: 1, quantity: 1.5, price: 95.5 }), item({ product_id: 2, quantity: 0.25, price: 0.1 })];
    shopAt(API, () => ok(cart(lines)));
    const got = await createShopClient({ apiBase: API }).getCart();
    expect(got.item_count).toBe(1.75);
    // 1.5 × 95.50 = 143.25; 0.25 × 0.10 = 0.025 → 0.03 (rounded once per line)
    expect(got.subtotal).toBe(143.28);
  });

  it('uses only http(s) and relative image URLs from the backend', async () => {
    shopAt(API, () =>
      ok(
        cart([
          item({ product_id: 1, image_url: 'javascript:alert(1)' }),
          item({ product_id: 2, image_url: 'data:image/svg+xml,<svg onload=alert(1)>' }),
          item({ product_id: 3, image_url: '/web/image/product.product/3/image_128' }),
          item({ product_id: 4, image_url: 'https://cdn.shop.test/4.jpg' }),
        ]),
      ),
    );
    const got = await createShopClient({ apiBase: API }).getCart();
    expect(got.items.map((line) => line.image_url)).toEqual(['', '', 'http://shop.test/web/image/product.product/3/image_128', 'https://cdn.shop.test/4.jpg']);
  });

  it('a malformed stock entry makes only that product unknown, logged once; the rest of the batch shows', async () => {
    shopAt(API, () => ok({ '1': stockInfo(), '2': stockInfo({ expected_restock: '12/01/2026' }), '3': stockInfo({ status: 'out_of_stock' }) }));
    const client = createShopClient({ apiBase: API, stockBatchWindow: 1 });
    const [one, two, three] = await Promise.allSettled([client.getStock(1), client.getStock(2), client.getStock(3)]);
    expect(one).toMatchObject({ status: 'fulfilled', value: { status: 'in_stock' } });
    expect(three).toMatchObject({ status: 'fulfilled', value: { status: 'out_of_stock' } });
    expect(two).toMatchObject({ status: 'rejected', reason: { kind: 'business', code: 404 } });
    expect(errors.mock.calls.filter((call) => String(call[0]).includes('malformed stock for product 2'))).toHaveLength(1);
  });
});

describe('offline', () => {
  it('sends nothing while the browser is offline, and says so with its own kind', async () => {
    const urls = shopAt(API, () => ok(cart()));
    vi.stubGlobal('navigator', { onLine: false });
    const error = await failure(createShopClient({ apiBase: API }).addToCart(7));
    expect(error).toBeInstanceOf(ShopError);
    expect(error).toMatchObject({ kind: 'offline', isUncertain: false });
    expect(urls).toEqual([]);
  });
});

describe('URL options', () => {
  it.each([
    ['checkoutUrl', 'javascript:alert(document.cookie)'],
    ['checkoutUrl', ' JAVA\tSCRIPT:alert(1)'],
    ['cartUrl', 'data:text/html,<script>alert(1)</script>'],
    ['shopUrl', 'vbscript:msgbox'],
    ['apiBase', 'javascript:void(0)//api/v1'],
    ['liveUrl', 'http://shop.test/live'],
  ] as const)('%s %j is refused with a console error and the previous value kept', (key, value) => {
    const before = $config.get()[key];
    const result = configure({ [key]: value });
    expect(result[key]).toBe(before);
    expect(errors.mock.calls.map((call) => String(call[0])).join('\n')).toContain(`${key} must be`);
  });

  it.each([
    ['checkoutUrl', '/shop/checkout?step=1'],
    ['checkoutUrl', 'https://shop.example/checkout'],
    ['cartUrl', 'cart.html'],
    ['apiBase', 'http://127.0.0.1:8787/api/v1'],
    ['liveUrl', 'wss://shop.example/live'],
    ['liveUrl', ''],
  ] as const)('%s %j is taken', (key, value) => {
    expect(configure({ [key]: value })[key]).toBe(value);
    expect(errors).not.toHaveBeenCalled();
  });
});
