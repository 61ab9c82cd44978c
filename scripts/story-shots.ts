/**
 * Screenshots of stories from the static Storybook build (npm run build-storybook),
 * desktop and 360 px phone:  npx tsx scripts/story-shots.ts [id-filter]
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const root = 'storybook-static';
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  let path = join(root, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) return void response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string }> };
const filter = process.argv[2] ?? '';
const ids = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter)).map((e) => e.id);
mkdirSync('screenshots/stories', { recursive: true });
const browser = await chromium.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });
try {
  for (const [device, viewport] of [['desktop', { width: 1100, height: 760 }], ['phone', { width: 360, height: 740 }]] as const) {
    const page = await browser.newPage({ viewport });
    page.on('pageerror', (e) => console.log(`${device} page error:`, e.message));
    for (const id of ids) {
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
      await page.waitForTimeout(900);
      await page.screenshot({ path: `screenshots/stories/${id}-${device}.png` });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${ids.length} stories × 2 viewports → screenshots/stories/`);
