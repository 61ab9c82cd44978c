// Svelte 5 + Vite: attributes, a number property ({quantity}: Svelte sets a property when
// the element has one), the event attribute onsd-added in a runes component and
// on:sd-added in a Svelte 4-syntax component, a parent re-render, a mini cart removed
// and added again with {#if}.
import assert from 'node:assert/strict';
import { assertQuietConsole, clickAdd, frameworkChecks, waitForCart, waitForText } from '../checks.mjs';

export const app = {
  title: 'Svelte 5 with Vite',
  serve: { dir: 'dist' },
  typeErrors: {
    script: 'typecheck:wrong',
    expect: [
      /WrongTypes\.svelte:7:\d+\s+Error: Type '"seven"' is not assignable to type 'number \| `\$\{number\}`/,
      /WrongTypes\.svelte:8:\d+\s+Error: Type 'string' is not assignable to type 'number'/,
      /WrongTypes\.svelte:9:\d+\s+Error: Type 'string' is not assignable to type 'boolean/,
      /WrongTypes\.svelte:10:\d+\s+Error: Property 'nope' does not exist on type 'SdAddedDetail'/,
      /WrongTypes\.svelte:11:\d+\s+Error: Type '"fr"' is not assignable to type 'Locale/,
      /WrongTypes\.svelte:13:\d+\s+Error: Type 'string' is not assignable to type 'number'/,
    ],
  },
};

export async function run(t) {
  const page = await t.newPage();
  await page.goto(`${t.url}/?api=${encodeURIComponent(`${t.mock.url}/api/v1`)}`);
  await frameworkChecks(t, page, { listener: 'onsd-added', style: 'style:--sd-color-primary={accent}' });
  await t.check('on:sd-added (Svelte 4 syntax) hears the add of a second quick add, in the same cart', async () => {
    assert.equal(await page.evaluate(() => document.querySelector('#legacy-qa').price), 120, 'price="120" read as a number');
    await clickAdd(page, '#legacy-qa');
    await waitForText(page, '#legacy-added', '6×1', 'on:sd-added never heard sd-added {productId: 6, quantity: 1}');
    await waitForCart(page, 6);
  });
  await t.check('nothing in the console', async () => assertQuietConsole(page));
}
