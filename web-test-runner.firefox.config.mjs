// The component tests and the script-tag page tests in Firefox (`npm run test:firefox`),
// headless, driven by puppeteer-core over WebDriver BiDi. Not part of `npm test`: it
// needs a Firefox on the machine (scripts/find-firefox.mjs says where it looks and how
// to install one). Everything else is shared with the Chromium run (scripts/wtr-shared.mjs).
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { findFirefox, firefoxVersion } from './scripts/find-firefox.mjs';
import { sharedConfig } from './scripts/wtr-shared.mjs';

let executablePath;
try {
  ({ path: executablePath } = findFirefox());
} catch (error) {
  console.error(`\nnpm run test:firefox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
console.log(`Firefox tests in ${firefoxVersion(executablePath) ?? executablePath} (${executablePath})`);

/**
 * Media features that @web/test-runner-commands' emulateMedia() sets. Puppeteer does that
 * over CDP, which Firefox does not speak, and WebDriver BiDi has no command for it; Firefox
 * has a preference for each, read live by every page, which the launcher below sets.
 */
const MEDIA_PREFS = {
  'prefers-reduced-motion': { pref: 'ui.prefersReducedMotion', values: { 'no-preference': 0, reduce: 1 } },
  'prefers-color-scheme': { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1 } },
};

/**
 * Key names that Chromium's keyboard layout knows but puppeteer's WebDriver BiDi keyboard
 * does not, with the key they stand for. Both produce the same key event (key ' ', code 'Space').
 */
const BIDI_KEYS = { Space: ' ' };

/** Runs privileged code in Firefox's parent process (needs --remote-allow-system-access). */
async function inParentProcess(browser, expression) {
  const { connection } = browser;
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox has no chrome window to set preferences from.');
  const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
  if (result.type !== 'success') throw new Error(`Firefox refused ${expression}: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
}

/** The test page, with what the test commands call and puppeteer's BiDi page lacks. */
function forFirefox(page) {
  // emulateMedia({ reducedMotion, colorScheme }): like CDP's, a feature not named goes back to the browser's own.
  page.emulateMediaFeatures = async (features = []) => {
    const statements = [];
    const queries = [];
    for (const [name, { pref, values }] of Object.entries(MEDIA_PREFS)) {
      const feature = features.find((f) => f.name === name);
      if (!feature?.value) {
        statements.push(`Services.prefs.clearUserPref(${JSON.stringify(pref)});`);
        continue;
      }
      if (!(feature.value in values)) throw new Error(`Firefox tests cannot emulate ${name}: ${feature.value}.`);
      statements.push(`Services.prefs.setIntPref(${JSON.stringify(pref)}, ${values[feature.value]});`);
      queries.push(`(${name}: ${feature.value})`);
    }
    const unknown = features.filter((f) => !(f.name in MEDIA_PREFS));
    if (unknown.length) throw new Error(`Firefox tests cannot emulate ${unknown.map((f) => f.name).join(', ')}.`);
    await inParentProcess(page.browser(), statements.join(' '));
    // Preferences reach the page's content process asynchronously: wait until it sees them.
    if (queries.length) await page.waitForFunction((qs) => qs.every((q) => matchMedia(q).matches), { timeout: 5000 }, queries);
  };
  const { keyboard } = page;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, options) => original(BIDI_KEYS[key] ?? key, options);
  }
  return page;
}

export default {
  ...sharedConfig,
  // The script-tag page tests are test/hosts/*.test.ts; test/hosts/apps/ has its own runner.
  files: ['test/components/**/*.test.ts', 'test/hosts/*.test.ts'],
  browsers: [
    // @web/test-runner-chrome's launcher is puppeteer's: given puppeteer-core and
    // `browser: 'firefox'`, it launches Firefox over WebDriver BiDi (no CDP).
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        // Lets the launcher set the media preferences above; only this test driver can use it.
        args: ['--remote-allow-system-access'],
      },
      createPage: async ({ context }) => forFirefox(await context.newPage()),
    }),
  ],
};
