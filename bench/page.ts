/**
 * The page benchmark: a listing of 48 product cards, each with a quick-add button,
 * plus a header mini cart, using the script-tag build against the mock HTTP
 * server with zero latency, in headless Chromium. Figures, not assertions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';
import { startHttpMockServer } from '../mock-server/http.js';
import { catalogProducts } from '../mock-server/index.js';

const SCRIPT = 'dist/cdn/smart-dairy-widgets.js';
const CARDS = 48;

function page(apiBase: string, withBadges: boolean): string {
  const products = catalogProducts();
  const cards = Array.from({ length: CARDS }, (_, i) => {
    const product = products[i % products.length]!;
    const badge = withBadges ? `<sd-stock-badge product-id="${product.id}" compact></sd-stock-badge>` : '';
    // No product images: the figures are about the widgets, not the image server.
    return `<li><h3>${product.name}</h3>${badge}<sd-quick-add product-id="${product.id}" product-name="${product.name}" price="${product.lst_price}"></sd-quick-add></li>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  window.SmartDairyWidgets = { config: { apiBase: ${JSON.stringify(apiBase)} } };
</script></head><body>
<header><sd-mini-cart></sd-mini-cart></header>
<ul style="display:grid;grid-template-columns:repeat(4,1fr);list-style:none">${cards}</ul>
<script>window.__t0 = performance.now();</script>
<script src="/widgets.js"></script>
<script>
  // Measured in the page: "drawn" when every element has rendered, "ready" when the cart and all stock are known.
  (() => {
    const all = [...document.querySelectorAll('sd-quick-add, sd-mini-cart, sd-stock-badge')];
    Promise.all(all.map((el) => el.updateComplete)).then(() => { window.__drawn = performance.now() - window.__t0; });
    const { cart, stock } = window.SmartDairyWidgets;
    const ids = [...new Set([...document.querySelectorAll('[product-id]')].map((el) => Number(el.getAttribute('product-id'))))];
    const check = () => {
      const ready = cart.$status.get().state === 'ready' && ids.every((id) => stock.stockOf(id).get().state !== 'loading');
      if (ready) window.__ready = performance.now() - window.__t0;
      else requestAnimationFrame(check);
    };
    check();
  })();
</script>
</body></html>`;
}

export async function pageBenchmark() {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run npm run build first`);
  const script = readFileSync(SCRIPT);
  const mock = await startHttpMockServer({ port: 0 });
  const apiBase = `${mock.url}/api/v1`;
  const withBadges = script.includes('sd-stock-badge');
  const html = page(apiBase, withBadges);
  const site = createServer((request, response) => {
    if (request.url === '/widgets.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: (await findChrome()).path,
    args: [...CHROME_ARGS, '--enable-precise-memory-info'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // tsx names functions with an `__name` helper that the page does not have.
    await context.addInitScript('window.__name = (fn) => fn');
    const tab = await context.newPage();
    const apiRequests: string[] = [];
    tab.on('request', (request) => {
      if (request.url().startsWith(apiBase)) apiRequests.push(new URL(request.url()).pathname.replace('/api/v1', ''));
    });
    await tab.goto(siteUrl);
    await tab.waitForFunction(() => (window as any).__drawn !== undefined && (window as any).__ready !== undefined);
    const timing = await tab.evaluate(() => ({ drawn: (window as any).__drawn as number, ready: (window as any).__ready as number }));
    await tab.waitForLoadState('networkidle');
    const requestsOnLoad = [...apiRequests];

    const clickToBadge = await tab.evaluate(async () => {
      const cart = document.querySelector('sd-mini-cart')!;
      const badgeText = () => cart.shadowRoot!.querySelector('[part="badge"]')?.textContent ?? '0';
      const before = badgeText();
      const button = document.querySelector('sd-quick-add')!.shadowRoot!.querySelector('button')!;
      const confirmed = new Promise<number>((resolve) => {
        const started = performance.now();
        const off = (window as any).SmartDairyWidgets.cart.$confirmed.listen(() => {
          off();
          resolve(performance.now() - started);
        });
      });
      const started = performance.now();
      button.click();
      const badge = await new Promise<number>((resolve) => {
        const check = () => (badgeText() !== before ? resolve(performance.now() - started) : requestAnimationFrame(check));
        new MutationObserver(() => badgeText() !== before && resolve(performance.now() - started)).observe(cart.shadowRoot!, { subtree: true, childList: true, characterData: true });
        check();
      });
      return { clickToBadgeMs: badge, clickToConfirmedMs: await confirmed };
    });

    const cdp = await context.newCDPSession(tab);
    const heapAfter = async (cycles: number) => {
      await tab.evaluate(async (n) => {
        const { cart } = (window as any).SmartDairyWidgets;
        for (let i = 0; i < n; i++) {
          await cart.add(2, 1);
          await cart.remove(2);
        }
      }, cycles);
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const heap10 = await heapAfter(10);
    const heap200 = await heapAfter(190);
    // A leak grows with every cycle; warm-up (compiled code, caches) levels off.
    const heap1000 = await heapAfter(800);
    return {
      scriptBytes: { raw: script.length, gzip: gzipSync(script, { level: 9 }).length, brotli: brotliCompressSync(script).length },
      cards: CARDS,
      stockBadges: withBadges ? CARDS : 0,
      scriptStartToAllDrawnMs: Math.round(timing.drawn),
      scriptStartToDataReadyMs: Math.round(timing.ready),
      longTasksOver50ms: (await tab.evaluate(() => (window as any).__longTasks as number[])).map(Math.round),
      requestsOnLoad: { count: requestsOnLoad.length, paths: requestsOnLoad },
      clickToBadgeMs: Math.round(clickToBadge.clickToBadgeMs * 10) / 10,
      clickToConfirmedMs: Math.round(clickToBadge.clickToConfirmedMs * 10) / 10,
      jsHeapBytes: {
        after10Cycles: heap10,
        after200Cycles: heap200,
        after1000Cycles: heap1000,
        growth10To200: heap200 - heap10,
        growthPerCycle200To1000: Math.round((heap1000 - heap200) / 800),
      },
    };
  } finally {
    await browser.close();
    site.close();
    await mock.close();
  }
}
