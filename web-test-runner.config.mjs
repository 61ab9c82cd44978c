// Component tests in real Chromium. No test tool downloads a browser here: see
// scripts/chrome.mjs for which one is used. What every browser's run shares (the
// test page, the mock's HTTP servers, middleware) is in scripts/wtr-shared.mjs;
// web-test-runner.firefox.config.mjs runs the same tests in Firefox.
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';
import { sharedConfig } from './scripts/wtr-shared.mjs';

const { path: executablePath } = await findChrome();

export default {
  ...sharedConfig,
  files: ['test/components/**/*.test.ts', 'test/hosts/**/*.test.ts'],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
};
