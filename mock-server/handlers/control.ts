/**
 * Scenario controls over HTTP (`/__mock/*`), so the demo page, Storybook and a
 * theme developer's page on the real mock server can drive the mock shop.
 */
import { HttpResponse, http } from 'msw';
import type { MockControls } from '../types.js';

export function controlHandlers(controls: MockControls) {
  const read = async (request: Request): Promise<Record<string, unknown>> => {
    try {
      const body: unknown = await request.json();
      return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const ok = (extra: object = {}) => HttpResponse.json({ ok: true, ...extra });
  const bad = (message: string) => HttpResponse.json({ ok: false, error: message }, { status: 400 });

  return [
    http.get('*/__mock/state', () => ok({ state: controls.state() })),
    http.get('*/__mock/notifications', () => ok({ notifications: controls.notifications() })),
    http.post('*/__mock/:action', async ({ params, request }) => {
      const body = await read(request);
      switch (params.action) {
        case 'reset':
          controls.reset();
          return ok();
        case 'scenario':
          return controls.applyScenario(String(body.name)) ? ok() : bad(`Unknown scenario ${String(body.name)}`);
        case 'stock': {
          const info = controls.setStock(Number(body.product_id), Number(body.qty));
          return info ? ok({ stock: info }) : bad('Unknown product_id');
        }
        case 'latency':
          controls.setLatency(typeof body.min === 'number' && typeof body.max === 'number' ? { min: body.min, max: body.max } : Number(body.ms ?? 0));
          return ok();
        case 'failure-rate':
          controls.setFailureRate(Number(body.rate ?? 0));
          return ok();
        case 'force-error':
          controls.forceError(String(body.endpoint ?? '*'), String(body.kind ?? 'server') as never, Number(body.times ?? 1));
          return ok();
        case 'expire-session':
          controls.expireSession(body.expired !== false);
          return ok();
        default:
          return bad(`Unknown control ${String(params.action)}`);
      }
    }),
  ];
}
