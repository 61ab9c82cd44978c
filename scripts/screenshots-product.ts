/**
 * Looks at the demo's product pages (issue 11): the shopper browses a few products,
 * then the page of the last one is shot on a desktop and a 360 px phone, in English
 * and Bengali, with an FAQ open, and after "Copy link". Writes PNGs to screenshots/.
 *   npx tsx scripts/screenshots-product.ts
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls!.local[0]!;
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });

const settle = (page: Page) => page.waitForTimeout(700);

try {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    for (const lang of ['en', 'bn'] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${device} ${lang}] console ${m.type()}:`, m.text()));
      page.on('pageerror', (e) => console.log(`[${device} ${lang}] page error:`, e.message));
      const suffix = lang === 'bn' ? '&lang=bn' : '';
      // Browse from product to product: the strip fills.
      for (const id of [1, 9, 14, 6]) {
        await page.goto(`${url}product.html?id=${id}${suffix}`);
        await page.waitForSelector('sd-track-view', { state: 'attached' });
        await settle(page);
      }
      await page.goto(`${url}product.html?id=7${suffix}`);
      await page.waitForSelector('sd-recently-viewed:not([hidden])');
      await settle(page);
      await page.screenshot({ path: `screenshots/product-${device}-${lang}.png`, fullPage: true });
      await page.locator('sd-share-bar').screenshot({ path: `screenshots/share-bar-${device}-${lang}.png` });
      await page.locator('sd-recently-viewed').screenshot({ path: `screenshots/recently-viewed-${device}-${lang}.png` });
      const question = page.locator('sd-product-guide [part="question"]').nth(1);
      await question.click();
      await page.waitForFunction(() => document.querySelector('sd-product-guide')?.shadowRoot?.querySelectorAll('[aria-expanded="true"]').length === 1);
      await page.locator('sd-product-guide').screenshot({ path: `screenshots/guide-${device}-${lang}.png` });
      await page.locator('sd-share-bar [part="copy"]').click();
      await settle(page);
      await page.locator('sd-share-bar').screenshot({ path: `screenshots/share-bar-copied-${device}-${lang}.png` });
      console.log(`[${device} ${lang}] JSON-LD scripts in head:`, await page.locator('head script[type="application/ld+json"]').count());
      // The shop's grid links each card to its product page.
      await page.goto(`${url}${lang === 'bn' ? '?lang=bn' : ''}`);
      await page.waitForSelector('sd-quick-add');
      await settle(page);
      await page.locator('#grid .card').first().screenshot({ path: `screenshots/shop-card-${device}-${lang}.png` });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('screenshots written to screenshots/');
