/**
 * Every kind of failure between the client and the shop becomes one ShopError with a stable kind.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ShopError } from '../../src/client/errors.js';
import { useFakeClock, wireLog } from './helpers/clock.js';
import { bundle, cart, failure, item, ok, rpcError, rpcResult, stockInfo } from './helpers/rpc.js';
import { html404, shopError, useClient } from './helpers/client-setup.js';
import { gate, withoutTime } from './helpers/wait.js';

const { server, client, route, answer } = useClient();
const clock = useFakeClock();

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

  it('timeout: no answer within the `timeout` option (the request is aborted at exactly `timeout` ms)', async () => {
    const time = clock.fake();
    const wire = wireLog();
    const never = gate();
    route('/cart/add', async (request) => {
      await never.pass(request);
      return rpcResult(request, ok(cart([item()]), 'Item added to cart'));
    });
    const pending = shopError(client({ timeout: 50, fetch: wire.fetch }).addToCart(7));
    await time.advance(50);
    const error = await withoutTime(pending);
    expect(error).toMatchObject({ kind: 'timeout', endpoint: '/cart/add', isUncertain: true });
    expect(wire.log).toEqual([{ path: '/cart/add', sentAt: 0, abortedAt: 50 }]);
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
