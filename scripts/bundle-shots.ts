/**
 * Looks at the bundle elements: the demo's combo deals row, every mock bundle's
 * card in a grid, and the mini cart with a bundle group, on a desktop and a 360 px
 * phone, in English and Bengali. Writes PNGs to screenshots/bundles/.
 *   npx tsx scripts/bundle-shots.ts
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls!.local[0]!;
const out = 'screenshots/bundles';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });
const settle = (page: Page, ms = 800) => page.waitForTimeout(ms);

try {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    for (const lang of ['en', 'bn'] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${device} ${lang}] console ${m.type()}:`, m.text()));
      page.on('pageerror', (e) => console.log(`[${device} ${lang}] page error:`, e.message));
      await page.goto(`${url}?lang=${lang}`);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${url}?lang=${lang}`);
      await page.waitForSelector('sd-bundle-list[state="ready"]');
      await settle(page);
      const deals = page.locator('#deals');
      await deals.screenshot({ path: `${out}/deals-row-${device}-${lang}.png` });
      // Every bundle as a grid: the same list, laid out as a grid.
      await page.evaluate(() => document.querySelector('sd-bundle-list')!.setAttribute('layout', 'grid'));
      await settle(page);
      if (device === 'desktop') await deals.screenshot({ path: `${out}/deals-grid-${device}-${lang}.png` });
      // A few cards on their own: available, a component out of stock, not started, a price in paisa.
      const card = (id: number) => page.locator('sd-bundle-list').locator(`sd-bundle-card[bundle-id="${id}"]`);
      for (const id of [1, 5, 14, 13]) await card(id).screenshot({ path: `${out}/card-${id}-${device}-${lang}.png` });
      await page.evaluate(() => document.querySelector('sd-bundle-list')!.setAttribute('layout', 'row'));
      await settle(page);
      // Add the first bundle: the mini cart (show-on-add) opens with the group.
      await page.locator('sd-bundle-card').first().locator('[part="button"]').click();
      await settle(page, 1200);
      await page.screenshot({ path: `${out}/drawer-${device}-${lang}.png` });
      await page.keyboard.press('Escape');
      await settle(page);
      await deals.screenshot({ path: `${out}/deals-added-${device}-${lang}.png` });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${out}/`);
