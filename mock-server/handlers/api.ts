/**
 * The API under the base path, in both transports, as the Odoo module answers:
 * JSON-RPC 2.0 over POST for every route (Odoo `type='json'`), or REST (GET for
 * the seed's GET routes, POST with plain JSON for the rest). The transport is
 * read off each request, so one mock serves both.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import { OdooError, type MockDb } from '../db/index.js';
import type { MockSettings } from '../types.js';
import { match } from './routes.js';

const COOKIE = 'cart_session_id';
/** The Cookie header exactly as the HTTP client sent it (set by http.ts). */
export const RAW_COOKIE = 'x-mock-client-cookie';
const MONTH = 30 * 24 * 60 * 60;

const html404 = () =>
  new HttpResponse('<!DOCTYPE html><html><head><title>404: Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on the server.</p></body></html>', {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });

const html = (status: number, title: string) =>
  new HttpResponse(`<!DOCTYPE html><html><head><title>${status} ${title}</title></head><body><h1>${title}</h1></body></html>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });

/**
 * The guest's cookie. A real server has only the request's Cookie header. In the
 * browser and in Node tests, MSW keeps mocked responses' cookies in its own
 * store and hands them over as `cookies`, as a browser's cookie jar would.
 */
function readCookie(request: Request, cookies: Record<string, string>, headerOnly: boolean): string | undefined {
  // MSW adds its jar's cookies to the Cookie header; http.ts keeps the client's own in RAW_COOKIE.
  const header = (headerOnly ? request.headers.get(RAW_COOKIE) : request.headers.get('cookie')) ?? '';
  const fromHeader = /(?:^|;\s*)cart_session_id=([^;]+)/.exec(header)?.[1];
  return headerOnly ? fromHeader : (fromHeader ?? cookies[COOKIE]);
}

export function apiHandler(db: MockDb, settings: MockSettings, basePath: string, { headerCookies = false } = {}): HttpHandler {
  const wait = async () => {
    const { latency, random } = settings;
    const ms = typeof latency === 'number' ? latency : latency.min + random() * (latency.max - latency.min);
    if (ms > 0) await delay(ms);
  };

  const takeForced = (path: string) => {
    const index = settings.forced.findIndex((f) => f.endpoint === path || f.endpoint === '*');
    if (index < 0) return undefined;
    const forced = settings.forced[index]!;
    if (--forced.times <= 0) settings.forced.splice(index, 1);
    return forced.kind;
  };

  return http.all(`*${basePath}/*`, async ({ request, cookies }) => {
    const url = new URL(request.url);
    const path = url.pathname.slice(url.pathname.indexOf(basePath) + basePath.length);
    const found = match(path);
    if (!found) return html404();
    const { route, id } = found;

    // Transport: JSON-RPC is a POST whose body says so; REST is everything else.
    let body: unknown;
    if (request.method === 'POST') {
      const text = await request.text();
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        return html(400, 'Bad Request');
      }
    } else if (request.method !== 'GET') {
      return html(405, 'Method Not Allowed');
    }
    const rpc = typeof body === 'object' && body !== null && (body as { jsonrpc?: unknown }).jsonrpc === '2.0';
    // Odoo's json routes take POST only; REST takes the seed's table's method.
    if (request.method === 'GET' ? !route.get : !rpc && route.get) return html(405, 'Method Not Allowed');
    const rpcId = rpc ? ((body as { id?: unknown }).id ?? null) : null;
    const params = (rpc ? (body as { params?: unknown }).params : body) ?? {};
    if (typeof params !== 'object' || Array.isArray(params)) return html(400, 'Bad Request');

    await wait();
    if (settings.failureRate > 0 && settings.random() < settings.failureRate) return HttpResponse.error();

    const rpcError = (code: number, message: string, name: string, detail: string) =>
      HttpResponse.json({ jsonrpc: '2.0', id: rpcId, error: { code, message, data: { name, message: detail, debug: `Traceback (most recent call last):\n  ${name}: ${detail}`, arguments: [detail], context: {} } } });
    const expired = () =>
      rpc
        ? rpcError(100, 'Odoo Session Expired', 'odoo.http.SessionExpiredException', 'Session expired')
        : HttpResponse.json({ error: 'Session expired', code: 401 }, { status: 401 });

    switch (takeForced(route.path)) {
      case 'network':
        return HttpResponse.error();
      case 'timeout':
        await delay('infinite');
        return HttpResponse.error();
      case 'http500':
        return html(500, 'Internal Server Error');
      case 'invalid-json':
        return new HttpResponse('<html>Proxy error</html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
      case 'session-expired':
        return expired();
      case 'server':
        return rpc
          ? rpcError(200, 'Odoo Server Error', 'builtins.Exception', 'Simulated server error')
          : html(500, 'Internal Server Error');
      case 'business':
        return respond({ error: 'Simulated refusal', code: 400 });
      default:
    }
    if (settings.sessionExpired) return expired();

    // The guest's cart: from the cookie, or a new one (whose cookie we then set).
    let sessionId = route.cart ? readCookie(request, cookies, headerCookies) : undefined;
    let newCookie: string | undefined;
    const session = () => {
      const { id: current, created } = db.session(sessionId);
      if (created && current !== sessionId) newCookie = current;
      sessionId = current;
      return current;
    };

    let result: unknown;
    try {
      result = route.run({ db, params: params as Record<string, unknown>, id, session });
    } catch (error) {
      if (!(error instanceof OdooError)) throw error;
      return rpc ? rpcError(200, 'Odoo Server Error', error.exceptionName, error.message) : html(500, 'Internal Server Error');
    }
    return respond(result, newCookie);

    function respond(value: unknown, cookie?: string) {
      const headers: Record<string, string> = {};
      if (cookie) headers['Set-Cookie'] = `${COOKIE}=${cookie}; Path=/; Max-Age=${MONTH}; HttpOnly; SameSite=Lax`;
      if (rpc) return HttpResponse.json({ jsonrpc: '2.0', id: rpcId, result: value }, { headers });
      const refused = typeof value === 'object' && value !== null && 'error' in value;
      const status = refused ? Number((value as { code?: unknown }).code) || 400 : 200;
      return HttpResponse.json(value as Record<string, unknown>, { status, headers });
    }
  });
}
