/**
 * npm run bench — figures, not tests. Prints one JSON document:
 * - client: cost per call of the typed client (transport, checks, unwrapping),
 *   against an instant in-process backend, so only our own work is timed;
 * - store: cost per cart operation (optimistic view, lane, merge), and of
 *   deriving the view of a 50-line cart;
 * - requests: how many HTTP requests 48 stock look-ups and a cart load make
 *   against the mock backend (goal: 2);
 * - page: the browser page benchmark (bench/page.ts): 48 cards and a bundle list at
 *   1x and 4x CPU throttle beside a floor page, interaction, heap;
 * - lighthouse: an Odoo-like listing with and without the widgets (bench/lighthouse.ts).
 * Writes bench/figures.json (with the date, the machine and the browser) and the
 * README's performance section from it. `npm run bench -- --quick`: one run, no
 * Lighthouse, nothing written.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setupServer } from 'msw/node';
import { createShopClient } from '../src/client/client.js';
import { createCartStore } from '../src/store/cart.js';
import { applyIntents, type Intent } from '../src/store/cart-math.js';
import type { Cart, CartItem } from '../src/client/types.js';
import { createMockShop } from '../mock-server/index.js';

const API = 'http://shop.test/api/v1';

function cartOf(lines: number): Cart {
  const items: CartItem[] = Array.from({ length: lines }, (_, i) => ({
    product_id: i + 1,
    name: `Product ${i + 1}`,
    quantity: 1 + (i % 3),
    price: 95.5 + i,
    image_url: `/web/image/product.product/${i + 1}/image_128`,
    uom: 'Unit',
    bundle_id: null,
    stock_available: 50,
  }));
  return { session_id: 'bench', items, item_count: items.reduce((n, i) => n + i.quantity, 0), subtotal: 0, currency: '৳' };
}

/** An instant backend in the same process: answers JSON-RPC for the cart endpoints. */
function instantFetch(cart: Cart): typeof fetch {
  return async (_input, init) => {
    const id = JSON.parse(String(init?.body ?? '{}')).id ?? 1;
    return new Response(JSON.stringify({ jsonrpc: '2.0', id, result: { success: true, data: cart, message: 'ok' } }), {
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

async function time(label: string, runs: number, work: (i: number) => Promise<unknown> | unknown) {
  for (let i = 0; i < Math.min(50, runs); i++) await work(i); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) await work(i);
  const total = performance.now() - start;
  return { [label]: { runs, microsecondsPerOp: Math.round((total * 1000) / runs) } };
}

async function clientFigures() {
  const cart = cartOf(10);
  const client = createShopClient({ apiBase: API, fetch: instantFetch(cart) });
  return {
    ...(await time('getCart (10 lines)', 2_000, () => client.getCart())),
    ...(await time('updateCartItem', 2_000, (i) => client.updateCartItem(1, 1 + (i % 5)))),
  };
}

async function storeFigures() {
  const client = createShopClient({ apiBase: API, fetch: instantFetch(cartOf(10)) });
  const store = createCartStore({ client: () => client });
  await store.load();
  const big = cartOf(50);
  const intents = new Map<number, Intent>([[3, { quantity: 7, version: 1 }], [60, { quantity: 1, version: 2, hint: { name: 'x', price: 10 } }]]);
  return {
    ...(await time('cart.setQuantity (optimistic + confirm)', 1_000, (i) => store.setQuantity(1, 1 + (i % 5)))),
    ...(await time('derive view of a 50-line cart with 2 pending', 20_000, () => applyIntents(big, intents))),
  };
}

async function requestFigures() {
  const mock = createMockShop();
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  const requests: string[] = [];
  server.events.on('request:start', ({ request }) => requests.push(new URL(request.url).pathname));
  try {
    const client = createShopClient({ apiBase: API });
    const ids = Array.from({ length: 48 }, (_, i) => i + 1);
    const started = performance.now();
    await Promise.all([client.getCart(), ...ids.map((id) => client.getStock(id).catch(() => null))]);
    return {
      'cart load + 48 stock look-ups': {
        requests: requests.length,
        goal: 2,
        paths: [...new Set(requests)],
        milliseconds: Math.round(performance.now() - started),
      },
    };
  } finally {
    server.close();
  }
}

const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 5;
const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}` },
  timings: `median of ${runs} runs; the floor page's figures are from the same runs`,
  client: await clientFigures(),
  store: await storeFigures(),
  requests: await requestFigures(),
};

try {
  const { pageBenchmark } = await import('./page.js');
  report.page = await pageBenchmark({ runs, heapCycles: quick ? 200 : 800 });
} catch (error) {
  report.page = { skipped: String((error as Error).message ?? error) };
}

if (!quick) {
  try {
    const { lighthouseBenchmark } = await import('./lighthouse.js');
    report.lighthouse = await lighthouseBenchmark({ runs });
  } catch (error) {
    report.lighthouse = { skipped: String((error as Error).message ?? error) };
  }
}

const json = JSON.stringify(report, null, 2);
console.log(json);
if (!quick) {
  // The README's performance section is generated from this file.
  writeFileSync('bench/figures.json', `${json}\n`);
  const { writePerformanceSection } = await import('./readme.js');
  writePerformanceSection();
}
