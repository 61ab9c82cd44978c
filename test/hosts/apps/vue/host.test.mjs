// Vue 3 + Vite: isCustomElement for sd-*; static attributes, a number property bound
// with :quantity (Vue sets a property when the element has one), @sd-added on the
// element, <sd-shop :api-base> instead of configure(), a parent re-render and a mini
// cart removed and added again with v-if.
import { frameworkChecks, assertQuietConsole } from '../checks.mjs';

export const app = {
  title: 'Vue 3 with Vite',
  serve: { dir: 'dist' },
};

export async function run(t) {
  const page = await t.newPage();
  await page.goto(`${t.url}/?api=${encodeURIComponent(`${t.mock.url}/api/v1`)}`);
  await frameworkChecks(t, page, { listener: '@sd-added', style: ':style="{\'--sd-color-primary\': accent}"' });
  await t.check('nothing in the console', async () => assertQuietConsole(page));
}
