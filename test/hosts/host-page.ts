// What the script-tag page tests share: the mock's HTTP server (started by the test
// runner, scripts/wtr-shared.mjs), its controls, and a theme page in an iframe.
import { frames } from '../components/page-helpers.js';

export const MOCK = (window as unknown as { __MOCK_HTTP__: string }).__MOCK_HTTP__;

/** A control of the mock HTTP server (`reset`, `latency`, …). */
export const control = (action: string, body: object = {}) =>
  fetch(`${MOCK}/__mock/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** Opens a page in an iframe of the given size (CSS) and waits until it has loaded. */
export async function openPage<W extends Window = Window>(src: string, css = ''): Promise<{ frame: HTMLIFrameElement; win: W }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = css;
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as W };
}

/** Adds the built script tag to a page that has none yet, pointed at the mock HTTP server. */
export function addScriptTag(win: Window): void {
  (win as unknown as { SmartDairyWidgets: object }).SmartDairyWidgets = { config: { apiBase: `${MOCK}/api/v1` } };
  const script = win.document.createElement('script');
  script.src = '/dist/cdn/smart-dairy-widgets.js';
  win.document.head.append(script);
}

/**
 * Combo deals at the top of a page (fixtures/deal-at-top.html: the head stylesheet, no
 * script yet) of the given size, with a `tag` element of these attributes under its
 * heading. `top()` is where the text under it is; `shift()` the layout shift since the
 * element was put there (its own arrival is the page's doing), or undefined where the
 * browser does not report shifts (Firefox). Then `addScriptTag(win)`.
 */
export async function openDealAtTop(width: number, height: number, tag: string, attributes: Record<string, string>) {
  const { frame, win } = await openPage<Window & { __shifts: { at: number; value: number }[] }>('/test/hosts/fixtures/deal-at-top.html', `width:${width}px;height:${height}px;border:0`);
  const doc = win.document;
  const element = doc.createElement(tag) as HTMLElement & { state?: string };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  doc.querySelector('h1')!.after(element);
  await frames(win);
  const since = win.performance.now();
  const reportsShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  return {
    frame,
    win,
    element,
    top: () => Math.round(doc.querySelector('p')!.getBoundingClientRect().top),
    shift: () => (reportsShifts ? win.__shifts.filter(({ at }) => at >= since).reduce((sum, { value }) => sum + value, 0) : undefined),
  };
}
