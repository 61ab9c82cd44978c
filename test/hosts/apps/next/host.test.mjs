// Next.js (app router) with server-side rendering: the server's HTML has the elements
// with their attributes and light-DOM fallback (the quick add's "View product" link),
// which is what a shopper without JavaScript gets; in the browser React hydrates the
// very nodes the server sent (no hydration error, no client re-render), the elements
// upgrade after hydration (imported in useEffect), and then behave as in the React app.
import assert from 'node:assert/strict';
import { assertQuietConsole, frameworkChecks, waitFor, waitForUpgrade } from '../checks.mjs';

export const app = {
  title: 'Next.js 16 (app router, server-side rendering)',
  serve: { command: ['npx', 'next', 'start', '--port', '{port}', '--hostname', 'localhost'] },
};

export async function run(t) {
  const address = `${t.url}/?api=${encodeURIComponent(`${t.mock.url}/api/v1`)}`;

  await t.check('the server renders the elements with their attributes and fallback content', async () => {
    const html = await (await fetch(address)).text();
    const quickAdd = /<sd-quick-add\b[^>]*>[\s\S]*?<\/sd-quick-add>/.exec(html)?.[0] ?? '';
    assert.match(quickAdd, /product-id="1"/);
    assert.match(quickAdd, /product-name="Fresh Milk 1 L"/);
    assert.match(quickAdd, /quantity="2"/);
    assert.match(quickAdd, /style="--sd-color-primary:#000080"/, 'the style object rendered as a style attribute');
    assert.match(quickAdd, /<a href="\/shop\/product\/1">View product<\/a>/);
    assert.doesNotMatch(quickAdd, /onsd-added/, 'no event handler in the HTML');
    assert.match(html, new RegExp(`<sd-shop api-base="${t.mock.url.replace(/[.:/]/g, '\\$&')}/api/v1"`));
    assert.match(html, /<sd-mini-cart><\/sd-mini-cart>/);
  });

  await t.check('without JavaScript the shopper sees the fallback link', async () => {
    const page = await t.newPage({ javaScriptEnabled: false });
    await page.goto(address);
    assert.equal(await page.getByRole('link', { name: 'View product' }).isVisible(), true);
    assert.equal(await page.evaluate(() => document.querySelector('#qa').shadowRoot), null);
  });

  const page = await t.newPage();
  // The nodes the HTML parser made, to compare with the ones React ends up with.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const node = document.querySelector('#qa');
      if (node && !window.serverNode) window.serverNode = node;
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(address);

  await t.check('React hydrates the server-rendered elements, which upgrade afterwards and hide the fallback', async () => {
    await waitForUpgrade(page, '#qa', 'button');
    const seen = await page.evaluate(() => ({
      same: document.querySelector('#qa') === window.serverNode,
      linkShown: document.querySelector('#qa a').getClientRects().length > 0,
    }));
    assert.deepEqual(seen, { same: true, linkShown: false }, 'the quick add is the server-rendered node, its fallback link hidden');
    await waitFor(page, () => !!document.querySelector('sd-shop')?.apiBase, undefined, '<sd-shop> never read its api-base');
  });

  await frameworkChecks(t, page, { listener: 'onsd-added', style: "the style object {'--sd-color-primary': accent}" });
  // React reports a hydration mismatch as an error in the console (production builds too).
  await t.check('no hydration error or other message in the console', async () => assertQuietConsole(page));
}
