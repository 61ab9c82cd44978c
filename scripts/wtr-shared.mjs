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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), mockHttpPlugin],
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
