/**
 * Opens every Docs page and every story of the static Storybook build in Chromium
 * and fails on what a designer would hit:
 *   - a page error (an exception nobody caught) on any page;
 *   - a console error on a Docs page (stories may log on purpose: a story of an
 *     invalid guide says so in the console; those are listed, not failed);
 *   - Storybook's error screen, or a Docs page without its element;
 *   - a request that leaves this machine (Storybook runs offline);
 *   - a chunk over 500 kB, except the two that are each ONE prebuilt vendor module
 *     (no chunking can split them; see .storybook/main.ts).
 *
 *   npm run build-storybook && npm run test:storybook [-- id-filter]
 * Not part of `npm test` (it needs the build and a browser).
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { SINGLE_MODULE_CHUNK_LIMIT_KB } from '../.storybook/limits.js';
import { TOOLBAR_SCENARIOS } from '../stories/mock.js';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error(`No ${root}/index.json: run \`npm run build-storybook\` first.`);
  process.exit(1);
}

// Chunks: Vite warns above 500 kB (minified). Two chunks are each ONE prebuilt
// module that no chunking can divide (see .storybook/main.ts): they are held to
// their size today instead, so that neither grows unnoticed.
const LIMIT = 500 * 1000;
const SINGLE_MODULE_VENDORS: { name: RegExp; what: string; limit: number }[] = [
  { name: /^sb-preview-runtime-/, what: "Storybook's preview runtime", limit: SINGLE_MODULE_CHUNK_LIMIT_KB * 1000 },
  { name: /^axe-/, what: 'axe-core (the accessibility check)', limit: 700 * 1000 },
];
const failures: string[] = [];
const assets = readdirSync(join(root, 'assets')).filter((file) => file.endsWith('.js'));
const chunkSizes = assets.map((file) => ({ file, size: statSync(join(root, 'assets', file)).size })).sort((a, b) => b.size - a.size);
for (const { file, size } of chunkSizes) {
  const vendor = SINGLE_MODULE_VENDORS.find((candidate) => candidate.name.test(file));
  const limit = vendor?.limit ?? LIMIT;
  if (size > limit) failures.push(`chunk ${file} is ${(size / 1000).toFixed(1)} kB (over ${limit / 1000} kB${vendor ? `, the most ${vendor.what} may be` : ''})`);
}
for (const vendor of SINGLE_MODULE_VENDORS) if (!chunkSizes.some(({ file }) => vendor.name.test(file))) failures.push(`no chunk named like ${vendor.name} (${vendor.what}): the chunk names in .storybook/main.ts changed`);

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((request, response) => {
  let path = join(root, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) return void response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

interface Entry {
  id: string;
  type: 'docs' | 'story';
  title: string;
  name: string;
  tags?: string[];
}
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { entries: Record<string, Entry> };
const filter = process.argv[2] ?? '';
const entries = Object.values(index.entries).filter((entry) => entry.id.includes(filter));
const docs = entries.filter((entry) => entry.type === 'docs');

/** The tag each Docs page documents, from its stories file's meta (`component`). */
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.tagName).filter((tag): tag is string => !!tag));

const browser = await chromium.launch({ executablePath: (await findChrome()).path, args: CHROME_ARGS });
const notes: string[] = [];

/**
 * Shows an entry in the page's one preview, as the Storybook UI does when a
 * designer picks it (the preview is loaded once), and waits until Storybook says
 * it rendered — or failed.
 */
async function show(page: Page, entry: Entry): Promise<string | undefined> {
  const outcome = await untilFinished(
    page,
    `if (${JSON.stringify(entry.type)} === 'docs') channel.once('docsRendered', () => finish('rendered'));
    else channel.once('storyFinished', storyFinished);
    channel.once('storyMissing', () => finish('missing from the index'));
    channel.once('playFunctionThrewException', (error) => finish('its play function threw: ' + JSON.stringify(error).slice(0, 300)));
    window.__STORYBOOK_PREVIEW__.onSetCurrentStory({ storyId: ${JSON.stringify(entry.id)}, viewMode: ${JSON.stringify(entry.type)} });`,
  );
  // Let the mock answer and the elements settle (nobody waits out the slow scenario's 1.5 s here).
  await page.waitForTimeout(entry.type === 'docs' ? 1_000 : 600);
  return outcome === 'rendered' ? undefined : outcome;
}

/**
 * Runs `action` in the preview and resolves with how the story ended: 'rendered', or what
 * went wrong (an accessibility violation, an error screen, an exception, 20 s without an end).
 * A string, so that no build step adds helpers the page does not have; `action` may use
 * `channel`, `finish` and `storyFinished` (a story is finished once its play function and
 * the accessibility check, afterEach, ran).
 */
async function untilFinished(page: Page, action: string): Promise<string> {
  return (await page.evaluate(`new Promise((resolve) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    const timer = setTimeout(() => resolve('did not render within 20 s'), 20000);
    const finish = (result) => { clearTimeout(timer); resolve(result); };
    const storyFinished = ({ status, reporters }) => {
      const a11y = (reporters || []).find((report) => report.type === 'a11y');
      const violations = (a11y && a11y.result && a11y.result.violations) || [];
      if (violations.length) finish('accessibility: ' + violations.map((v) => v.id + ' (' + v.impact + ', ' + v.nodes.length + 'x: ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ') + ')').join('; '));
      else if (status !== 'success') finish('finished with status ' + status + ': ' + JSON.stringify(reporters).slice(0, 300));
      else finish('rendered');
    };
    channel.once('storyErrored', (error) => finish("Storybook's error screen: " + JSON.stringify(error).slice(0, 300)));
    channel.once('storyThrewException', (error) => finish('the story threw: ' + JSON.stringify(error).slice(0, 300)));
    ${action}
  })`)) as string;
}

/** Stories the toolbar's scenarios are tried on: the cart, an add, stock. */
const SCENARIO_STORIES = ['cart-mini-cart--with-lines', 'cart-quick-add--default', 'stock-stock-badge--every-status'];

/** What the first element of a story shows in some scenarios (the scenario took effect). */
const SCENARIO_SHOWS: Record<string, Record<string, RegExp>> = {
  'cart-mini-cart--with-lines': { empty: /Your cart is empty/, 'many-lines': /\(27 items\)/, story: /\(9 items\)/ },
  'stock-stock-badge--every-status': { 'out-of-stock': /Out of stock/, story: /In stock/ },
};

/** Chooses a toolbar scenario for the story shown, and waits until it finished again. */
async function setScenario(page: Page, scenario: string): Promise<string | undefined> {
  const outcome = await untilFinished(
    page,
    `channel.once('storyFinished', storyFinished);
    window.__STORYBOOK_PREVIEW__.onUpdateGlobals({ globals: { scenario: ${JSON.stringify(scenario)} } });`,
  );
  await page.waitForTimeout(600);
  return outcome === 'rendered' ? undefined : outcome;
}

try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  // Nothing leaves this machine.
  await context.route(/^(?!http:\/\/127\.0\.0\.1:|data:|blob:)/, (route) => {
    failures.push(`request to ${route.request().url()} (Storybook must run offline)`);
    return route.abort();
  });
  const page = await context.newPage();
  let current: Entry | undefined;
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => failures.push(`${current?.id}: page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${current?.id}: ${response.status()} for ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  /** The preview, loaded afresh (once at the start, and again after a story that never finished). */
  const load = async (entry: Entry | undefined) => {
    await page.goto(`${base}/iframe.html?id=${entry?.id}&viewMode=${entry?.type}`);
    await page.waitForFunction(() => '__STORYBOOK_PREVIEW__' in window && '__STORYBOOK_ADDONS_CHANNEL__' in window);
  };
  // The preview, once; then every entry in it, one after another.
  if (entries.length) await load(entries[0]);
  for (const entry of entries) {
    current = entry;
    consoleErrors.length = 0;
    if (process.env.VERBOSE) console.log(entry.id);
    // Storybook reloads the preview when a story is chosen while the last one is still
    // rendering or playing: that is a story that never finishes, reported as such.
    const problem = await show(page, entry).catch((error: Error) => `the preview reloaded while it was shown (${error.message.split('\n')[0]})`);
    if (problem) {
      failures.push(`${entry.id}: ${problem}`);
      await load(entry).catch((error: Error) => failures.push(`${entry.id}: the preview did not load again: ${error.message.split('\n')[0]}`));
      continue;
    }
    if (entry.type === 'docs') {
      // The library's own diagnostics for host developers (an unknown product, an invalid
      // guide) are shown on purpose by some stories: listed, not failed.
      for (const text of consoleErrors) {
        if (text.startsWith('[smart-dairy-widgets]')) notes.push(`${entry.id}: ${text.slice(0, 200)}`);
        else failures.push(`${entry.id}: console error on the Docs page: ${text}`);
      }
      // The element is on the page, or in the story's own frame (a story shown with
      // docs.story.inline: false, like the mini cart's modal drawer).
      const shown = async () => {
        if (await page.evaluate((known) => known.some((tag) => document.querySelector(`#storybook-docs ${tag}`)), tags)) return true;
        const frames = page.frames().filter((frame) => frame !== page.mainFrame());
        const found = await Promise.all(frames.map((frame) => frame.evaluate((known) => known.some((tag) => document.querySelector(tag)), tags).catch(() => false)));
        return found.includes(true);
      };
      let documented = await shown();
      for (const given = Date.now() + 15_000; !documented && Date.now() < given; documented = await shown()) await page.waitForTimeout(250);
      if (!documented) failures.push(`${entry.id}: the Docs page shows no element`);
      const rows = await page.locator('#storybook-docs table.docblock-argstable tbody tr').count();
      if (rows === 0) failures.push(`${entry.id}: the Docs page has no reference table`);
    } else {
      for (const text of consoleErrors) notes.push(`${entry.id}: ${text.slice(0, 200)}`);
      // An element must never make its host page scroll sideways (the viewport is 1100 px wide).
      const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      if (scrollWidth! > width! + 1) failures.push(`${entry.id}: the page scrolls sideways (${scrollWidth} px wide in a ${width} px viewport)`);
    }
  }


  // The toolbar's mock scenarios (latency, failures, restock, empty cart, session
  // expired…), each on a few stories: chosen as a designer does, in the same preview.
  if (!filter || filter === 'scenarios') {
    for (const id of SCENARIO_STORIES) {
      const entry = index.entries[id];
      if (!entry) {
        failures.push(`scenarios: no story ${id}`);
        continue;
      }
      current = entry;
      if (entries.length === 0) await load(entry);
      else {
        const problem = await show(page, entry).catch((error: Error) => `the preview reloaded (${error.message.split('\n')[0]})`);
        if (problem) failures.push(`${id}: ${problem}`);
      }
      for (const scenario of [...Object.keys(TOOLBAR_SCENARIOS).filter((name) => name !== 'story'), 'story']) {
        current = { ...entry, id: `${id} (scenario ${scenario})` };
        const problem = await setScenario(page, scenario).catch((error: Error) => `the preview reloaded (${error.message.split('\n')[0]})`);
        const text = await page.evaluate(() => document.querySelector('sd-mini-cart, sd-quick-add, sd-stock-badge')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
        if (process.env.VERBOSE) console.log(current.id, text.slice(0, 160));
        const expected = SCENARIO_SHOWS[id]?.[scenario];
        if (!problem && expected && !expected.test(text)) failures.push(`${current.id}: the first element does not show ${expected} (it shows "${text.slice(0, 120)}")`);
        if (problem) {
          failures.push(`${current.id}: ${problem}`);
          await load(entry).catch(() => undefined);
        }
      }
    }
  }
  await context.close();

  // The Docs pages as a designer opens them: the manager at ?path=/docs/…, which must
  // find the page (not "no story matches") and show the element in its preview. A
  // browser of its own: after the pass above (long mock answers still pending), the
  // mock's worker can be left not controlling the next page, whose requests then
  // reach the static server.
  const managerContext = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  await managerContext.route(/^(?!http:\/\/127\.0\.0\.1:|data:|blob:)/, (route) => {
    failures.push(`request to ${route.request().url()} (Storybook must run offline)`);
    return route.abort();
  });
  // A second Storybook tab stays open, as a designer's usually does. The mock's worker
  // unregisters itself when its last page closes, which `goto` below does each time;
  // the next page then starts uncontrolled, and its first requests (an image, /cart)
  // can reach the static server before the new worker claims it.
  const keeper = await managerContext.newPage();
  await keeper.goto(`${base}/iframe.html`);
  const manager = await managerContext.newPage();
  manager.on('pageerror', (error) => failures.push(`?path=/docs/${current?.id}: page error: ${error.message}`));
  manager.on('response', (response) => {
    if (response.status() >= 400) failures.push(`?path=/docs/${current?.id}: ${response.status()} for ${response.url()}`);
  });
  for (const entry of docs) {
    current = entry;
    await manager.goto(`${base}/?path=/docs/${entry.id}`);
    const frame = manager.frameLocator('#storybook-preview-iframe');
    const shown = await frame
      .locator([...tags.map((tag) => `#storybook-docs ${tag}`), '#storybook-docs iframe'].join(', '))
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    const text = `${await manager.locator('body').innerText()}\n${await frame.locator('body').innerText().catch(() => '')}`;
    const missing = /no story matches|couldn.t find|not found/i.exec(text);
    if (missing) failures.push(`?path=/docs/${entry.id}: the manager says "${missing[0]}"`);
    else if (!shown) failures.push(`?path=/docs/${entry.id}: the manager shows no element in the Docs page`);
  }
  await managerContext.close();
} finally {
  await browser.close();
  server.close();
}

// Every element has a Docs page.
if (!filter) {
  const titles = new Set(docs.map((entry) => entry.title));
  const byTag = new Map<string, string>();
  for (const file of readdirSync('stories').filter((name) => name.endsWith('.stories.ts'))) {
    const source = readFileSync(join('stories', file), 'utf8');
    const tag = /^\s*component: '([a-z-]+)'/m.exec(source)?.[1];
    const title = /^\s*title: '([^']+)'/m.exec(source)?.[1];
    if (tag && title && /tags: \[[^\]]*'autodocs'/.test(source) && titles.has(title)) byTag.set(tag, title);
  }
  for (const tag of tags) if (!byTag.has(tag)) failures.push(`<${tag}> has no Docs page (a stories file with component: '${tag}' and tags: ['autodocs'])`);
  // …and a story in Bengali (named so: "Bengali", "… (বাংলা)", "…Bn").
  const bengali = (entry: Entry) => /bengali|-bn(-|$)/i.test(entry.id) || /বাংলা|Bengali/.test(entry.name);
  for (const [tag, title] of byTag) {
    if (!entries.some((entry) => entry.type === 'story' && entry.title === title && bengali(entry))) failures.push(`<${tag}> has no story in Bengali (in ${title})`);
  }
}

console.log(`${docs.length} Docs pages and ${entries.length - docs.length} stories opened; ${assets.length} chunks checked, the largest:`);
for (const { file, size } of chunkSizes.slice(0, 8)) console.log(`  ${(size / 1000).toFixed(1).padStart(7)} kB  ${file}`);
if (notes.length) console.log(`Console errors of stories (logged on purpose or not — worth a look):\n  ${notes.join('\n  ')}`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Storybook: every Docs page found from the manager, no page error, no console error on a Docs page, no accessibility violation, offline, chunks split.');
