/**
 * The page benchmark: a listing of 48 product cards, each with a stock badge and a
 * quick-add button, plus a header mini cart, using the script-tag build against the
 * mock HTTP server with zero latency, in headless Chromium — at 1× and at 4× CPU
 * throttle (a slow phone), beside a *floor* page: the same markup whose three tags
 * are minimal Lit elements with no data layer (bench/floor.ts). Every timing is the
 * median of several runs; figures, not assertions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';
import { startHttpMockServer } from '../mock-server/http.js';
import { catalogProducts } from '../mock-server/index.js';

const SCRIPT = 'dist/cdn/smart-dairy-widgets.js';
const CARDS = 48;
/** A desktop window (four cards a row), and a phone-sized one (one card a row; its size only, no touch or pixel-ratio emulation). */
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 412, height: 823 };
type Viewport = typeof DESKTOP;

export interface PageOptions {
  runs?: number;
  /** CPU throttle rates to measure at (1 = this machine). */
  rates?: number[];
  /** Add/remove cycles for the heap figures (after 200 warm-up cycles). */
  heapCycles?: number;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The listing of the issue (48 cards and a mini cart); with `bundles`, a bundle list under it too. */
export function markup(scriptUrl: string, apiBase: string, { bundles = false } = {}): string {
  const products = catalogProducts();
  const cards = Array.from({ length: CARDS }, (_, i) => {
    const product = products[i % products.length]!;
    // No product images: the figures are about the widgets, not the image server.
    return `<li><h3>${escape(product.name)}</h3><sd-stock-badge product-id="${product.id}" compact></sd-stock-badge><sd-quick-add product-id="${product.id}" product-name="${escape(product.name)}" price="${product.lst_price}"></sd-quick-add></li>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script>
  window.__tasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  // Long animation frames split a long stretch into its scripts and its rendering (style, layout, paint).
  window.__frames = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__frames.push({ start: e.startTime, end: e.startTime + e.duration, render: e.renderStart, scripts: e.scripts.map((x) => ({ start: x.startTime, duration: x.duration })) }); }).observe({ type: 'long-animation-frame', buffered: true });
  window.SmartDairyWidgets = { config: { apiBase: ${JSON.stringify(apiBase)} } };
</script></head><body>
<header><sd-mini-cart></sd-mini-cart></header>
<ul style="display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,16rem),1fr));list-style:none">${cards}</ul>
${bundles ? '<section><h2>Combo deals</h2><sd-bundle-list></sd-bundle-list></section>' : ''}
<script>window.__t0 = performance.now();</script>
<script src="${scriptUrl}" onload="window.__evaluated = performance.now()"></script>
<script>
  // "drawn": every element has rendered; "ready": the cart and every product's stock are known;
  // "shown": every element has drawn them (those out of sight a few per frame).
  (() => {
    const all = [...document.querySelectorAll('sd-quick-add, sd-mini-cart, sd-stock-badge')];
    /** Notes, as window[name], when every element has no update left to draw. */
    const whenDrawn = (name) => Promise.all(all.map((el) => el.updateComplete)).then(() => { window[name] = performance.now() - window.__t0; });
    whenDrawn('__drawn');
    const api = window.SmartDairyWidgets;
    if (!api.cart) { window.__ready = 0; window.__shown = 0; window.__bundles = 0; return; }
    // The bundle list: drawn when its cards have rendered their prices.
    const list = document.querySelector('sd-bundle-list');
    const bundles = () => {
      const cards = [...(list.shadowRoot?.querySelectorAll('sd-bundle-card') ?? [])];
      if (cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('[part~="price"], [part~="final-price"]'))) window.__bundles = performance.now() - window.__t0;
      else requestAnimationFrame(bundles);
    };
    if (list) bundles();
    else window.__bundles = 0;
    const ids = [...new Set([...document.querySelectorAll('[product-id]')].map((el) => Number(el.getAttribute('product-id'))))];
    const check = () => {
      const ready = api.cart.$status.get().state === 'ready' && ids.every((id) => api.stock.stockOf(id).get().state !== 'loading');
      if (!ready) return requestAnimationFrame(check);
      window.__ready = performance.now() - window.__t0;
      whenDrawn('__shown');
    };
    check();
  })();
</script>
</body></html>`;
}

async function floorScript(): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { write: false, minify: true, target: 'es2021', lib: { entry: 'bench/floor.ts', formats: ['iife'], name: 'floor', fileName: 'floor' } },
  })) as Rollup.RollupOutput[];
  return result[0]!.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number) => Math.round(value * 10) / 10;

interface Sample {
  drawn: number;
  ready: number;
  /** The cart and stock drawn by every element. */
  shown: number;
  /** The bundle list's cards drawn with their prices (0 on the floor page, which has none). */
  bundles: number;
  longestTask: number;
  longestTaskAfterScript: number;
  /** After the script ran, the longest single script (a task's own JavaScript, with its microtasks). */
  longestScriptAfterScript: number;
  /** After the script ran, the longest rendering step (style, layout, paint of one frame). */
  longestRenderingAfterScript: number;
  totalBlockingTime: number;
}

async function openPage(browser: Browser, url: string, rate: number, viewport = DESKTOP): Promise<{ tab: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport });
  // tsx names functions with an `__name` helper that the page does not have.
  await context.addInitScript('window.__name = (fn) => fn');
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await tab.goto(url);
  return { tab, close: () => context.close() };
}

async function loadSample(browser: Browser, url: string, rate: number, viewport?: Viewport): Promise<Sample> {
  const { tab, close } = await openPage(browser, url, rate, viewport);
  try {
    await tab.waitForFunction(() => (window as any).__drawn !== undefined && (window as any).__shown !== undefined && (window as any).__bundles !== undefined, undefined, { timeout: 60_000 });
    // Let the tasks that follow the data settle before reading the long tasks.
    await tab.waitForTimeout(300 * rate);
    const got = await tab.evaluate(() => {
      const w = window as any;
      return {
        drawn: w.__drawn as number,
        ready: w.__ready as number,
        shown: w.__shown as number,
        bundles: w.__bundles as number,
        evaluated: w.__evaluated as number,
        tasks: w.__tasks as { start: number; duration: number }[],
        frames: w.__frames as { start: number; end: number; render: number; scripts: { start: number; duration: number }[] }[],
      };
    });
    // "After the script ran": from the script element's load event, which follows its evaluation in the same task.
    const after = got.tasks.filter((task) => task.start >= got.evaluated);
    const frames = got.frames.filter((frame) => frame.end > got.evaluated);
    return {
      drawn: got.drawn,
      ready: got.ready,
      shown: got.shown,
      bundles: got.bundles,
      longestTask: Math.max(0, ...got.tasks.map((task) => task.duration)),
      longestTaskAfterScript: Math.max(0, ...after.map((task) => task.duration)),
      longestScriptAfterScript: Math.max(0, ...frames.flatMap((frame) => frame.scripts.filter((x) => x.start >= got.evaluated).map((x) => x.duration))),
      longestRenderingAfterScript: Math.max(0, ...frames.filter((frame) => frame.render > got.evaluated).map((frame) => frame.end - frame.render)),
      totalBlockingTime: got.tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    };
  } finally {
    await close();
  }
}

function summary(samples: Sample[]) {
  return {
    runs: samples.length,
    scriptStartToAllDrawnMs: round(median(samples.map((s) => s.drawn))),
    scriptStartToDataReadyMs: round(median(samples.map((s) => s.ready))),
    scriptStartToDataShownMs: round(median(samples.map((s) => s.shown))),
    scriptStartToBundleListDrawnMs: round(median(samples.map((s) => s.bundles))),
    longestTaskMs: round(median(samples.map((s) => s.longestTask))),
    longestTaskAfterScriptMs: round(median(samples.map((s) => s.longestTaskAfterScript))),
    longestScriptAfterScriptMs: round(median(samples.map((s) => s.longestScriptAfterScript))),
    longestRenderingAfterScriptMs: round(median(samples.map((s) => s.longestRenderingAfterScript))),
    totalBlockingTimeMs: round(median(samples.map((s) => s.totalBlockingTime))),
  };
}

/** The figures a page without a data layer has too. */
const floorSide = (x: ReturnType<typeof summary>) => ({
  runs: x.runs,
  scriptStartToAllDrawnMs: x.scriptStartToAllDrawnMs,
  longestTaskMs: x.longestTaskMs,
  longestTaskAfterScriptMs: x.longestTaskAfterScriptMs,
  longestScriptAfterScriptMs: x.longestScriptAfterScriptMs,
  longestRenderingAfterScriptMs: x.longestRenderingAfterScriptMs,
  totalBlockingTimeMs: x.totalBlockingTimeMs,
});

/** The listing's figures, and the floor's beside them, with the ratios the issue asks for. */
const listingSides = (w: ReturnType<typeof summary>, f: ReturnType<typeof summary>) => ({
  // The listing has no bundle list: its figure is the bundle page's.
  widgets: { ...w, scriptStartToBundleListDrawnMs: undefined },
  floor: floorSide(f),
  ratioToFloor: {
    allDrawn: round(w.scriptStartToAllDrawnMs / Math.max(1, f.scriptStartToAllDrawnMs)),
    totalBlockingTime: round(w.totalBlockingTimeMs / Math.max(1, f.totalBlockingTimeMs)),
  },
});

/** Click to optimistic badge update, and to the shop's confirmation, on a loaded page. */
async function clickSample(browser: Browser, url: string, rate: number) {
  const { tab, close } = await openPage(browser, url, rate);
  try {
    await tab.waitForFunction(() => (window as any).__ready !== undefined, undefined, { timeout: 60_000 });
    return await tab.evaluate(async () => {
      const cart = document.querySelector('sd-mini-cart')!;
      const badgeText = () => cart.shadowRoot!.querySelector('[part="badge"]')?.textContent ?? '0';
      const before = badgeText();
      const button = document.querySelector('sd-quick-add')!.shadowRoot!.querySelector('button')!;
      const started = performance.now();
      const confirmed = new Promise<number>((resolve) => {
        const off = (window as any).SmartDairyWidgets.cart.$confirmed.listen(() => {
          off();
          resolve(performance.now() - started);
        });
      });
      // The same frame: the badge has changed by the next animation frame.
      const frame = new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(badgeText() !== before)));
      button.click();
      const badge = await new Promise<number>((resolve) => {
        const check = () => (badgeText() !== before ? resolve(performance.now() - started) : requestAnimationFrame(check));
        new MutationObserver(() => badgeText() !== before && resolve(performance.now() - started)).observe(cart.shadowRoot!, { subtree: true, childList: true, characterData: true });
        check();
      });
      return { badge, confirmed: await confirmed, sameFrame: await frame };
    });
  } finally {
    await close();
  }
}

/** Bytes by node type and name in a heap snapshot (after three garbage collections). */
async function heapByKind(cdp: Awaited<ReturnType<import('playwright-core').BrowserContext['newCDPSession']>>): Promise<Map<string, number>> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => void chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const width = snapshot.snapshot.meta.node_fields.length;
  const types = snapshot.snapshot.meta.node_types[0];
  const bytes = new Map<string, number>();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const key = `${types[snapshot.nodes[i]!]}:${snapshot.strings[snapshot.nodes[i + 1]!]!.slice(0, 50)}`;
    bytes.set(key, (bytes.get(key) ?? 0) + snapshot.nodes[i + 3]!);
  }
  return bytes;
}

/**
 * Heap growth per add/remove cycle once warm, from two heap snapshots: everything,
 * and the page's objects alone, without V8's compiled code and its hidden system
 * lists (they grow while functions are optimised; the widgets hold none of them).
 * A leak shows as objects that grow with every cycle.
 */
async function heapFigures(browser: Browser, url: string, cycles: number) {
  const context = await browser.newContext();
  await context.addInitScript('window.__name = (fn) => fn');
  const tab = await context.newPage();
  try {
    await tab.goto(url);
    await tab.waitForFunction(() => (window as any).__ready !== undefined);
    const cdp = await context.newCDPSession(tab);
    const run = (n: number) =>
      tab.evaluate(async (count) => {
        const { cart } = (window as any).SmartDairyWidgets;
        for (let i = 0; i < count; i++) {
          await cart.add(2, 1);
          await cart.remove(2);
        }
      }, n);
    await run(200);
    const warm = await heapByKind(cdp);
    await run(cycles);
    const after = await heapByKind(cdp);
    const growth = [...new Set([...warm.keys(), ...after.keys()])].map((key) => [key, (after.get(key) ?? 0) - (warm.get(key) ?? 0)] as const);
    const total = growth.reduce((sum, [, bytes]) => sum + bytes, 0);
    // V8's own: compiled code, and the hidden system lists that follow it.
    const vmInternal = (key: string) => key.startsWith('code:') || key.startsWith('hidden:');
    const objects = growth.filter(([key]) => !vmInternal(key)).reduce((sum, [, bytes]) => sum + bytes, 0);
    return {
      warmUpCycles: 200,
      cycles,
      growthPerCycleBytes: round(total / cycles),
      growthPerCycleOfObjectsBytes: round(objects / cycles),
      largestGrowth: growth
        .filter(([, bytes]) => bytes > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([key, bytes]) => `${key} +${bytes}`),
    };
  } finally {
    await context.close();
  }
}

export async function pageBenchmark({ runs = 5, rates = [1, 4], heapCycles = 800 }: PageOptions = {}) {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run npm run build first`);
  const script = readFileSync(SCRIPT);
  const floor = await floorScript();
  const mock = await startHttpMockServer({ port: 0 });
  const apiBase = `${mock.url}/api/v1`;
  const site = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bench');
    if (url.pathname === '/widgets.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    else if (url.pathname === '/floor.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(floor);
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(markup(url.pathname === '/floor' ? '/floor.js' : '/widgets.js', apiBase, { bundles: url.pathname === '/bundles' }));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  const chrome = await findChrome();
  const browser = await chromium.launch({ executablePath: chrome.path, args: [...CHROME_ARGS, '--enable-precise-memory-info'] });
  try {
    const apiRequests: string[] = [];
    {
      const context = await browser.newContext();
      const tab = await context.newPage();
      tab.on('request', (request) => {
        if (request.url().startsWith(apiBase)) apiRequests.push(new URL(request.url()).pathname.replace('/api/v1', ''));
      });
      await tab.goto(`${origin}/widgets`);
      await tab.waitForFunction(() => (window as any).__ready !== undefined);
      await tab.waitForLoadState('networkidle');
      await context.close();
    }
    const byRate: Record<string, unknown> = {};
    for (const rate of rates) {
      const widgets: Sample[] = [];
      const floors: Sample[] = [];
      const withBundles: Sample[] = [];
      const phoneWidgets: Sample[] = [];
      const phoneFloors: Sample[] = [];
      const clicks: Awaited<ReturnType<typeof clickSample>>[] = [];
      // Interleaved, so that a noisy moment on the machine hurts both alike.
      for (let run = 0; run < runs; run++) {
        await mock.mock.controls.reset();
        widgets.push(await loadSample(browser, `${origin}/widgets`, rate));
        floors.push(await loadSample(browser, `${origin}/floor`, rate));
        await mock.mock.controls.reset();
        clicks.push(await clickSample(browser, `${origin}/widgets`, rate));
        await mock.mock.controls.reset();
        withBundles.push(await loadSample(browser, `${origin}/bundles`, rate));
        await mock.mock.controls.reset();
        phoneWidgets.push(await loadSample(browser, `${origin}/widgets`, rate, PHONE));
        phoneFloors.push(await loadSample(browser, `${origin}/floor`, rate, PHONE));
      }
      const b = summary(withBundles);
      byRate[`${rate}x`] = {
        ...listingSides(summary(widgets), summary(floors)),
        // The same listing with a bundle list under it (14 bundle cards): what the list adds.
        withBundleList: {
          runs: b.runs,
          scriptStartToBundleListDrawnMs: b.scriptStartToBundleListDrawnMs,
          longestTaskAfterScriptMs: b.longestTaskAfterScriptMs,
          longestScriptAfterScriptMs: b.longestScriptAfterScriptMs,
          longestRenderingAfterScriptMs: b.longestRenderingAfterScriptMs,
          totalBlockingTimeMs: b.totalBlockingTimeMs,
        },
        // The same listing in a phone-sized window: one card a row, a few of them in sight.
        onPhone: { viewport: `${PHONE.width}x${PHONE.height}`, ...listingSides(summary(phoneWidgets), summary(phoneFloors)) },
        interaction: {
          clickToBadgeMs: round(median(clicks.map((c) => c.badge))),
          badgeInSameFrame: clicks.filter((c) => c.sameFrame).length + `/${clicks.length}`,
          clickToConfirmedMs: round(median(clicks.map((c) => c.confirmed))),
        },
      };
    }
    await mock.mock.controls.reset();
    return {
      browser: `${chrome.source}: ${browser.version()}`,
      scriptBytes: { raw: script.length, gzip: gzipSync(script, { level: 9 }).length, brotli: brotliCompressSync(script).length },
      floorBytes: { raw: floor.length, brotli: brotliCompressSync(Buffer.from(floor)).length },
      cards: CARDS,
      requestsOnLoad: { count: apiRequests.length, paths: apiRequests },
      ...byRate,
      heap: await heapFigures(browser, `${origin}/widgets`, heapCycles),
    };
  } finally {
    await browser.close();
    site.close();
    await mock.close();
  }
}
