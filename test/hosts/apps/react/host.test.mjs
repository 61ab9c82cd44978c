// React 19 + Vite: the elements defined before the first render; kebab-case attributes,
// a number property (`quantity`), `onsd-added` (React 19 listens for the event named
// after `on`, as written), a parent re-render, and a mini cart unmounted and mounted again.
import { frameworkChecks, assertQuietConsole } from '../checks.mjs';

export const app = {
  title: 'React 19 with Vite',
  serve: { dir: 'dist' },
};

export async function run(t) {
  const page = await t.newPage();
  await page.goto(`${t.url}/?api=${encodeURIComponent(`${t.mock.url}/api/v1`)}`);
  await frameworkChecks(t, page, { listener: 'onsd-added', style: "the style object {'--sd-color-primary': accent}" });
  await t.check('nothing in the console', async () => assertQuietConsole(page));
}
