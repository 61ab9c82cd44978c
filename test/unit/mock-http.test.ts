// The mock as a real HTTP server (npm run mock-server), for a theme developer's page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpMockServer } from '../../mock-server/http.js';

let server: Awaited<ReturnType<typeof startHttpMockServer>>;
beforeAll(async () => {
  server = await startHttpMockServer({ port: 0 });
});
afterAll(() => server.close());

const rpc = (path: string, params: object, cookie?: string) =>
  fetch(`${server.url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://theme.test', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params, id: 1 }),
  });

describe('mock HTTP server', () => {
  it('keeps each client’s cart by its own cookie, with CORS for another origin', async () => {
    const first = await rpc('/cart/add', { product_id: 1, quantity: 2 });
    expect(first.headers.get('access-control-allow-origin')).toBe('http://theme.test');
    expect(first.headers.get('access-control-allow-credentials')).toBe('true');
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect(cookie).toMatch(/^cart_session_id=/);
    const again = await (await rpc('/cart', {}, cookie)).json();
    expect(again.result.data.item_count).toBe(2);
    // Another client without the cookie has its own, empty cart.
    const other = await (await rpc('/cart', {})).json();
    expect(other.result.data.item_count).toBe(0);
  });

  it('answers a CORS preflight', async () => {
    const response = await fetch(`${server.url}/api/v1/cart/add`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://theme.test', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('serves images, controls and 404s', async () => {
    const image = await fetch(`${server.url}/web/image/product.product/9/image_128`);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    const control = await fetch(`${server.url}/__mock/stock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ product_id: 9, qty: 2 }) });
    expect((await control.json()).stock.status).toBe('low_stock');
    expect((await fetch(`${server.url}/api/v1/unknown`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
