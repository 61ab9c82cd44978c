/**
 * Scenario controls over HTTP (`/__mock/*`), so the demo page, Storybook and a
 * theme developer's page on the real mock server can drive the mock shop. Every
 * route is listed, with its body, in mock-server/README.md (a test calls each).
 * POSTs take JSON only (`Content-Type: application/json`, else 415): a form or
 * a `text/plain` fetch from some other page cannot drive the shop without a
 * CORS preflight, which the HTTP server answers for local pages only.
 */
import { HttpResponse, http } from 'msw';
import { FORCED_ERROR_KINDS, type ForcedErrorKind, type MockControls } from '../types.js';

type Body = Record<string, unknown>;
const ok = (extra: object = {}) => HttpResponse.json({ ok: true, ...extra });
const bad = (message: string, status = 400) => HttpResponse.json({ ok: false, error: message }, { status });
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown): value is number => value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && (value as number) > 0);

/** Each control: its JSON body in, an answer out. */
const actions: Record<string, (controls: MockControls, body: Body) => Response> = {
  reset(controls) {
    controls.reset();
    return ok();
  },
  scenario(controls, { name }) {
    return controls.applyScenario(String(name)) ? ok() : bad(`Unknown scenario ${String(name)}`);
  },
  stock(controls, { product_id: productId, qty }) {
    if (!Number.isInteger(productId) || !isNumber(qty)) return bad('Expected {"product_id": <integer>, "qty": <number>}');
    const info = controls.setStock(productId as number, qty);
    return info ? ok({ stock: info }) : bad('Unknown product_id');
  },
  latency(controls, { ms, min, max }) {
    if (isNumber(min) && isNumber(max) && min >= 0 && max >= min) controls.setLatency({ min, max });
    else if (ms === undefined || (isNumber(ms) && ms >= 0)) controls.setLatency(ms ?? 0);
    else return bad('Expected {"ms": <number>} or {"min": <number>, "max": <number>}');
    return ok();
  },
  'failure-rate'(controls, { rate }) {
    if (rate !== undefined && !isNumber(rate)) return bad('Expected {"rate": <0 to 1>}');
    controls.setFailureRate(rate ?? 0);
    return ok();
  },
  'force-error'(controls, { endpoint = '*', kind = 'server', times = 1, delayMs, body, status }) {
    if (typeof endpoint !== 'string' || !FORCED_ERROR_KINDS.includes(kind as ForcedErrorKind)) {
      return bad(`Expected {"endpoint": "/cart/add" or "*", "kind": one of ${FORCED_ERROR_KINDS.join(', ')}}`);
    }
    if (!isCount(times) || (delayMs !== undefined && !(isNumber(delayMs) && delayMs >= 0)) || (status !== undefined && !(Number.isInteger(status) && (status as number) >= 200 && (status as number) <= 599))) {
      return bad('times must be a whole number above 0, delayMs a number of ms, status an HTTP status from 200 to 599');
    }
    controls.forceError(endpoint, kind as ForcedErrorKind, times, { delayMs: delayMs as number | undefined, body, status: status as number | undefined });
    return ok();
  },
  'expire-session'(controls, { expired }) {
    controls.expireSession(expired !== false);
    return ok();
  },
  'seed-cart'(controls, { lines }) {
    const valid =
      Array.isArray(lines) &&
      lines.every((line: Body) => typeof line === 'object' && line !== null && Number.isInteger(line.product_id) && isNumber(line.quantity) && (line.bundle_id == null || Number.isInteger(line.bundle_id)));
    if (!valid) return bad('Expected {"lines": [{"product_id": <integer>, "quantity": <number>, "bundle_id"?: <integer>}]}');
    controls.seedCart(lines);
    return ok();
  },
};

/** Every control route, as mock-server/README.md must list it. */
export const CONTROL_ROUTES: readonly string[] = ['GET /__mock/state', 'GET /__mock/notifications', ...Object.keys(actions).map((action) => `POST /__mock/${action}`)];

export function controlHandlers(controls: MockControls) {
  return [
    http.get('*/__mock/state', () => ok({ state: controls.state() })),
    http.get('*/__mock/notifications', () => ok({ notifications: controls.notifications() })),
    http.post('*/__mock/:action', async ({ params, request }) => {
      const action = Object.hasOwn(actions, String(params.action)) ? actions[String(params.action)]! : undefined;
      if (!action) return bad(`Unknown control ${String(params.action)}`, 404);
      const type = request.headers.get('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) return bad('Send the control as JSON (Content-Type: application/json)', 415);
      const text = await request.text();
      let body: unknown = {};
      try {
        if (text.trim()) body = JSON.parse(text);
      } catch {
        return bad('The body is not JSON');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return bad('The body must be a JSON object');
      return action(controls, body as Body);
    }),
  ];
}
