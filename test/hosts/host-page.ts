// What the script-tag page tests share: the mock's HTTP server (started by the test
// runner, scripts/wtr-shared.mjs), its controls, and a theme page in an iframe.

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
