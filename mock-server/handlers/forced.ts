/**
 * Forced failures (controls.forceError, POST /__mock/force-error): the next
 * `times` requests to an endpoint fail, or behave, in a chosen way.
 */
import { HttpResponse, delay } from 'msw';
import type { ForcedError, MockSettings } from '../types.js';
import { html, rawJson, rpcError } from './answers.js';

/** How long a `late-commit` waits when the control gives no `delayMs`. */
export const LATE_COMMIT_DELAY = 5_000;

/** Takes one use of the first forced failure for this route path (or '*'). */
export function takeForced(settings: MockSettings, path: string): ForcedError | undefined {
  const index = settings.forced.findIndex((f) => f.endpoint === path || f.endpoint === '*');
  if (index < 0) return undefined;
  const forced = settings.forced[index]!;
  if (--forced.times <= 0) settings.forced.splice(index, 1);
  return forced;
}

export interface Exchange {
  /** JSON-RPC (true) or REST. */
  rpc: boolean;
  rpcId: unknown;
  /** "Odoo Session Expired" in this transport. */
  expired(): Response;
  /** A controller result in this transport. */
  respond(value: unknown): Response;
}

/**
 * The answer of a forced failure that answers without running the route, or
 * undefined for the kinds that run it (`commit-then-drop`, `late-commit`).
 */
export async function forcedAnswer(forced: ForcedError, exchange: Exchange): Promise<Response | undefined> {
  const { rpc, rpcId } = exchange;
  switch (forced.kind) {
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
      return exchange.expired();
    case 'server':
      return rpc ? rpcError(rpcId, 200, 'Odoo Server Error', 'builtins.Exception', 'Simulated server error') : html(500, 'Internal Server Error');
    case 'business':
      return exchange.respond({ error: 'Simulated refusal', code: 400 });
    case 'respond':
      // Exactly the crafted body: as the JSON-RPC result, or as the REST body.
      return rpc ? rawJson({ jsonrpc: '2.0', id: rpcId, result: forced.body ?? null }) : rawJson(forced.body, forced.status ?? 200);
    case 'late-commit':
      await delay(forced.delayMs ?? LATE_COMMIT_DELAY);
      return undefined;
    case 'commit-then-drop':
      return undefined;
  }
}
