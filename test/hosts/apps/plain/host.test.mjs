// A plain HTML page with the script tag, its files copied from the installed package:
// the fallback before the script, attributes in the HTML, a property set by the page's
// code, sd-added heard on document, show-on-add opening the drawer, and a product list
// that the page replaces (as an AJAX filter does) without losing the cart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertQuietConsole, clickAdd, waitFor, waitForCart, waitForText, waitForUpgrade } from '../checks.mjs';

export const app = {
  title: 'Plain HTML page with the script tag',
  serve: { dir: 'dist' },
};

const { version } = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8'));

export async function run(t) {
  const address = `${t.url}/?api=${encodeURIComponent(`${t.mock.url}/api/v1`)}`;

  await t.check('before the script arrives the fallback link shows', async () => {
    const page = await t.newPage();
    await page.route('**/static/smart-dairy-widgets.js', (route) => route.abort());
    await page.goto(address);
    assert.equal(await page.getByRole('link', { name: 'View product' }).isVisible(), true);
    assert.equal(await page.evaluate(() => customElements.get('sd-quick-add')), undefined);
  });

  const page = await t.newPage();
  await page.goto(address);

  await t.check("the packed script defines every element and sets window.SmartDairyWidgets", async () => {
    await waitForUpgrade(page, '#qa', 'button');
    await waitForUpgrade(page, 'sd-mini-cart', 'toggle');
    await waitForCart(page, 0);
    const seen = await page.evaluate(() => ({
      version: window.SmartDairyWidgets.version,
      defined: ['sd-mini-cart', 'sd-quick-add', 'sd-stock-badge', 'sd-quantity-selector', 'sd-notify-me', 'sd-shop'].filter((tag) => customElements.get(tag)),
      linkShown: document.querySelector('#qa a').getClientRects().length > 0,
    }));
    assert.deepEqual(seen, { version, defined: ['sd-mini-cart', 'sd-quick-add', 'sd-stock-badge', 'sd-quantity-selector', 'sd-notify-me', 'sd-shop'], linkShown: false });
  });

  await t.check('attributes in the HTML become typed properties', async () => {
    const seen = await page.evaluate(() => {
      const qa = document.querySelector('#qa');
      return { productId: qa.productId, quantity: qa.quantity, price: qa.price, productName: qa.productName };
    });
    assert.deepEqual(seen, { productId: 1, quantity: 2, price: 95, productName: 'Fresh Milk 1 L' });
  });

  await t.check('a property set by page code is used; sd-added is heard on document; show-on-add opens the drawer', async () => {
    await page.evaluate(() => (document.querySelector('#qa').quantity = 3));
    await clickAdd(page, '#qa');
    await waitForText(page, '#added', '1×3', 'sd-added {productId: 1, quantity: 3} never reached document');
    await waitForCart(page, 3);
    const dialog = page.locator('sd-mini-cart').locator('dialog[part="drawer"]');
    await waitFor(page, () => document.querySelector('sd-mini-cart').shadowRoot.querySelector('dialog').open, undefined, 'the drawer did not open');
    assert.match(await dialog.textContent(), /Fresh Milk 1 L/);
    await page.keyboard.press('Escape');
    await waitFor(page, () => !document.querySelector('sd-mini-cart').shadowRoot.querySelector('dialog').open, undefined, 'Escape did not close the drawer');
  });

  await t.check('a product list the page replaces upgrades again and adds to the same cart', async () => {
    await page.evaluate(() => (document.querySelector('#qa').hostMark = 'old'));
    await page.click('#reload-list');
    await waitForUpgrade(page, '#qa', 'button');
    assert.equal(await page.evaluate(() => document.querySelector('#qa').hostMark), undefined, 'a new element');
    await waitForCart(page, 3);
    await clickAdd(page, '#qa');
    await waitForText(page, '#added', '1×1', 'the new quick add was not heard');
    assert.equal(await page.locator('#added-count').textContent(), '2');
    await waitForCart(page, 4);
    await page.keyboard.press('Escape');
  });

  await t.check('nothing in the console', async () => assertQuietConsole(page));
}
