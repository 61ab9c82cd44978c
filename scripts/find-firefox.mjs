// Which Firefox `npm run test:firefox` drives (web-test-runner.firefox.config.mjs).
// Nothing here downloads a browser: FIREFOX_PATH, else the usual places. Run it as
// a script (`node scripts/find-firefox.mjs`) to print the one found, or to fail
// with how to install one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isMain } from './is-main.mjs';

const USUAL_PLACES = [
  '/usr/bin/firefox-esr', // Debian, Ubuntu: apt-get install firefox-esr
  '/usr/bin/firefox',
  '/usr/local/bin/firefox',
  '/opt/firefox/firefox', // Mozilla's tarball unpacked into /opt
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export const HOW_TO_INSTALL =
  'Install one: `apt-get install firefox-esr` (Debian/Ubuntu), or a Firefox from mozilla.org ' +
  '(https://www.mozilla.org/firefox/), or set FIREFOX_PATH to the firefox executable.';

/** @returns {{ path: string, source: string }} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is ${fromEnv}, which does not exist. ${HOW_TO_INSTALL}`);
    return { path: fromEnv, source: 'FIREFOX_PATH' };
  }
  const installed = USUAL_PLACES.find((path) => existsSync(path));
  if (installed) return { path: installed, source: 'installed' };
  throw new Error(`No Firefox found (looked at FIREFOX_PATH and ${USUAL_PLACES.join(', ')}). ${HOW_TO_INSTALL}`);
}

/** "Mozilla Firefox 153.7.0esr", or undefined when the binary will not say. */
export function firefoxVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

if (isMain(import.meta.url)) {
  try {
    const { path, source } = findFirefox();
    const version = firefoxVersion(path);
    console.log(`Firefox: ${path} (${source}${version ? `, ${version}` : ''})`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
