// Which Chrome/Chromium the tests, screenshots and benchmarks drive. No tool here
// downloads a browser: a Chrome already on the machine is used when there is one
// (CHROME_PATH, then the usual places), otherwise the headless Chromium that the
// dev dependency @sparticuz/chromium carries inside its npm package (unpacked once
// into the temp directory; it needs no root and no apt-get).
import { existsSync } from 'node:fs';

const USUAL_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags every launch uses: this machine has no sandbox, no GPU and a closed network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {Promise<{ path: string, source: string }>} */
export async function findChrome() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH is ${process.env.CHROME_PATH}, which does not exist.`);
    return { path: process.env.CHROME_PATH, source: 'CHROME_PATH' };
  }
  const installed = USUAL_PLACES.find((path) => existsSync(path));
  if (installed) return { path: installed, source: 'installed' };
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return { path: await chromium.executablePath(), source: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      'No Chrome/Chromium found: set CHROME_PATH, install Chrome or Chromium, or run `npm install` ' +
        `so that the dev dependency @sparticuz/chromium provides one (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}
