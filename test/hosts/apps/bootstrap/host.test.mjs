// A Bootstrap 5 page with Odoo's website_sale markup (navbar with .my_cart_quantity,
// product grid of .oe_product_cart forms) and theme code that knows only the seed's
// cart:add / cart:updated events on document. The widgets come in with the script tag
// and <sd-shop api-base> (set by the theme's config file).
import assert from 'node:assert/strict';
import { assertQuietConsole, clickAdd, waitFor, waitForCart, waitForUpgrade } from '../checks.mjs';

export const app = {
  title: 'Bootstrap 5 page with Odoo markup and cart:* theme code',
  serve: { dir: 'dist' },
};

export async function run(t) {
  const page = await t.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${t.url}/?api=${encodeURIComponent(`${t.mock.url}/api/v1`)}`);

  await t.check('the widgets upgrade in the Bootstrap grid and keep their size', async () => {
    await waitForUpgrade(page, '#qa', 'button');
    await waitForUpgrade(page, 'sd-mini-cart', 'toggle');
    await waitForCart(page, 0);
    assert.equal(await page.evaluate(() => document.querySelector('sd-shop').apiBase), `${t.mock.url}/api/v1`);
    const button = await page.locator('#qa').locator('[part="button"]').boundingBox();
    assert.ok(button && button.width >= 80 && button.height >= 32, `the Add to cart button is ${JSON.stringify(button)}`);
    assert.equal(await page.locator('#qa').locator('[part="quantity"]').count(), 1, 'with-quantity shows the quantity selector');
  });

  await t.check('cart:updated drives the theme badge and cart:add the Bootstrap toast after a widget add', async () => {
    // The shopper picks 2 in the quick add's own quantity selector, then adds.
    await page.locator('#qa').locator('sd-quantity-selector').locator('input').fill('2');
    await clickAdd(page, '#qa');
    await waitFor(page, () => document.querySelector('.my_cart_quantity').textContent === '2', undefined, 'the theme badge (.my_cart_quantity) never said 2');
    assert.equal(await page.locator('.my_cart_quantity').isVisible(), true);
    await waitFor(page, () => document.querySelector('#o_cart_toast').classList.contains('show'), undefined, 'the Bootstrap toast never showed');
    assert.match(await page.locator('#o_cart_toast .toast-body').textContent(), /^Added 2 × product 1\. Your cart has 2 items\.$/);
    await waitForCart(page, 2);
  });

  await t.check("the theme's own add with cart:updated makes the widgets fetch the cart again", async () => {
    await page.click('#o_theme_add');
    await waitForCart(page, 3);
    await waitFor(page, () => document.querySelector('.my_cart_quantity').textContent === '3', undefined, 'the theme badge never said 3');
  });

  await t.check("Bootstrap's own JavaScript works beside the elements", async () => {
    await page.setViewportSize({ width: 500, height: 700 });
    await waitFor(page, () => getComputedStyle(document.querySelector('#top_menu_collapse')).display === 'none', undefined, 'the menu did not collapse at 500 px');
    await page.click('.navbar-toggler');
    await waitFor(page, () => document.querySelector('#top_menu_collapse').classList.contains('show'), undefined, 'the navbar toggler did not open the menu');
    await waitForCart(page, 3);
    assert.equal(await page.locator('sd-mini-cart').locator('[part="toggle"]').isVisible(), true, 'the mini cart in the opened menu');
  });

  await t.check('nothing in the console', async () => assertQuietConsole(page));
}
