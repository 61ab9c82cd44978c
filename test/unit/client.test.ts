/**
 * The typed shop client against inline MSW handlers: what a caller gets back from
 * each endpoint in both transports, every kind of failure, abort, retries and the
 * guest-cart session gate (shared/API-CONTRACT.md).
 */
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShopClient, type ClientOptions, type ShopClient } from '../../src/client/client.js';
import { ShopError } from '../../src/client/errors.js';
import {
  API,
  ORIGIN,
  bundle,
  cart,
  failure,
  item,
  ok,
  rpcError,
  rpcResult,
  sleep,
  stockInfo,
  useServer,
  type RpcRequest,
} from './helpers/rpc.js';

const server = useServer();

const client = (options: ClientOptions = {}): ShopClient =>
  createShopClient({ apiBase: API, retryDelay: 1, ...options });

beforeEach(() => {
  // The client tells theme developers about malformed answers on the console.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Answers `path` with `resolver`, counting the requests it saw. */
function route(
  path: string,
  resolver: (request: Request, hit: number) => Response | Promise<Response>,
  method: 'post' | 'get' | 'all' = 'post',
) {
  const seen = { count: 0 };
  server.use(
    http[method](`${API}${path}`, ({ request }) => {
      seen.count += 1;
      return resolver(request, seen.count);
    }),
  );
  return seen;
}

/** Answers `path` (JSON-RPC) with `result`. */
const answer = (path: string, result: unknown) => route(path, (request) => rpcResult(request, result));

/** The ShopError a call failed with (fails the test if it failed with something else). */
async function shopError(promise: Promise<unknown>): Promise<ShopError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(ShopError);
  return error as ShopError;
}

const html404 = () =>
  new HttpResponse('<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>', {
    status: 404,
    headers: { 'Content-Type': 'text/html' },
  });

const resolved = (c: ReturnType<typeof cart>) => ({
  ...c,
  items: c.items.map((line) => ({ ...line, image_url: ORIGIN + line.image_url })),
});

// ---------------------------------------------------------------------------------------------

interface EndpointCase {
  name: string;
  path: string;
  restMethod: 'GET' | 'POST';
  params: Record<string, unknown>;
  result: unknown;
  run(client: ShopClient): Promise<unknown>;
  expected: unknown;
}

const lines = [item({ quantity: 2 }), item({ product_id: 1, name: 'Fresh Milk 1L', price: 95.5, image_url: '/web/image/product.product/1/image_128' })];
const fullCart = cart(lines);
const stock7 = stockInfo({ status: 'low_stock', available: 4, low_stock: true });
const stock8 = stockInfo({ status: 'out_of_stock', available: 0, waiting_count: 2, expected_restock: '2025-07-01' });

const endpoints: EndpointCase[] = [
  {
    name: 'getCart',
    path: '/cart',
    restMethod: 'GET',
    params: {},
    result: ok(fullCart),
    run: (c) => c.getCart(),
    expected: resolved(fullCart),
  },
  {
    name: 'getCartCount',
    path: '/cart/count',
    restMethod: 'GET',
    params: {},
    result: ok({ count: 3, subtotal: 876 }),
    run: (c) => c.getCartCount(),
    expected: { count: 3, subtotal: 876 },
  },
  {
    name: 'addToCart',
    path: '/cart/add',
    restMethod: 'POST',
    params: { product_id: 7, quantity: 2 },
    result: ok(fullCart, 'Item added to cart'),
    run: (c) => c.addToCart(7, 2),
    expected: { cart: resolved(fullCart), message: 'Item added to cart' },
  },
  {
    name: 'addToCart (bundle line)',
    path: '/cart/add',
    restMethod: 'POST',
    params: { product_id: 7, quantity: 1, bundle_id: 3 },
    result: ok(fullCart, 'Item added to cart'),
    run: (c) => c.addToCart(7, 1, { bundleId: 3 }),
    expected: { cart: resolved(fullCart), message: 'Item added to cart' },
  },
  {
    name: 'updateCartItem',
    path: '/cart/update',
    restMethod: 'POST',
    params: { product_id: 7, quantity: 5 },
    result: ok(fullCart, 'Cart updated'),
    run: (c) => c.updateCartItem(7, 5),
    expected: { cart: resolved(fullCart), message: 'Cart updated' },
  },
  {
    name: 'removeFromCart',
    path: '/cart/remove',
    restMethod: 'POST',
    params: { product_id: 7 },
    result: ok(cart([]), 'Item removed'),
    run: (c) => c.removeFromCart(7),
    expected: { cart: cart([]), message: 'Item removed' },
  },
  {
    name: 'clearCart',
    path: '/cart/clear',
    restMethod: 'POST',
    params: {},
    result: ok(cart([]), 'Cart cleared'),
    run: (c) => c.clearCart(),
    expected: { cart: cart([]), message: 'Cart cleared' },
  },
  {
    name: 'fetchStock',
    path: '/product/7/stock',
    restMethod: 'GET',
    params: {},
    result: ok(stock7),
    run: (c) => c.fetchStock(7),
    expected: stock7,
  },
  {
    name: 'fetchStockStatus',
    path: '/products/stock-status',
    restMethod: 'POST',
    params: { product_ids: [7, 8] },
    result: ok({ '7': stock7, '8': stock8 }),
    run: (c) => c.fetchStockStatus([7, 8]),
    expected: { '7': stock7, '8': stock8 },
  },
  {
    name: 'subscribeToStock',
    path: '/product/8/notify-stock',
    restMethod: 'POST',
    params: { email: 'rahim@example.com', phone: '+8801700000000', notify_email: true, notify_sms: false },
    result: { success: true, message: 'You will be notified when the product is back in stock' },
    run: (c) => c.subscribeToStock(8, { email: 'rahim@example.com', phone: '+8801700000000' }),
    expected: { message: 'You will be notified when the product is back in stock', alreadySubscribed: false },
  },
  {
    name: 'getBundles',
    path: '/bundles',
    restMethod: 'GET',
    params: {},
    result: ok([bundle(), bundle({ id: 4, code: 'TEA', image_url: null, products: [] })]),
    run: (c) => c.getBundles(),
    expected: [
      {
        ...bundle(),
        image_url: `${ORIGIN}/web/image/product.bundle/3/image`,
        products: bundle().products.map((p) => ({ ...p, image_url: ORIGIN + p.image_url })),
      },
      bundle({ id: 4, code: 'TEA', image_url: null, products: [] }),
    ],
  },
  {
    name: 'addBundleToCart',
    path: '/bundles/3/add-to-cart',
    restMethod: 'POST',
    params: { quantity: 2 },
    result: { success: true, message: 'Bundle "Breakfast Pack" added to cart' },
    run: (c) => c.addBundleToCart(3, 2),
    expected: { message: 'Bundle "Breakfast Pack" added to cart' },
  },
];

interface Seen {
  method: string;
  url: string;
  contentType: string | null;
  body: string;
}

function recordAll(respond: (path: string, body: string) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  server.use(
    http.all(`${API}/*`, async ({ request }) => {
      const body = await request.text();
      const url = new URL(request.url);
      seen.push({ method: request.method, url: request.url, contentType: request.headers.get('content-type'), body });
      return respond(url.pathname.slice('/api/v1'.length), body);
    }),
  );
  return seen;
}

describe('jsonrpc transport (the default)', () => {
  it.each(endpoints)('$name: POSTs a JSON-RPC 2.0 call to $path and unwraps the result', async (endpoint) => {
    const seen = recordAll((_path, body) => {
      const { id } = JSON.parse(body) as RpcRequest;
      return HttpResponse.json({ jsonrpc: '2.0', id, result: endpoint.result });
    });

    const value = await endpoint.run(client());

    expect(value).toEqual(endpoint.expected);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.url).toBe(`${API}${endpoint.path}`);
    expect(seen[0]!.contentType).toContain('application/json');
    expect(JSON.parse(seen[0]!.body)).toEqual({ jsonrpc: '2.0', method: 'call', params: endpoint.params, id: expect.any(Number) });
  });

  it('gives every call its own JSON-RPC id', async () => {
    const seen = recordAll((_path, body) => {
      const { id } = JSON.parse(body) as RpcRequest;
      return HttpResponse.json({ jsonrpc: '2.0', id, result: ok(stock7) });
    });
    const c = client();
    await Promise.all([c.fetchStock(7), c.fetchStock(7), c.fetchStock(7)]);
    const ids = seen.map((s) => (JSON.parse(s.body) as RpcRequest).id);
    expect(new Set(ids).size).toBe(3);
  });

  it('resolves image paths against the API origin and leaves absolute URLs alone', async () => {
    const lineWithCdn = item({ product_id: 2, image_url: 'https://cdn.test/doi.png' });
    answer('/cart', ok(cart([item(), lineWithCdn])));
    const got = await client().getCart();
    expect(got.items.map((line) => line.image_url)).toEqual([
      'http://shop.test/web/image/product.product/7/image_128',
      'https://cdn.test/doi.png',
    ]);
  });

  it('resolves images against the origin of an API that lives on a sub-path of another host', async () => {
    server.use(
      http.post('http://api.shop.test/odoo/api/v1/cart', ({ request }) => rpcResult(request, ok(cart([item()])))),
    );
    const got = await createShopClient({ apiBase: 'http://api.shop.test/odoo/api/v1/' }).getCart();
    expect(got.items[0]!.image_url).toBe('http://api.shop.test/web/image/product.product/7/image_128');
  });

  it("reads Odoo's `false` for an empty bundle_id as null", async () => {
    answer('/cart', ok({ ...cart([item()]), items: [{ ...item(), bundle_id: false }] }));
    expect((await client().getCart()).items[0]!.bundle_id).toBeNull();
  });

  it('reports "Already subscribed" as a success', async () => {
    answer('/product/8/notify-stock', { success: true, message: 'Already subscribed' });
    await expect(client().subscribeToStock(8, { email: 'a@b.test' })).resolves.toEqual({
      message: 'Already subscribed',
      alreadySubscribed: true,
    });
  });
});

describe('rest transport', () => {
  it.each(endpoints)('$name: $restMethod $path with the plain params; the body is the result', async (endpoint) => {
    const seen = recordAll(() => HttpResponse.json(endpoint.result as Record<string, unknown>));

    const value = await endpoint.run(client({ transport: 'rest' }));

    expect(value).toEqual(endpoint.expected);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe(endpoint.restMethod);
    expect(seen[0]!.url).toBe(`${API}${endpoint.path}`);
    if (endpoint.restMethod === 'GET') {
      expect(seen[0]!.body).toBe('');
    } else {
      expect(seen[0]!.contentType).toContain('application/json');
      expect(JSON.parse(seen[0]!.body)).toEqual(endpoint.params);
    }
  });

  it('reads a non-2xx answer with a JSON {error, code} body as a business error', async () => {
    route('/cart/add', () => HttpResponse.json({ error: 'Insufficient stock', code: 400, available: 3 }, { status: 409 }));
    const error = await shopError(client({ transport: 'rest' }).addToCart(9, 5));
    expect(error).toMatchObject({ kind: 'business', message: 'Insufficient stock', code: 400, available: 3, endpoint: '/cart/add' });
  });

  it('reads a 404 JSON {error, code} on a GET as a business error, without retrying', async () => {
    const seen = route('/product/99/stock', () => HttpResponse.json({ error: 'Product not found', code: 404 }, { status: 404 }), 'get');
    const error = await shopError(client({ transport: 'rest' }).fetchStock(99));
    expect(error).toMatchObject({ kind: 'business', message: 'Product not found', code: 404 });
    expect(seen.count).toBe(1);
  });

  it('reads a business error in a 200 body as a failure too', async () => {
    route('/cart/update', () => HttpResponse.json({ error: 'Insufficient stock', code: 400 }));
    const error = await shopError(client({ transport: 'rest' }).updateCartItem(9, 50));
    expect(error).toMatchObject({ kind: 'business', message: 'Insufficient stock', code: 400, available: undefined });
  });

  it('turns a non-2xx answer without JSON into an `http` error with its status', async () => {
    route('/cart/update', () => new HttpResponse('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const error = await shopError(client({ transport: 'rest' }).updateCartItem(7, 2));
    expect(error).toMatchObject({ kind: 'http', status: 502, endpoint: '/cart/update' });
  });

  it('turns a 404 HTML page on a GET into an `http` error with status 404', async () => {
    route('/cart', html404, 'get');
    const error = await shopError(client({ transport: 'rest' }).getCart());
    expect(error).toMatchObject({ kind: 'http', status: 404, endpoint: '/cart' });
  });

  it('rejects a 200 answer that is not JSON as `invalid-response`', async () => {
    route('/bundles', () => new HttpResponse('<html>Welcome</html>', { headers: { 'Content-Type': 'text/html' } }), 'get');
    const error = await shopError(client({ transport: 'rest' }).getBundles());
    expect(error.kind).toBe('invalid-response');
  });

  it('reports a failed connection as `network`', async () => {
    route('/cart/add', () => HttpResponse.error());
    const error = await shopError(client({ transport: 'rest' }).addToCart(7));
    expect(error.kind).toBe('network');
  });

  it('retries a GET after a 503 and returns the second answer', async () => {
    const seen = route(
      '/cart/count',
      (_request, hit) => (hit === 1 ? new HttpResponse('busy', { status: 503 }) : HttpResponse.json(ok({ count: 1, subtotal: 95.5 }))),
      'get',
    );
    await expect(client({ transport: 'rest' }).getCartCount()).resolves.toEqual({ count: 1, subtotal: 95.5 });
    expect(seen.count).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------

describe('errors: one ShopError, by kind', () => {
  describe('business (a result with an `error` key)', () => {
    it('carries message, code and `available` on a /cart/add stock error', async () => {
      answer('/cart/add', { error: 'Insufficient stock', code: 400, available: 3 });
      const error = await shopError(client().addToCart(9, 5));
      expect(error).toMatchObject({ kind: 'business', message: 'Insufficient stock', code: 400, available: 3, endpoint: '/cart/add' });
    });

    it('has no `available` on /cart/update (the controller drops it)', async () => {
      answer('/cart/update', { error: 'Insufficient stock', code: 400 });
      const error = await shopError(client().updateCartItem(9, 50));
      expect(error).toMatchObject({ kind: 'business', message: 'Insufficient stock', code: 400, endpoint: '/cart/update' });
      expect(error.available).toBeUndefined();
    });

    it('is a failure even when the result also says success: true and holds a cart', async () => {
      answer('/cart/add', { success: true, data: cart([item()]), error: 'Insufficient stock', code: 400, available: 0 });
      const error = await shopError(client().addToCart(7));
      expect(error).toMatchObject({ kind: 'business', message: 'Insufficient stock', code: 400, available: 0 });
    });

    it('reports "Product not found" from /product/<id>/stock with code 404', async () => {
      answer('/product/99/stock', { error: 'Product not found', code: 404 });
      const error = await shopError(client().fetchStock(99));
      expect(error).toMatchObject({ kind: 'business', message: 'Product not found', code: 404, endpoint: '/product/<id>/stock' });
    });

    it('reports back-in-stock refusals', async () => {
      answer('/product/7/notify-stock', { error: 'Product is currently in stock' });
      const error = await shopError(client().subscribeToStock(7, { email: 'a@b.test' }));
      expect(error).toMatchObject({ kind: 'business', message: 'Product is currently in stock', code: undefined });
    });

    it('reports bundle refusals', async () => {
      answer('/bundles/3/add-to-cart', { error: 'Maximum 5 bundles per order', code: 400 });
      const error = await shopError(client().addBundleToCart(3, 6));
      expect(error).toMatchObject({ kind: 'business', message: 'Maximum 5 bundles per order', code: 400 });
    });
  });

  describe('server (a JSON-RPC error)', () => {
    it("uses Odoo's data.message as the message and keeps the JSON-RPC code", async () => {
      route('/cart/add', () => rpcError(200, 'Odoo Server Error', 'Quantity must be a positive number'));
      const error = await shopError(client().addToCart(7, -1));
      expect(error).toMatchObject({ kind: 'server', message: 'Quantity must be a positive number', code: 200, endpoint: '/cart/add' });
    });

    it('falls back to the error message when there is no data', async () => {
      route('/cart', () => rpcError(200, 'Odoo Server Error'));
      const error = await shopError(client().getCart());
      expect(error).toMatchObject({ kind: 'server', message: 'Odoo Server Error', code: 200 });
    });
  });

  it('session-expired: JSON-RPC error code 100', async () => {
    route('/cart', () => rpcError(100, 'Odoo Session Expired', 'Session expired'));
    const error = await shopError(client().getCart());
    expect(error).toMatchObject({ kind: 'session-expired', code: 100, endpoint: '/cart' });
  });

  it('http: an unknown route answering 404 with an HTML page', async () => {
    const seen = route('/cart', html404);
    const error = await shopError(client().getCart());
    expect(error).toMatchObject({ kind: 'http', status: 404, endpoint: '/cart' });
    expect(seen.count).toBe(1); // a 404 is not worth trying again
  });

  it('http: a wrong method answering 405', async () => {
    route('/cart/clear', () => new HttpResponse('Method Not Allowed', { status: 405 }));
    const error = await shopError(client().clearCart());
    expect(error).toMatchObject({ kind: 'http', status: 405 });
  });

  it('network: the connection fails', async () => {
    route('/cart/add', () => HttpResponse.error());
    const error = await shopError(client().addToCart(7));
    expect(error).toMatchObject({ kind: 'network', endpoint: '/cart/add', isUncertain: true });
  });

  it('timeout: no answer within the `timeout` option', async () => {
    route('/cart/add', async (request) => {
      await delay(400);
      return rpcResult(request, ok(cart([item()]), 'Item added to cart'));
    });
    const started = Date.now();
    const error = await shopError(client({ timeout: 50 }).addToCart(7));
    expect(error).toMatchObject({ kind: 'timeout', endpoint: '/cart/add', isUncertain: true });
    expect(Date.now() - started).toBeLessThan(300);
  });

  describe('invalid-response', () => {
    it('a 200 body that is not JSON', async () => {
      route('/cart', () => new HttpResponse('<html>Odoo</html>', { headers: { 'Content-Type': 'text/html' } }));
      const error = await shopError(client().getCart());
      expect(error).toMatchObject({ kind: 'invalid-response', endpoint: '/cart' });
    });

    it('a cart without items', async () => {
      const { items: _items, ...noItems } = cart([item()]);
      answer('/cart', ok(noItems));
      const error = await shopError(client().getCart());
      expect(error.kind).toBe('invalid-response');
      expect(error.message).toContain('items');
    });

    it('a line with a quantity sent as a string is left out, and said in the console; the other lines show', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const good = item({ product_id: 1, quantity: 1, price: 95 });
      answer('/cart/add', ok({ ...cart([good]), items: [{ ...item(), quantity: '2' }, good] }, 'Item added to cart'));
      const { cart: got } = await client().addToCart(7, 2);
      expect(got.items.map((line) => line.product_id)).toEqual([1]);
      expect(got.item_count).toBe(1);
      expect(String(error.mock.calls[0]?.[0])).toMatch(/line 0 \(quantity/);
      error.mockRestore();
    });

    it('a stock status the contract does not know', async () => {
      answer('/product/7/stock', ok({ ...stockInfo(), status: 'discontinued' }));
      expect((await shopError(client().fetchStock(7))).kind).toBe('invalid-response');
    });

    it('a result without success: true', async () => {
      answer('/cart/count', { data: { count: 1, subtotal: 10 } });
      expect((await shopError(client().getCartCount())).kind).toBe('invalid-response');
    });

    it('a JSON-RPC body with neither result nor error', async () => {
      route('/cart', () => HttpResponse.json({ jsonrpc: '2.0', id: 1 }));
      const error = await shopError(client().getCart());
      expect(error).toMatchObject({ kind: 'invalid-response', endpoint: '/cart' });
    });

    it('a JSON body that is not JSON-RPC', async () => {
      route('/cart', () => HttpResponse.json(ok(cart([]))));
      expect((await shopError(client().getCart())).kind).toBe('invalid-response');
    });

    it('tells the theme developer on the console what was wrong', async () => {
      answer('/cart/count', ok({ count: 'three', subtotal: 10 }));
      await shopError(client().getCartCount());
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining('/cart/count'), expect.anything());
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('AbortSignal', () => {
  it('rejects with the signal reason (an AbortError), not a ShopError', async () => {
    route('/cart/add', async (request) => {
      await delay(300);
      return rpcResult(request, ok(cart([item()]), 'Item added to cart'));
    });
    const controller = new AbortController();
    const pending = client().addToCart(7, 1, { signal: controller.signal });
    await sleep(20);
    controller.abort();
    const error = await failure(pending);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(ShopError);
  });

  it('rejects with a custom reason given to abort()', async () => {
    route('/bundles', async (request) => {
      await delay(300);
      return rpcResult(request, ok([]));
    });
    const controller = new AbortController();
    const reason = new Error('widget removed');
    const pending = client().getBundles({ signal: controller.signal });
    await sleep(20);
    controller.abort(reason);
    expect(await failure(pending)).toBe(reason);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const seen = answer('/product/7/stock', ok(stock7));
    const controller = new AbortController();
    controller.abort();
    const error = await failure(client().fetchStock(7, { signal: controller.signal }));
    expect((error as Error).name).toBe('AbortError');
    expect(seen.count).toBe(0);
  });

  it('stops waiting between retries of a read', async () => {
    const seen = route('/cart', () => HttpResponse.error());
    const controller = new AbortController();
    const pending = client({ retryDelay: 1_000 }).getCart({ signal: controller.signal });
    await sleep(50);
    controller.abort();
    const started = Date.now();
    const error = await failure(pending);
    expect(Date.now() - started).toBeLessThan(200);
    expect((error as Error).name).toBe('AbortError');
    expect(seen.count).toBe(1);
  });

  it('a timeout is still a timeout when a signal is given but not aborted', async () => {
    route('/cart/update', async (request) => {
      await delay(400);
      return rpcResult(request, ok(cart([])));
    });
    const error = await shopError(client({ timeout: 50 }).updateCartItem(7, 1, { signal: new AbortController().signal }));
    expect(error.kind).toBe('timeout');
  });
});

// ---------------------------------------------------------------------------------------------

describe('retries', () => {
  const reads: { name: string; path: string; run(c: ShopClient): Promise<unknown>; result: unknown }[] = [
    { name: 'getCart', path: '/cart', run: (c) => c.getCart(), result: ok(cart([])) },
    { name: 'getBundles', path: '/bundles', run: (c) => c.getBundles(), result: ok([]) },
    { name: 'fetchStock', path: '/product/7/stock', run: (c) => c.fetchStock(7), result: ok(stock7) },
    { name: 'fetchStockStatus', path: '/products/stock-status', run: (c) => c.fetchStockStatus([7]), result: ok({ '7': stock7 }) },
  ];

  it.each(reads)('$name: tries a read 3 times in all on network failure, then fails', async ({ path, run }) => {
    const seen = route(path, () => HttpResponse.error());
    const error = await shopError(run(client()));
    expect(error.kind).toBe('network');
    expect(seen.count).toBe(3);
  });

  it.each(reads)('$name: tries a read 3 times in all on HTTP 5xx, then fails with the status', async ({ path, run }) => {
    const seen = route(path, () => new HttpResponse('oops', { status: 502 }));
    const error = await shopError(run(client()));
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(seen.count).toBe(3);
  });

  it.each(reads)('$name: succeeds on the second try', async ({ path, run, result }) => {
    const seen = route(path, (request, hit) => (hit === 1 ? HttpResponse.error() : rpcResult(request, result)));
    await expect(run(client())).resolves.toBeDefined();
    expect(seen.count).toBe(2);
  });

  it('tries a read again after a timeout', async () => {
    const seen = route('/cart/count', async (request, hit) => {
      if (hit === 1) await delay(400);
      return rpcResult(request, ok({ count: 0, subtotal: 0 }));
    });
    await expect(client({ timeout: 60 }).getCartCount()).resolves.toEqual({ count: 0, subtotal: 0 });
    expect(seen.count).toBe(2);
  });

  it('waits longer before each try (back-off doubles from retryDelay)', async () => {
    const arrivals: number[] = [];
    route('/bundles', () => {
      arrivals.push(performance.now());
      return HttpResponse.error();
    });
    await shopError(client({ retryDelay: 40 }).getBundles());
    expect(arrivals).toHaveLength(3);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(38);
    expect(arrivals[2]! - arrivals[1]!).toBeGreaterThanOrEqual(78);
  });

  it('honours `retries: 0`', async () => {
    const seen = route('/cart', () => HttpResponse.error());
    await shopError(client({ retries: 0 }).getCart());
    expect(seen.count).toBe(1);
  });

  it.each([
    ['a business error', () => HttpResponse.json({ jsonrpc: '2.0', id: 1, result: { error: 'Product not found', code: 404 } })],
    ['a JSON-RPC error', () => rpcError(200, 'Odoo Server Error', 'boom')],
    ['an HTTP 404', html404],
    ['a malformed answer', () => HttpResponse.json({ jsonrpc: '2.0', id: 1, result: { success: true } })],
  ])('does not try a read again after %s', async (_label, respond) => {
    const seen = route('/product/7/stock', respond);
    await shopError(client().fetchStock(7));
    expect(seen.count).toBe(1);
  });

  const mutations: { name: string; path: string; run(c: ShopClient): Promise<unknown> }[] = [
    { name: 'addToCart', path: '/cart/add', run: (c) => c.addToCart(7) },
    { name: 'updateCartItem', path: '/cart/update', run: (c) => c.updateCartItem(7, 3) },
    { name: 'removeFromCart', path: '/cart/remove', run: (c) => c.removeFromCart(7) },
    { name: 'clearCart', path: '/cart/clear', run: (c) => c.clearCart() },
    { name: 'addBundleToCart', path: '/bundles/3/add-to-cart', run: (c) => c.addBundleToCart(3) },
    { name: 'subscribeToStock', path: '/product/8/notify-stock', run: (c) => c.subscribeToStock(8, { email: 'a@b.test' }) },
  ];

  it.each(mutations)('$name: never tried again after a network failure', async ({ path, run }) => {
    const seen = route(path, () => HttpResponse.error());
    expect((await shopError(run(client()))).kind).toBe('network');
    await sleep(30);
    expect(seen.count).toBe(1);
  });

  it.each(mutations)('$name: never tried again after a timeout', async ({ path, run }) => {
    const seen = route(path, async (request) => {
      await delay(300);
      return rpcResult(request, ok(cart([])));
    });
    expect((await shopError(run(client({ timeout: 40 })))).kind).toBe('timeout');
    await sleep(30);
    expect(seen.count).toBe(1);
  });

  it.each(mutations)('$name: never tried again after HTTP 503', async ({ path, run }) => {
    const seen = route(path, () => new HttpResponse('busy', { status: 503 }));
    expect(await shopError(run(client()))).toMatchObject({ kind: 'http', status: 503 });
    await sleep(30);
    expect(seen.count).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------

describe('guest cart session gate', () => {
  /** Handlers for /cart, /cart/add and /cart/count that log when each request arrives and is answered. */
  function gated(events: string[], wait: Partial<Record<'cart' | 'add' | 'count', number>> = {}) {
    const handle = (name: 'cart' | 'add' | 'count', path: string, result: unknown) =>
      route(path, async (request) => {
        events.push(`${name}:arrive`);
        await delay(wait[name] ?? 0);
        events.push(`${name}:answer`);
        return rpcResult(request, result);
      });
    handle('cart', '/cart', ok(cart([])));
    handle('add', '/cart/add', ok(cart([item()]), 'Item added to cart'));
    handle('count', '/cart/count', ok({ count: 1, subtotal: 390.25 }));
  }

  it('sends the second of two simultaneous cart calls only after the first was answered', async () => {
    const events: string[] = [];
    gated(events, { cart: 40 });
    const c = client();
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events).toEqual(['cart:arrive', 'cart:answer', 'add:arrive', 'add:answer']);
  });

  it('holds back a read behind a mutation just the same', async () => {
    const events: string[] = [];
    gated(events, { add: 40 });
    const c = client();
    await Promise.all([c.addToCart(7), c.getCartCount()]);
    expect(events).toEqual(['add:arrive', 'add:answer', 'count:arrive', 'count:answer']);
  });

  it('lets everything queued behind the first call go together once it is answered', async () => {
    const events: string[] = [];
    gated(events, { cart: 40, add: 40, count: 40 });
    const c = client();
    await Promise.all([c.getCart(), c.addToCart(7), c.getCartCount()]);
    expect(events.slice(0, 2)).toEqual(['cart:arrive', 'cart:answer']);
    expect(events.slice(2, 4).sort()).toEqual(['add:arrive', 'count:arrive']);
  });

  it('sends cart calls in parallel after the first answer', async () => {
    const events: string[] = [];
    gated(events, { cart: 40, add: 40 });
    const c = client();
    await c.getCart();
    events.length = 0;
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events.slice(0, 2).sort()).toEqual(['add:arrive', 'cart:arrive']);
  });

  it('counts a business error as an answer: the session is known after it', async () => {
    const events: string[] = [];
    gated(events, { cart: 40 });
    route('/cart/update', () => HttpResponse.json({ jsonrpc: '2.0', id: 1, result: { error: 'Insufficient stock', code: 400 } }));
    const c = client();
    await shopError(c.updateCartItem(9, 99));
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events.slice(0, 2).sort()).toEqual(['add:arrive', 'cart:arrive']);
  });

  it.each([
    ['a JSON-RPC error', () => rpcError(200, 'Odoo Server Error', 'boom')],
    ['an HTTP 404', html404],
  ])('counts %s from the first call as an answer: the session is known after it', async (_label, respond) => {
    const events: string[] = [];
    gated(events, { cart: 40, add: 40 });
    route('/cart/remove', respond);
    const c = client();
    await shopError(c.removeFromCart(9));
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events.slice(0, 2).sort()).toEqual(['add:arrive', 'cart:arrive']);
  });

  it('does not hold back stock or bundle-list calls', async () => {
    const events: string[] = [];
    gated(events, { cart: 60 });
    const note = (name: string, result: unknown) => (request: Request) => {
      events.push(`${name}:arrive`);
      return rpcResult(request, result);
    };
    route('/product/7/stock', note('stock', ok(stock7)));
    route('/products/stock-status', note('stock-status', ok({ '8': stock8 })));
    route('/bundles', note('bundles', ok([])));
    const c = client();
    await Promise.all([c.getCart(), c.fetchStock(7), c.getStock(8), c.getBundles()]);
    const answered = events.indexOf('cart:answer');
    for (const name of ['stock', 'stock-status', 'bundles']) {
      expect(events.indexOf(`${name}:arrive`)).toBeGreaterThan(-1);
      expect(events.indexOf(`${name}:arrive`)).toBeLessThan(answered);
    }
  });

  it('after a network failure of the first call, sends the next call alone again', async () => {
    const events: string[] = [];
    let fail = true;
    route('/cart/clear', () => {
      events.push('clear:arrive');
      return fail ? HttpResponse.error() : HttpResponse.json({});
    });
    gated(events, { cart: 40, add: 40 });
    const c = client();
    expect((await shopError(c.clearCart())).kind).toBe('network');
    fail = false;
    events.length = 0;
    await Promise.all([c.getCart(), c.addToCart(7)]);
    expect(events).toEqual(['cart:arrive', 'cart:answer', 'add:arrive', 'add:answer']);
  });

  it('after a network failure, one of the waiting calls goes first and alone', async () => {
    const events: string[] = [];
    route('/cart/clear', async () => {
      events.push('clear:arrive');
      await delay(20);
      events.push('clear:fail');
      return HttpResponse.error();
    });
    gated(events, { cart: 40, count: 40 });
    const c = client();
    const [clear, got, counted] = await Promise.allSettled([c.clearCart(), c.getCart(), c.getCartCount()]);
    expect(clear.status).toBe('rejected');
    expect(got.status).toBe('fulfilled');
    expect(counted.status).toBe('fulfilled');
    expect(events).toEqual(['clear:arrive', 'clear:fail', 'cart:arrive', 'cart:answer', 'count:arrive', 'count:answer']);
  });

  it('an aborted call that waits at the gate is never sent', async () => {
    const events: string[] = [];
    gated(events, { cart: 40 });
    const c = client();
    const controller = new AbortController();
    const first = c.getCart();
    const second = c.addToCart(7, 1, { signal: controller.signal });
    controller.abort();
    const error = await failure(second);
    await first;
    expect((error as Error).name).toBe('AbortError');
    expect(events).toEqual(['cart:arrive', 'cart:answer']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('credentials', () => {
  function spyFetch() {
    return vi.fn<typeof fetch>((input, init) => fetch(input, init));
  }

  it("sends credentials: 'include' when there is no page (the API's origin cannot be the page's)", async () => {
    answer('/cart', ok(cart([])));
    const spy = spyFetch();
    await client({ fetch: spy }).getCart();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![1]?.credentials).toBe('include');
  });

  it("sends credentials: 'include' when the API is on another origin than the page", async () => {
    vi.stubGlobal('location', { href: 'http://theme.test/shop/milk' });
    answer('/cart/add', ok(cart([item()]), 'Item added to cart'));
    answer('/product/7/stock', ok(stock7));
    const spy = spyFetch();
    const c = client({ fetch: spy });
    await c.addToCart(7);
    await c.fetchStock(7);
    expect(spy.mock.calls.map((call) => call[1]?.credentials)).toEqual(['include', 'include']);
  });

  it("sends credentials: 'same-origin' and resolves a relative apiBase when the API is on the page's origin", async () => {
    vi.stubGlobal('location', { href: 'http://shop.test/shop/milk' });
    answer('/cart', ok(cart([item()])));
    const spy = spyFetch();
    const c = createShopClient({ apiBase: '/api/v1', fetch: spy });
    expect(c.apiUrl.href).toBe(API);
    const got = await c.getCart();
    expect(spy.mock.calls[0]![0]).toBe(`${API}/cart`);
    expect(spy.mock.calls[0]![1]?.credentials).toBe('same-origin');
    expect(got.items[0]!.image_url).toBe(`${ORIGIN}/web/image/product.product/7/image_128`);
  });
});
