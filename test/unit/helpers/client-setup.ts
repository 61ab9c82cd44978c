/**
 * Shared set-up of the client's unit tests: an MSW server for the file, inline
 * handlers per test, and small helpers to answer a path and read a failure.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { createShopClient, type ClientOptions, type ShopClient } from '../../../src/client/client.js';
import { ShopError } from '../../../src/client/errors.js';
import { API, ORIGIN, cart, failure, rpcResult, useServer } from './rpc.js';

export interface Seen {
  method: string;
  url: string;
  contentType: string | null;
  body: string;
}

export function useClient() {
  const server = useServer();

  const client = (options: ClientOptions = {}): ShopClient => createShopClient({ apiBase: API, retryDelay: 1, ...options });

  beforeEach(() => {
    // The client tells theme developers about malformed answers on the console.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** Answers `path` with `resolver`, counting the requests it saw. */
  function route(path: string, resolver: (request: Request, hit: number) => Response | Promise<Response>, method: 'post' | 'get' | 'all' = 'post') {
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

  /** Records every request under the API and answers it with `respond(path, body)`. */
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

  return { server, client, route, answer, recordAll };
}

/** The ShopError a call failed with (fails the test if it failed with something else). */
export async function shopError(promise: Promise<unknown>): Promise<ShopError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(ShopError);
  return error as ShopError;
}

export const html404 = () =>
  new HttpResponse('<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>', {
    status: 404,
    headers: { 'Content-Type': 'text/html' },
  });

/** A cart as the client returns it: image paths resolved against the API's origin. */
export const resolved = (c: ReturnType<typeof cart>) => ({
  ...c,
  items: c.items.map((line) => ({ ...line, image_url: ORIGIN + line.image_url })),
});
