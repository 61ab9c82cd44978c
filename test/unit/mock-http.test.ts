// The mock as a real HTTP server (npm run mock-server), for a theme developer's page:
// cookies, CORS and the controls' content type.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHttpMockServer, type HttpMockServer } from '../../mock-server/http.js';

const PAGE = 'http://localhost:8091';
let server: HttpMockServer;
beforeAll(async () => {
  server = await startHttpMockServer({ port: 0, corsOrigins: ['http://shop.test:8069'] });
});
afterAll(() => server.close());

const rpc = (path: string, params: object, { cookie, origin = PAGE }: { cookie?: string; origin?: string | null } = {}) =>
  fetch(`${server.url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(origin === null ? {} : { Origin: origin }), ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params, id: 1 }),
  });

const preflight = (origin: string) =>
  fetch(`${server.url}/api/v1/cart/add`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });

describe('mock HTTP server: the guest cookie', () => {
  it('keeps each client’s cart by its own cookie, set SameSite=None; Secure; HttpOnly for a page on another local site', async () => {
    const first = await rpc('/cart/add', { product_id: 1, quantity: 2 });
    const setCookie = first.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^cart_session_id=[0-9a-f]{32}; Path=\/; Max-Age=2592000; HttpOnly; SameSite=None; Secure$/);
    const cookie = setCookie.split(';')[0]!;
    const again = await (await rpc('/cart', {}, { cookie })).json();
    expect(again.result.data.item_count).toBe(2);
    // Another client without the cookie has its own, empty cart.
    const other = await (await rpc('/cart', {})).json();
    expect(other.result.data.item_count).toBe(0);
  });

  it('gives new carts random ids (UUID v4 digits), not a time and a counter', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await (await rpc('/cart', {})).json()).result.data.session_id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
    // Consecutive ids share no long prefix (a clock and a counter would).
    expect(ids[0]!.slice(0, 8)).not.toBe(ids[1]!.slice(0, 8));
    expect(new Set(ids).size).toBe(3);
  });

  it('adopts an unknown cart_session_id sent by the client as a new cart, as get_or_create_session does', async () => {
    const cookie = 'cart_session_id=from-an-old-browser';
    const added = await rpc('/cart/add', { product_id: 2, quantity: 1 }, { cookie });
    const body = await added.json();
    expect(body.result.data.session_id).toBe('from-an-old-browser');
    // The client already has the cookie: none is set.
    expect(added.headers.get('set-cookie')).toBeNull();
    expect((await (await rpc('/cart', {}, { cookie })).json()).result.data.item_count).toBe(1);
  });
});

describe('mock HTTP server: CORS for local pages only', () => {
  it('allows http://localhost and http://127.0.0.1 on any port, with credentials', async () => {
    for (const origin of ['http://localhost:8091', 'http://127.0.0.1:5173', 'http://localhost']) {
      const response = await rpc('/cart', {}, { origin });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('vary')).toContain('Origin');
    }
  });

  it('refuses other origins and Origin: null, requests and preflights alike', async () => {
    for (const origin of ['http://evil.test', 'null', 'https://localhost:8091', 'http://localhost.evil.test', 'http://127.0.0.1.evil.test:80']) {
      const response = await rpc('/cart/add', { product_id: 1 }, { origin });
      expect(response.status, origin).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(origin)).status, origin).toBe(403);
    }
  });

  it('answers requests without an Origin (curl, server-side code)', async () => {
    expect((await rpc('/cart', {}, { origin: null })).status).toBe(200);
  });

  it('adds origins from the corsOrigins option and from CORS_ORIGINS', async () => {
    expect((await rpc('/cart', {}, { origin: 'http://shop.test:8069' })).headers.get('access-control-allow-origin')).toBe('http://shop.test:8069');
    process.env.CORS_ORIGINS = 'http://theme.test:3000, https://staging.shop.test';
    const other = await startHttpMockServer({ port: 0 });
    try {
      for (const origin of ['http://theme.test:3000', 'https://staging.shop.test']) {
        const response = await fetch(`${other.url}/api/v1/cart`, { headers: { Origin: origin } });
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      }
      expect((await fetch(`${other.url}/api/v1/cart`, { headers: { Origin: 'http://shop.test:8069' } })).status).toBe(403);
    } finally {
      delete process.env.CORS_ORIGINS;
      await other.close();
    }
  });

  it('answers a CORS preflight from a local page', async () => {
    const response = await preflight(PAGE);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(response.headers.get('access-control-allow-origin')).toBe(PAGE);
  });
});

describe('mock HTTP server: controls, images, 404', () => {
  afterEach(() => fetch(`${server.url}/__mock/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));

  it('takes controls as JSON only: text/plain, forms and no type get 415 and change nothing', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      const response = await fetch(`${server.url}/__mock/stock`, {
        method: 'POST',
        headers: type ? { 'Content-Type': type } : {},
        body: type === undefined ? new Blob(['{"product_id": 9, "qty": 0}']) : '{"product_id": 9, "qty": 0}',
      });
      expect(response.status, String(type)).toBe(415);
    }
    const stock = await (await rpc('/product/9/stock', {})).json();
    expect(stock.result.data.status).toBe('in_stock');
    const json = await fetch(`${server.url}/__mock/stock`, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ product_id: 9, qty: 2 }) });
    expect((await json.json()).stock.status).toBe('low_stock');
  });

  it('serves images and HTML 404s', async () => {
    const image = await fetch(`${server.url}/web/image/product.product/9/image_128`);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    const missing = await fetch(`${server.url}/api/v1/unknown`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>Not Found</h1>');
    expect((await fetch(`${server.url}/nothing/here`)).status).toBe(404);
  });
});
