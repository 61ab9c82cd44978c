/**
 * Node's HTTP server in front of the mock's MSW handlers: each request becomes a
 * fetch Request, MSW's `getResponse` answers it, and the answer is written back.
 * Whatever a client sends, the process stays up:
 * - a simulated network failure (`HttpResponse.error()`: the `flaky` scenario,
 *   the failure rate, forced `network` and `commit-then-drop`) closes the
 *   connection without an answer, as a dropped connection does (502 if the
 *   socket is already gone);
 * - methods a fetch Request cannot carry (TRACE, CONNECT, TRACK) get 405, a
 *   request that cannot be read gets 400, a body over 1 MB gets 413;
 * - the request URL is resolved against the server's own origin, never against
 *   the client's `Host` header.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import { RAW_COOKIE } from '../handlers/api.js';

export const MAX_BODY = 1024 * 1024;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

export interface ListenerOptions {
  handlers: RequestHandler[];
  /** This server's own origin (`http://127.0.0.1:8787`). */
  origin: () => string;
  allowOrigin: (origin: string) => boolean;
}

function plain(response: ServerResponse, status: number, text: string, close = false): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...(close ? { Connection: 'close' } : {}) });
  response.end(`${text}\n`);
}

/** Past this much body the connection is cut instead of read to the end. */
const MAX_DRAIN = 16 * MAX_BODY;

/**
 * The request body, or 'too-large' past MAX_BODY. A too large body is still
 * read to its end (up to MAX_DRAIN), so that the client reads the 413 instead
 * of a connection reset in the middle of its upload.
 */
function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > MAX_DRAIN) {
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else if (size > MAX_DRAIN) request.socket.destroy();
    });
    request.on('end', () => resolve(size > MAX_BODY ? 'too-large' : Buffer.concat(chunks)));
    request.on('close', () => resolve('too-large'));
    request.on('error', reject);
  });
}

function cors(request: IncomingMessage, response: ServerResponse, allowOrigin: (origin: string) => boolean): 'refused' | 'preflight' | 'go' {
  const origin = request.headers.origin;
  response.setHeader('Vary', 'Origin');
  if (origin === undefined) return request.method === 'OPTIONS' ? 'preflight' : 'go';
  if (!allowOrigin(origin)) return 'refused';
  response.setHeader('Access-Control-Allow-Origin', origin);
  response.setHeader('Access-Control-Allow-Credentials', 'true');
  return request.method === 'OPTIONS' ? 'preflight' : 'go';
}

export function createListener({ handlers, origin, allowOrigin }: ListenerOptions) {
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const policy = cors(request, response, allowOrigin);
    if (policy === 'refused') return plain(response, 403, `Origin ${request.headers.origin} is not allowed (add it with CORS_ORIGINS)`);
    if (policy === 'preflight') {
      response.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'Content-Type',
        'Access-Control-Max-Age': '600',
      });
      response.end();
      return;
    }
    const method = request.method ?? 'GET';
    if (!METHODS.has(method)) return plain(response, 405, 'Method Not Allowed', true);

    let body: Buffer | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const read = await readBody(request).catch(() => undefined);
      // The client went away while sending.
      if (read === undefined || request.socket.destroyed) return;
      if (read === 'too-large') return plain(response, 413, `Payload Too Large (over ${MAX_BODY} bytes)`, true);
      body = read;
    }

    let fetchRequest: Request;
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      // The client's own cookies, before MSW mixes in its process-wide jar.
      headers.set(RAW_COOKIE, request.headers.cookie ?? '');
      fetchRequest = new Request(new URL(request.url ?? '/', origin()), { method, headers, body: body?.length ? new Uint8Array(body) : undefined });
    } catch {
      return plain(response, 400, 'Bad Request', true);
    }

    const answer = await getResponse(handlers, fetchRequest);
    if (!answer) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!DOCTYPE html><title>404: Not Found</title><h1>Not Found</h1>');
      return;
    }
    if (answer.type === 'error' || answer.status === 0) {
      // A simulated dropped connection: close it, no answer (502 if there is no socket to close).
      if (request.socket) request.socket.destroy();
      else plain(response, 502, 'Bad Gateway');
      return;
    }
    const headers: Record<string, string | string[]> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'set-cookie') headers[name] = value;
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length) headers['set-cookie'] = cookies;
    const payload = Buffer.from(await answer.arrayBuffer());
    if (response.destroyed) return;
    if (answer.statusText) response.writeHead(answer.status, answer.statusText, headers);
    else response.writeHead(answer.status, headers);
    response.end(method === 'HEAD' ? undefined : payload);
  }

  return (request: IncomingMessage, response: ServerResponse): void => {
    handle(request, response).catch((error: unknown) => {
      console.error('mock server:', error instanceof Error ? error.message : error);
      plain(response, 500, 'Internal Server Error');
    });
  };
}
