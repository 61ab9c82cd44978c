// What every web-test-runner config here shares, whichever browser it drives:
// the test page, the mock's real HTTP servers, TypeScript through esbuild and the
// middleware. web-test-runner.config.mjs (Chromium) and
// web-test-runner.firefox.config.mjs (Firefox) add their files and browsers.
// Loaded through tsx (see package.json "test:components"): the mock's real HTTP server.
import { request as httpRequest } from 'node:http';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startHttpMockServer } from '../mock-server/http.ts';

/**
 * The mock as real HTTP servers: `mockHttp` on the same site as the test pages
 * (localhost), for the script-tag test; `mockHttpCrossSite` on 127.0.0.1, another
 * site than the pages' localhost, for the cross-site cookie test.
 */
let mockHttp;
let mockHttpCrossSite;
const mockHttpPlugin = {
  name: 'mock-http-server',
  async serverStart() {
    mockHttp = await startHttpMockServer({ port: 0, host: 'localhost' });
    mockHttpCrossSite = await startHttpMockServer({ port: 0, host: '127.0.0.1' });
  },
  async serverStop() {
    await Promise.all([mockHttp?.close(), mockHttpCrossSite?.close()]);
  },
};

/**
 * A failed assertion about a DOM element (chai's error keeps the element as `actual` or
 * `expected`) would hang the run: the test runner sends the results with structuredClone,
 * which refuses elements and functions, and the file then "did not finish" with no word
 * of what failed (modernweb-dev/web#2967). Here what cannot be cloned is sent as a
 * description (`<a part="link" …>`), so the failure is reported as any other.
 */
const WEB_SOCKET_MODULE = '/__web-dev-server__web-socket.js';
const CLONE_CALL = 'var target = structuredClone(obj)';
const reportableFailuresPlugin = {
  name: 'reportable-failures',
  transform(context) {
    if (context.path !== WEB_SOCKET_MODULE) return undefined;
    const body = String(context.body);
    if (!body.includes(CLONE_CALL)) {
      // @web/dev-server-core changed: say so rather than silently lose the fix.
      console.warn(`scripts/wtr-shared.mjs: ${WEB_SOCKET_MODULE} no longer has "${CLONE_CALL}"; failures about DOM elements may time out again.`);
      return undefined;
    }
    return `${body.replace(CLONE_CALL, 'var target = cloneable(obj)')}
function cloneable(value, seen = new WeakMap()) {
  try {
    return structuredClone(value);
  } catch {
    if (typeof Node !== 'undefined' && value instanceof Node) {
      const html = value instanceof Element ? value.outerHTML.slice(0, value.outerHTML.indexOf('>') + 1) : value.nodeName;
      return html.length > 200 ? html.slice(0, 199) + '…' : html;
    }
    if (typeof value === 'function') return '[Function ' + (value.name || 'anonymous') + ']';
    if (value === null || typeof value !== 'object') return String(value);
    if (seen.has(value)) return seen.get(value);
    const copy = Array.isArray(value) ? [] : {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = cloneable(value[key], seen);
    if (value instanceof Error) for (const key of ['name', 'message', 'stack']) copy[key] = value[key];
    return copy;
  }
}
`;
  },
};

/** Everything but `files` and `browsers`. */
export const sharedConfig = {
  nodeResolve: true,
  concurrency: 1,
  // A hung test fails the run instead of stalling CI.
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // nanostores reads process.env.NODE_ENV, which bundlers replace; here we define it.
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Smart Dairy Widgets tests</title>
<script>window.process = { env: { NODE_ENV: 'development' } }; window.__MOCK_HTTP__ = ${JSON.stringify(mockHttp?.url ?? '')}; window.__MOCK_HTTP_CROSS_SITE__ = ${JSON.stringify(mockHttpCrossSite?.url ?? '')};</script></head>
<body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), mockHttpPlugin, reportableFailuresPlugin],
  middleware: [
    // MSW's worker must be served from the root so that it controls the test pages.
    (context, next) => {
      if (context.url.startsWith('/mockServiceWorker.js')) context.url = '/public/mockServiceWorker.js';
      return next();
    },
    // The mock HTTP server on the test pages' own origin, for pages whose CSP allows
    // only 'self': /shop-api/api/v1/… is its API, /web/image/… its images.
    (context, next) => {
      const path = context.url.startsWith('/shop-api/') ? context.url.slice('/shop-api'.length) : context.url.startsWith('/web/image/') ? context.url : undefined;
      if (path === undefined || !mockHttp) return next();
      const target = new URL(path, mockHttp.url);
      return new Promise((resolve, reject) => {
        const upstream = httpRequest(target, { method: context.method, headers: { ...context.req.headers, host: target.host } }, (response) => {
          context.respond = false;
          context.res.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(context.res);
          response.on('end', resolve);
        });
        upstream.on('error', reject);
        context.req.pipe(upstream);
      });
    },
  ],
};
