/**
 * What a shop owner's audit sees: Lighthouse 12 (mobile preset: simulated 4× CPU
 * and slow 4G) on an Odoo-like listing page — Bootstrap 5, 24 product cards each
 * with a stock badge and a quick add, a header mini cart, the script tag with
 * `defer` — with the widgets and with the script removed, several runs each.
 * Scripts and styles are served brotli-compressed, as a shop's server or CDN serves
 * them: the simulated slow 4G then carries the bytes a shopper's phone receives
 * (the script's 42 kB, not its 152 kB raw).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';
import { startHttpMockServer } from '../mock-server/http.js';
import { catalogProducts } from '../mock-server/index.js';

const SCRIPT = 'dist/cdn/smart-dairy-widgets.js';
const STYLES = 'dist/cdn/smart-dairy-widgets.css';
const CARDS = 24;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function page({ withWidgets, apiBase, imageBase }: { withWidgets: boolean; apiBase: string; imageBase: string }): string {
  const products = catalogProducts();
  const cards = Array.from({ length: CARDS }, (_, i) => {
    const p = products[i % products.length]!;
    return `<div class="col-6 col-md-4 col-lg-3 mb-4">
  <div class="card h-100 oe_product">
    <a href="/shop/product/${p.id}"><img class="card-img-top" src="${imageBase}/web/image/product.product/${p.id}/image_256" width="256" height="256" alt="${escape(p.name)}"></a>
    <div class="card-body d-flex flex-column">
      <h2 class="h6 card-title"><a class="text-reset" href="/shop/product/${p.id}">${escape(p.name)}</a></h2>
      <sd-stock-badge product-id="${p.id}" compact></sd-stock-badge>
      <p class="fw-bold mb-2">৳${p.lst_price}</p>
      <sd-quick-add class="mt-auto" product-id="${p.id}" product-name="${escape(p.name)}" price="${p.lst_price}"><a class="btn btn-outline-primary btn-sm" href="/shop/product/${p.id}">View product</a></sd-quick-add>
    </div>
  </div>
</div>`;
  }).join('\n');
  const head = withWidgets
    ? `<script>window.SmartDairyWidgets = { config: { apiBase: ${JSON.stringify(apiBase)} } };</script>
${existsSync(STYLES) ? '<link rel="stylesheet" href="/smart-dairy-widgets.css">' : ''}
<script src="/smart-dairy-widgets.js" defer></script>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Smart Dairy — Shop</title><meta name="description" content="Fresh milk, doi and ghee from Smart Dairy.">
<link rel="stylesheet" href="/bootstrap.min.css">${head}</head>
<body><header class="navbar navbar-light bg-light border-bottom"><div class="container"><a class="navbar-brand" href="/">Smart Dairy</a><sd-mini-cart><a href="/shop/cart">Cart</a></sd-mini-cart></div></header>
<main class="container py-4" id="wrap"><h1 class="h3 mb-4">All products</h1><div class="row">${cards}</div></main>
<footer class="container py-4 text-muted">© Smart Dairy</footer></body></html>`;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function lighthouseBenchmark({ runs = 5 } = {}) {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run npm run build first`);
  const mock = await startHttpMockServer({ port: 0 });
  const files: Record<string, [string, Buffer]> = {
    '/bootstrap.min.css': ['text/css', readFileSync('node_modules/bootstrap/dist/css/bootstrap.min.css')],
    '/smart-dairy-widgets.js': ['text/javascript', readFileSync(SCRIPT)],
    ...(existsSync(STYLES) ? { '/smart-dairy-widgets.css': ['text/css', readFileSync(STYLES)] as [string, Buffer] } : {}),
  };
  // Brotli at its default quality (11), as the size report measures.
  const compressed = Object.fromEntries(Object.entries(files).map(([path, [, bytes]]) => [path, brotliCompressSync(bytes)]));
  const site = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bench');
    const file = files[url.pathname];
    if (file) {
      const brotli = /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const headers = { 'Content-Type': file[0], 'Cache-Control': 'max-age=3600', Vary: 'Accept-Encoding', ...(brotli ? { 'Content-Encoding': 'br' } : {}) };
      return void response.writeHead(200, headers).end(brotli ? compressed[url.pathname] : file[1]);
    }
    const withWidgets = url.pathname !== '/without';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page({ withWidgets, apiBase: `${mock.url}/api/v1`, imageBase: mock.url }));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  const chromePath = (await findChrome()).path;
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
  try {
    const measure = async (path: string) => {
      mock.mock.controls.reset();
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
      const lhr = result!.lhr;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      return {
        score: lhr.categories.performance?.score ?? Number.NaN,
        cls: audit('cumulative-layout-shift'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        fcp: audit('first-contentful-paint'),
      };
    };
    const samples: Record<'with' | 'without', Awaited<ReturnType<typeof measure>>[]> = { with: [], without: [] };
    for (let run = 0; run < runs; run++) {
      samples.with.push(await measure('/'));
      samples.without.push(await measure('/without'));
    }
    const sum = (list: Awaited<ReturnType<typeof measure>>[]) => ({
      runs: list.length,
      performanceScore: median(list.map((s) => s.score)),
      scores: list.map((s) => s.score),
      cumulativeLayoutShift: Math.round(median(list.map((s) => s.cls)) * 1000) / 1000,
      largestContentfulPaintMs: Math.round(median(list.map((s) => s.lcp))),
      totalBlockingTimeMs: Math.round(median(list.map((s) => s.tbt))),
      firstContentfulPaintMs: Math.round(median(list.map((s) => s.fcp))),
    });
    const withWidgets = sum(samples.with);
    const without = sum(samples.without);
    return {
      lighthouse: '12.2.3, mobile preset (simulated 4x CPU, slow 4G)',
      page: `Bootstrap 5 listing, ${CARDS} cards with a stock badge and a quick add, header mini cart, script with defer, scripts and styles served brotli-compressed`,
      withWidgets,
      withoutScript: without,
      scoreDifference: Math.round((without.performanceScore - withWidgets.performanceScore) * 100) / 100,
    };
  } finally {
    chrome.kill();
    site.close();
    await mock.close();
  }
}
