/**
 * The API under the base path, in both transports, as the Odoo module answers:
 * JSON-RPC 2.0 over POST for every route (Odoo `type='json'`), or REST (GET for
 * the seed's GET routes, POST with plain JSON for the rest). The transport is
 * read off each request, so one mock serves both.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import { OdooError, type MockDb } from '../db/index.js';
import type { MockSettings } from '../types.js';
import { html, html404, rpcError } from './answers.js';
import { forcedAnswer, takeForced, type Exchange } from './forced.js';
import { match } from './routes.js';

const COOKIE = 'cart_session_id';
/** The Cookie header exactly as the HTTP client sent it (set by the real HTTP server). */
export const RAW_COOKIE = 'x-mock-client-cookie';
const MONTH = 30 * 24 * 60 * 60;

export interface ApiOptions {
  /** Read the guest cookie from the client's own Cookie header only (a real HTTP server, many clients). */
  headerCookies?: boolean;
  /**
   * The guest cookie's SameSite. `None` (sent with `Secure`) lets a page on
   * another local site keep its cart with the real HTTP server; in the page and
   * in Node, MSW's own cookie jar keeps `Lax` cookies.
   */
  sameSite?: 'Lax' | 'None';
}

/**
 * The guest's cookie. A real server has only the request's Cookie header. In the
 * browser and in Node tests, MSW keeps mocked responses' cookies in its own
 * store and hands them over as `cookies`, as a browser's cookie jar would.
 */
function readCookie(request: Request, cookies: Record<string, string>, headerOnly: boolean): string | undefined {
  // MSW adds its jar's cookies to the Cookie header; the HTTP server keeps the client's own in RAW_COOKIE.
  const header = (headerOnly ? request.headers.get(RAW_COOKIE) : request.headers.get('cookie')) ?? '';
  const fromHeader = /(?:^|;\s*)cart_session_id=([^;]+)/.exec(header)?.[1];
  return headerOnly ? fromHeader : (fromHeader ?? cookies[COOKIE]);
}

export function apiHandler(db: MockDb, settings: MockSettings, basePath: string, { headerCookies = false, sameSite = 'Lax' }: ApiOptions = {}): HttpHandler {
  const cookieAttributes = `Path=/; Max-Age=${MONTH}; HttpOnly; SameSite=${sameSite}${sameSite === 'None' ? '; Secure' : ''}`;
  const wait = async () => {
    const { latency, random } = settings;
    const ms = typeof latency === 'number' ? latency : latency.min + random() * (latency.max - latency.min);
    if (ms > 0) await delay(ms);
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
    // Odoo's JSON-RPC dispatcher pops `context` off the params and applies it to
    // the request (`lang` reads translatable fields in that language); the REST
    // transport has no such parameter.
    let lang: string | undefined;
    if (rpc && 'context' in params) {
      const { context } = params as { context?: unknown };
      delete (params as { context?: unknown }).context;
      const asked = typeof context === 'object' && context !== null ? (context as { lang?: unknown }).lang : undefined;
      if (typeof asked === 'string') lang = asked;
    }

    const respond = (value: unknown, cookie?: string) => {
      const headers: Record<string, string> = {};
      if (cookie) headers['Set-Cookie'] = `${COOKIE}=${cookie}; ${cookieAttributes}`;
      if (rpc) return HttpResponse.json({ jsonrpc: '2.0', id: rpcId, result: value }, { headers });
      const refused = typeof value === 'object' && value !== null && 'error' in value;
      const status = refused ? Number((value as { code?: unknown }).code) || 400 : 200;
      return HttpResponse.json(value as Record<string, unknown>, { status, headers });
    };
    const exchange: Exchange = {
      rpc,
      rpcId,
      respond,
      expired: () =>
        rpc
          ? rpcError(rpcId, 100, 'Odoo Session Expired', 'odoo.http.SessionExpiredException', 'Session expired')
          : HttpResponse.json({ error: 'Session expired', code: 401 }, { status: 401 }),
    };

    await wait();
    // A dropped connection: MSW's network error (the HTTP server closes the socket).
    if (settings.failureRate > 0 && settings.random() < settings.failureRate) return HttpResponse.error();

    const forced = takeForced(settings, route.path);
    const answer = forced && (await forcedAnswer(forced, exchange));
    if (answer) return answer;
    if (settings.sessionExpired) return exchange.expired();

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
      result = route.run({ db, params: params as Record<string, unknown>, id, session, lang });
    } catch (error) {
      if (!(error instanceof OdooError)) throw error;
      result = error;
    }
    // Committed; the answer is lost on the way back.
    if (forced?.kind === 'commit-then-drop') return HttpResponse.error();
    if (result instanceof OdooError) {
      return rpc ? rpcError(rpcId, 200, 'Odoo Server Error', result.exceptionName, result.message) : html(500, 'Internal Server Error');
    }
    return respond(result, newCookie);
  });
}
