/**
 * What a caller gets back from each endpoint of the contract, in both transports (shared/API-CONTRACT.md).
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createShopClient, type ShopClient } from '../../src/client/client.js';
import { API, ORIGIN, bundle, cart, failure, item, ok, rpcResult, stockInfo, type RpcRequest } from './helpers/rpc.js';
import { html404, resolved, shopError, type Seen, useClient } from './helpers/client-setup.js';

const { server, client, route, answer, recordAll } = useClient();

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

  it('carries the page’s language as Odoo’s context on every call, read at each call', async () => {
    const seen = recordAll((_path, body) => {
      const { id } = JSON.parse(body) as RpcRequest;
      return HttpResponse.json({ jsonrpc: '2.0', id, result: ok(cart([])) });
    });
    let lang = 'bn_BD';
    const c = client({ context: () => ({ lang }) });
    await c.getCart();
    lang = 'en_US';
    await c.addToCart(7, 1).catch(() => undefined);
    const params = seen.map((s) => (JSON.parse(s.body) as RpcRequest).params);
    expect(params[0]).toEqual({ context: { lang: 'bn_BD' } });
    expect(params[1]).toEqual({ product_id: 7, quantity: 1, context: { lang: 'en_US' } });
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
  it('sends no Odoo context (REST has no such parameter)', async () => {
    const seen = recordAll(() => HttpResponse.json(ok(cart([])), { status: 200 }));
    await client({ transport: 'rest', context: () => ({ lang: 'bn_BD' }) }).addToCart(7, 1).catch(() => undefined);
    expect(JSON.parse(seen[0]!.body)).toEqual({ product_id: 7, quantity: 1 });
  });

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
