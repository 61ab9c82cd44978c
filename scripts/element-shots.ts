/**
 * The README's screenshots of each element (docs/images/<tag>[--<variant>]--<light|dark>.png):
 * on a light page in English, and on a dark page in Bengali with the dark tokens of
 * stories/themes.ts (the ones the README's Theming section lists). Each shot is cropped to the
 * element and a little of the page around it. `<sd-shop>` and `<sd-track-view>` draw nothing: no shot. The elements run against the mock shop in a
 * service worker (scenario `filled-cart`, so the mini cart has lines), from the source, as in the demo.
 *   npm run readme:shots     # then npm run readme
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { createServer, type Plugin } from 'vite';
import { catalogProducts } from '../mock-server/index.js';
import { guideFor } from '../mock-server/guides.js';
import { DARK_TOKENS, HOSTS } from '../stories/themes.js';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { IMAGES_DIR } from './readme-elements.js';

const OUT = IMAGES_DIR;
type Tone = 'light' | 'dark';
type Locale = 'en' | 'bn';
const LOCALE: Record<Tone, Locale> = { light: 'en', dark: 'bn' };

const name = (id: number, locale: Locale) => {
  const product = catalogProducts().find((p) => p.id === id)!;
  return locale === 'bn' ? product.name_bn : product.name;
};
const price = (id: number) => catalogProducts().find((p) => p.id === id)!.lst_price;
const image = (id: number) => `/web/image/product.product/${id}/image_128`;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

interface Shot {
  tag: string;
  variant?: string;
  /** The stage's width in CSS px, padding included. */
  width: number;
  /** A 360 px phone viewport, and the whole viewport is shot (the mini cart's drawer). */
  phone?: boolean;
  html: (locale: Locale) => string;
  /** Waits for the element's data, then does what the shot shows. */
  ready?: (page: Page) => Promise<void>;
}

const card = (id: number, locale: Locale, extra = '') => `
  <div class="card">
    <img src="${image(id)}" alt="" width="96" height="96">
    <strong>${escape(name(id, locale))}</strong>
    <sd-stock-badge product-id="${id}" compact></sd-stock-badge>
    <sd-quick-add product-id="${id}" product-name="${escape(name(id, locale))}" price="${price(id)}" image-url="${image(id)}" ${extra}>
      <a href="/shop/product/${id}">View product</a>
    </sd-quick-add>
  </div>`;

const waitFor = (selector: string) => async (page: Page) => {
  await page.waitForSelector(selector, { state: 'attached', timeout: 10_000 });
};

const SHOTS: Shot[] = [
  {
    tag: 'sd-mini-cart',
    width: 420,
    html: () => `<header class="bar"><strong>Smart Dairy</strong><nav>Shop · Deals</nav><sd-mini-cart></sd-mini-cart></header>`,
    ready: async (page) => {
      await page.waitForFunction(() => /\S/.test(document.querySelector('sd-mini-cart')?.shadowRoot?.querySelector('[part="badge"]')?.textContent ?? ''));
    },
  },
  {
    tag: 'sd-mini-cart',
    variant: 'drawer-phone',
    width: 360,
    phone: true,
    html: () => `<header class="bar"><strong>Smart Dairy</strong><sd-mini-cart></sd-mini-cart></header><p style="padding:0 1rem">…</p>`,
    ready: async (page) => {
      await page.waitForFunction(() => /\S/.test(document.querySelector('sd-mini-cart')?.shadowRoot?.querySelector('[part="badge"]')?.textContent ?? ''));
      await page.locator('sd-mini-cart [part="toggle"]').click();
      await page.waitForSelector('sd-mini-cart[open]');
      await page.waitForTimeout(600);
    },
  },
  {
    tag: 'sd-quick-add',
    width: 460,
    html: (locale) => `<div class="row"><div class="col">${card(7, locale, 'with-quantity')}</div><div class="col">${card(13, locale, 'product-url="/shop/product/13"')}</div></div>`,
    ready: async (page) => {
      await page.waitForSelector('sd-quick-add[product-id="13"][state="unavailable"]');
    },
  },
  {
    tag: 'sd-quantity-selector',
    width: 360,
    html: (locale) => `<div class="stack">
      <div class="line"><code class="caption">max="12"</code><sd-quantity-selector value="2" min="1" max="12" product-name="${escape(name(7, locale))}"></sd-quantity-selector></div>
      <div class="line"><code class="caption">size="small"</code><sd-quantity-selector value="1" size="small" product-name="${escape(name(6, locale))}"></sd-quantity-selector></div>
      <div class="line"><code class="caption">typed "2.5"</code><sd-quantity-selector id="typed" value="3" product-name="${escape(name(9, locale))}"></sd-quantity-selector></div>
    </div>`,
    ready: async (page) => {
      const input = page.locator('#typed [part="input"]');
      await input.fill('2.5');
      await input.press('Tab');
      await page.waitForFunction(() => document.getElementById('typed')?.shadowRoot?.querySelector('[part="message"]')?.textContent?.trim());
    },
  },
  {
    tag: 'sd-stock-badge',
    width: 460,
    html: (locale) => `<div class="stack">
      ${[1, 7, 5, 11]
        .map((id) => `<div class="line"><span class="product">${escape(name(id, locale))}</span><sd-stock-badge product-id="${id}"></sd-stock-badge></div>`)
        .join('')}
      <div class="line"><code class="caption">compact</code>${[7, 13].map((id) => `<sd-stock-badge product-id="${id}" compact></sd-stock-badge>`).join(" ")}</div>
    </div>`,
    ready: async (page) => {
      await page.waitForFunction(() => [...document.querySelectorAll('sd-stock-badge')].every((badge) => badge.hasAttribute('status')));
    },
  },
  {
    tag: 'sd-notify-me',
    width: 420,
    html: (locale) => `<sd-notify-me product-id="13" product-name="${escape(name(13, locale))}"></sd-notify-me>`,
    ready: waitFor('sd-notify-me[state="idle"]'),
  },
  {
    tag: 'sd-bundle-card',
    width: 340,
    html: () => `<sd-bundle-card bundle-id="1"></sd-bundle-card>`,
    ready: waitFor('sd-bundle-card[state]:not([state="loading"])'),
  },
  {
    tag: 'sd-bundle-list',
    width: 960,
    html: (locale) => `<h2 class="heading">${locale === 'bn' ? 'কম্বো অফার' : 'Combo deals'}</h2><sd-bundle-list layout="row"></sd-bundle-list>`,
    ready: waitFor('sd-bundle-list[state="ready"]'),
  },
  {
    tag: 'sd-bundle-list',
    variant: 'phone',
    width: 360,
    html: (locale) => `<h2 class="heading">${locale === 'bn' ? 'কম্বো অফার' : 'Combo deals'}</h2><sd-bundle-list layout="row"></sd-bundle-list>`,
    ready: waitFor('sd-bundle-list[state="ready"]'),
  },
  {
    tag: 'sd-share-bar',
    width: 560,
    html: (locale) => `<sd-share-bar url="https://shop.smartdairy.example/shop/product/7" title="${escape(name(7, locale))}"></sd-share-bar>`,
  },
  {
    tag: 'sd-recently-viewed',
    width: 760,
    html: (locale) => `<h2 class="heading">${locale === 'bn' ? 'সম্প্রতি দেখা' : 'Recently viewed'}</h2><sd-recently-viewed with-quick-add></sd-recently-viewed>`,
    ready: async (page) => {
      await page.waitForSelector('sd-recently-viewed:not([hidden])');
    },
  },
  {
    tag: 'sd-product-guide',
    width: 720,
    html: (locale) => `<sd-product-guide product-id="7"><script type="application/json">${JSON.stringify(guideFor('yogurt', locale) ?? {}).replace(/</g, '\\u003c')}</script></sd-product-guide>`,
    ready: async (page) => {
      await page.locator('sd-product-guide [part="question"]').first().click();
      await page.waitForFunction(() => document.querySelector('sd-product-guide')?.shadowRoot?.querySelector('[aria-expanded="true"]'));
    },
  },
];

/** The page: the mock shop, the script-tag entry from source, and a stage for one element at a time. */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Smart Dairy: element shots</title>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, "Noto Sans Bengali", sans-serif; }
  #stage { box-sizing: border-box; padding: 20px; }
  #stage.phone { min-height: 100vh; padding: 0; }
  .row { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
  .col { display: grid; gap: 8px; font-size: 13px; }
  .card { display: grid; gap: 8px; padding: 12px; border: 1px solid color-mix(in srgb, currentColor 18%, transparent); border-radius: 8px; font-size: 16px; }
  .card img { border-radius: 8px; }
  .stack { display: grid; gap: 12px; justify-items: start; }
  .line { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
  .product { min-width: 11rem; }
  .caption { min-width: 7rem; }
  .bar { display: flex; align-items: center; gap: 16px; padding: 8px 12px; border-bottom: 1px solid color-mix(in srgb, currentColor 18%, transparent); }
  .bar nav { margin-left: auto; opacity: .8; }
  .heading { margin: 0 0 12px; font-size: 20px; }
  code { font-size: 12px; opacity: .75; }
</style>
</head>
<body>
<div id="stage"></div>
<script type="module">
  import { startMockShop } from '/mock-server/browser.ts';
  import { recentlyViewed } from '/src/store/index.ts';
  await startMockShop({ persist: false });
  await import('/src/cdn.ts');
  window.__recentlyViewed = recentlyViewed;
  await Promise.all(['sd-shop', 'sd-product-guide', 'sd-recently-viewed'].map((tag) => customElements.whenDefined(tag)));
  window.__ready = true;
</script>
</body>
</html>`;

const PAGE_PATH = '/__element-shots.html';
function shotsPage(): Plugin {
  return {
    name: 'element-shots-page',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!req.url?.startsWith(PAGE_PATH)) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(await server.transformIndexHtml(req.url, PAGE));
      });
    },
  };
}

async function open(page: Page, url: string, tone: Tone): Promise<void> {
  await page.goto(`${url}${PAGE_PATH.slice(1)}?scenario=filled-cart`);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, undefined, { timeout: 30_000 });
  const locale = LOCALE[tone];
  await page.evaluate(
    ({ locale, host, tokens, history, scheme }) => {
      document.documentElement.lang = locale;
      window.SmartDairyWidgets.configure({ locale });
      const stage = document.getElementById('stage')!;
      Object.assign(stage.style, { background: host.background, color: host.color, colorScheme: scheme });
      Object.assign(document.body.style, { background: host.background, colorScheme: scheme });
      for (const [token, value] of Object.entries(tokens)) stage.style.setProperty(token, value);
      const store = (window as unknown as { __recentlyViewed: { clear(): void; record(view: unknown): void } }).__recentlyViewed;
      store.clear();
      for (const view of history) store.record(view);
    },
    {
      locale,
      host: HOSTS[tone],
      tokens: tone === 'dark' ? DARK_TOKENS : {},
      scheme: tone === 'dark' ? 'dark' : 'light',
      history: [14, 12, 1, 9, 6, 20].map((id) => ({ productId: id, name: name(id, locale), price: price(id), imageUrl: image(id), url: `/shop/product/${id}` })),
    },
  );
}

async function take(page: Page, shot: Shot, tone: Tone): Promise<string> {
  const locale = LOCALE[tone];
  await page.evaluate(
    ({ html, width, phone }) => {
      const stage = document.getElementById('stage')!;
      stage.className = phone ? 'phone' : '';
      stage.style.width = phone ? '' : `${width}px`;
      stage.innerHTML = html;
    },
    { html: shot.html(locale), width: shot.width, phone: Boolean(shot.phone) },
  );
  await page.waitForTimeout(300);
  await shot.ready?.(page);
  // Images, fonts and the last renders.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(500);
  const file = `${OUT}/${shot.tag}${shot.variant ? `--${shot.variant}` : ''}--${tone}.png`;
  if (shot.phone) await page.screenshot({ path: file });
  else await page.locator('#stage').screenshot({ path: file });
  // Close what the shot opened (the drawer) before the next one.
  await page.keyboard.press('Escape');
  return file;
}

const only = process.argv.slice(2);
const server = await createServer({
  configFile: false,
  root: process.cwd(),
  publicDir: 'public',
  plugins: [shotsPage()],
  server: { port: 0, host: '127.0.0.1' },
  logLevel: 'error',
  optimizeDeps: { entries: [] },
});
await server.listen();
const url = server.resolvedUrls!.local[0]!;
mkdirSync(OUT, { recursive: true });
// A full run replaces every shot, so a shot no longer taken does not linger.
if (!only.length) for (const file of readdirSync(OUT)) if (/^sd-.*--(light|dark)\.png$/.test(file)) rmSync(`${OUT}/${file}`);
const browser = await chromium.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });
let failed = 0;
try {
  for (const tone of ['light', 'dark'] as const) {
    for (const phone of [false, true]) {
      const shots = SHOTS.filter((shot) => (shot.phone || shot.variant === 'phone') === phone && (!only.length || only.includes(shot.tag)));
      if (!shots.length) continue;
      const context = await browser.newContext({ viewport: phone ? { width: 360, height: 720 } : { width: 1280, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.log(`[${tone}] page error:`, error.message));
      page.on('console', (message) => message.type() === 'error' && console.log(`[${tone}] console:`, message.text()));
      await open(page, url, tone);
      for (const shot of shots) {
        try {
          console.log(await take(page, shot, tone));
        } catch (error) {
          failed++;
          console.error(`${shot.tag}${shot.variant ? ` (${shot.variant})` : ''}, ${tone}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) {
  console.error(`${failed} shot(s) failed.`);
  process.exitCode = 1;
} else console.log(`Shots written to ${OUT}/. Now: npm run readme`);
