/**
 * Moves one call to the shop and back: JSON-RPC 2.0 (Odoo `type='json'` routes,
 * POST for everything) or plain REST (the seed's method table). Owns timeouts,
 * abort, retries of reads and the mapping of every failure to a ShopError.
 * Knows nothing of carts or stock: it returns the controller's return value.
 */
import { ShopError } from './errors.js';
import { log } from '../internal/log.js';
import { isObject } from './schema.js';
import type { Transport } from './types.js';

export interface TransportOptions {
  /** Absolute, or relative to the page (`/api/v1`). */
  apiBase: string;
  transport: Transport;
  /** Milliseconds before a call fails with kind `timeout`. */
  timeout: number;
  /** How many times a read is tried again after a transient failure. */
  retries: number;
  /** First back-off delay in ms; doubles each try. */
  retryDelay: number;
  fetch?: typeof fetch | undefined;
  /**
   * Odoo's request context for JSON-RPC calls (`params.context`), e.g. `{lang: 'bn_BD'}`:
   * Odoo's dispatcher applies it, so translatable fields (product and bundle names)
   * come in that language. Read at each call. REST has no such parameter.
   */
  context?: (() => Record<string, unknown> | undefined) | undefined;
}

export interface Call {
  /** Path below the API base, e.g. `/product/7/stock`. */
  path: string;
  /** The contract's name of the endpoint, for errors and logs. */
  endpoint: string;
  params?: Record<string, unknown>;
  /** A read: GET in REST, and safe to try again. */
  read: boolean;
  /** Safe to try again after a transient failure; defaults to `read`. */
  retry?: boolean;
  signal?: AbortSignal | undefined;
  /** Told of each failed try that will be tried again (so a view can say so meanwhile). */
  onRetry?: ((error: ShopError) => void) | undefined;
}

export interface ShopTransport {
  call(call: Call): Promise<unknown>;
  /** Resolves a path the backend gave (e.g. an image) against the API's origin. */
  resolve(path: string): string;
  readonly apiUrl: URL;
}

const TIMEOUT = Symbol('timeout');

/**
 * The API base as a URL without a trailing slash, so that `base + '/cart'` never
 * makes `//cart`: `http://host:8797`, `http://host:8797/`, `/api/v1/` all work.
 */
export function apiBaseUrl(apiBase: string, pageUrl?: string): URL {
  const url = new URL(apiBase.trim(), pageUrl ?? 'http://localhost/');
  url.pathname = url.pathname.replace(/\/+$/, '');
  url.search = '';
  url.hash = '';
  return url;
}

export function createTransport(options: TransportOptions): ShopTransport {
  const pageUrl = (globalThis as { location?: Location }).location?.href;
  const apiUrl = apiBaseUrl(options.apiBase, pageUrl);
  const base = apiUrl.href.replace(/\/+$/, '');
  const pageOrigin = pageUrl ? new URL(pageUrl).origin : undefined;
  // Said once per transport: an apiBase that is not a shop API answers every call the same way.
  let reportedNoApi = false;
  // The guest cart cookie must travel to another origin too.
  const credentials: RequestCredentials = apiUrl.origin === pageOrigin ? 'same-origin' : 'include';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let rpcId = 0;
  const withContext = (params: Record<string, unknown>) => {
    const context = options.context?.();
    return context ? { ...params, context } : params;
  };

  async function once(call: Call): Promise<unknown> {
    const url = base + call.path;
    const rest = options.transport === 'rest';
    const method = rest && call.read ? 'GET' : 'POST';
    const body =
      method === 'GET'
        ? undefined
        : JSON.stringify(
            rest ? (call.params ?? {}) : { jsonrpc: '2.0', method: 'call', params: withContext(call.params ?? {}), id: ++rpcId },
          );

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), options.timeout);
    const onAbort = () => controller.abort(call.signal?.reason);
    call.signal?.addEventListener('abort', onAbort, { once: true });
    /** Why a request got no answer: the caller left, our timer ran out, or the network. */
    const noAnswer = (cause: unknown): unknown => {
      if (call.signal?.aborted) return call.signal.reason;
      if (controller.signal.reason === TIMEOUT) {
        return new ShopError('timeout', `No answer from ${call.endpoint} within ${options.timeout} ms`, { endpoint: call.endpoint, cause });
      }
      return new ShopError('network', `Could not reach ${call.endpoint}`, { endpoint: call.endpoint, cause });
    };

    try {
      call.signal?.throwIfAborted();
      // Offline: nothing is sent, and the caller can say so instead of waiting for a timeout.
      if ((globalThis as { navigator?: Navigator }).navigator?.onLine === false) {
        throw new ShopError('offline', `Offline: ${call.endpoint} was not sent`, { endpoint: call.endpoint });
      }
      let response: Response;
      let text: string;
      try {
        response = await doFetch(url, {
          method,
          body,
          credentials,
          headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
          signal: controller.signal,
        });
        text = await response.text();
      } catch (cause) {
        throw noAnswer(cause);
      }
      if (response.status === 404 && !reportedNoApi && /html/i.test(response.headers.get('Content-Type') ?? '')) {
        reportedNoApi = true;
        log.error(`No shop API at ${base}: ${call.endpoint} answered 404 with an HTML page. apiBase must be the API's full base, e.g. https://shop.example/api/v1 (with /api/v1).`);
      }
      return rest ? readRest(call, response, text) : readRpc(call, response, text);
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
  }

  async function call(call: Call): Promise<unknown> {
    const tries = (call.retry ?? call.read) ? options.retries + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(call);
      } catch (error) {
        if (!(error instanceof ShopError) || !error.isTransient || attempt >= tries) throw error;
        call.onRetry?.(error);
        await sleep(options.retryDelay * 2 ** (attempt - 1), call.signal);
      }
    }
  }

  return {
    call,
    apiUrl,
    // Only http(s) and relative paths become image URLs; anything else (javascript:, data:…) is dropped.
    resolve: (path) => {
      if (!path) return '';
      try {
        const url = new URL(path, apiUrl.origin + '/');
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
      } catch {
        return '';
      }
    },
  };
}

function parse(call: Call, response: Response, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ShopError('invalid-response', `${call.endpoint} answered with something that is not JSON`, {
      endpoint: call.endpoint,
      status: response.status,
      cause,
    });
  }
}

function httpError(call: Call, response: Response): ShopError {
  return new ShopError('http', `${call.endpoint} answered HTTP ${response.status}`, {
    endpoint: call.endpoint,
    status: response.status,
  });
}

function readRpc(call: Call, response: Response, text: string): unknown {
  if (!response.ok) throw httpError(call, response);
  const body = parse(call, response, text);
  if (!isObject(body) || body.jsonrpc !== '2.0') {
    throw new ShopError('invalid-response', `${call.endpoint} did not answer JSON-RPC 2.0`, {
      endpoint: call.endpoint,
      status: response.status,
    });
  }
  if (isObject(body.error)) {
    const { code, message, data } = body.error;
    const detail = isObject(data) && typeof data.message === 'string' ? data.message : undefined;
    const numeric = typeof code === 'number' ? code : undefined;
    const text = detail ?? (typeof message === 'string' ? message : 'Server error');
    throw new ShopError(numeric === 100 ? 'session-expired' : 'server', text, {
      endpoint: call.endpoint,
      code: numeric,
      status: response.status,
    });
  }
  if (!('result' in body)) {
    throw new ShopError('invalid-response', `${call.endpoint} answered neither result nor error`, {
      endpoint: call.endpoint,
      status: response.status,
    });
  }
  return body.result;
}

function readRest(call: Call, response: Response, text: string): unknown {
  if (response.ok) return parse(call, response, text);
  // A non-2xx with a JSON body is read as the controller's (error) result.
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (isObject(body) && typeof body.error === 'string') return body;
  // REST hosts say "log in again" with 401, as JSON-RPC does with code 100.
  if (response.status === 401) {
    throw new ShopError('session-expired', 'Session expired', { endpoint: call.endpoint, status: 401 });
  }
  throw httpError(call, response);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    // The listener goes when the wait ends either way: a long-lived signal collects none.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
