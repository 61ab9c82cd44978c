/**
 * Looks at what we made: the demo shop in Chromium, on a desktop and a 360 px
 * phone, closed and with the drawer open. Writes PNGs to screenshots/.
 *   npx tsx scripts/screenshots.ts [path-of-page] [name]
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls!.local[0]!;
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: (await findChrome()).path,
  args: CHROME_ARGS,
});

const settle = (page: Page) => page.waitForTimeout(600);
const query = process.argv[2] ?? '';

try {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 860 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console:`, m.text()));
    page.on('pageerror', (e) => console.log(`[${name}] page error:`, e.message));
    await page.goto(url + query);
    await page.waitForSelector('sd-quick-add');
    await settle(page);
    await page.screenshot({ path: `screenshots/demo-${name}.png` });
    // An out-of-stock card: badge, disabled button, back-in-stock form.
    await page.locator('.card').nth(4).screenshot({ path: `screenshots/card-out-of-stock-${name}.png` });
    // Add a product: the header cart has show-on-add, so the drawer opens.
    await page.locator('sd-quick-add').nth(6).locator('[part="button"]').click();
    await settle(page);
    await page.screenshot({ path: `screenshots/drawer-${name}.png` });
    await page.keyboard.press('Escape');
    await settle(page);
    await page.screenshot({ path: `screenshots/demo-${name}-added.png` });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('screenshots written to screenshots/');
