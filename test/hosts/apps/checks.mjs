// Checks shared by the host apps' tests (host.test.mjs in each app), run by
// scripts/test-hosts.mjs in Chromium through playwright-core. They look at the page as
// a host developer would: the elements' attributes, properties, roles and parts, the
// app's own output of the events it received, and the shared cart.
import assert from 'node:assert/strict';

/** Waits until `predicate(arg)` is truthy in the page; fails with `message` and the last value seen. */
export async function waitFor(page, predicate, arg, message, timeout = 10_000) {
  try {
    return await (await page.waitForFunction(predicate, arg, { timeout, polling: 50 })).jsonValue();
  } catch (error) {
    throw new Error(`${message} (${error instanceof Error ? error.message.split('\n')[0] : error})`);
  }
}

/** The mini cart's button label ("Cart, 2 items"), or '' before it has rendered. */
export const cartLabel = (page, selector = 'sd-mini-cart') =>
  page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[part="toggle"]')?.getAttribute('aria-label') ?? '', selector);

/** Waits for the mini cart's button to say `items` items. */
export function waitForCart(page, items, selector = 'sd-mini-cart') {
  const pattern = `\\b${items} items?\\b`;
  return waitFor(
    page,
    ({ selector, pattern }) => new RegExp(pattern).test(document.querySelector(selector)?.shadowRoot?.querySelector('[part="toggle"]')?.getAttribute('aria-label') ?? ''),
    { selector, pattern },
    `the mini cart (${selector}) never said ${items} item(s)`,
  );
}

/** Waits until the element is upgraded and has rendered its shadow root content. */
export function waitForUpgrade(page, selector, part) {
  return waitFor(
    page,
    ({ selector, part }) => {
      const element = document.querySelector(selector);
      return !!element && customElements.get(element.localName) !== undefined && element instanceof customElements.get(element.localName) && !!element.shadowRoot?.querySelector(`[part~="${part}"]`);
    },
    { selector, part },
    `${selector} never upgraded and rendered its ${part} part`,
  );
}

/** Clicks the quick add's button (inside its shadow root). */
export async function clickAdd(page, selector = 'sd-quick-add') {
  await page.locator(selector).locator('[part="button"]').click();
}

/** The text of an element of the app (its own rendering of what it received). */
export const text = (page, selector) => page.locator(selector).textContent({ timeout: 5000 }).then((value) => (value ?? '').trim());

export function waitForText(page, selector, expected, message) {
  return waitFor(
    page,
    ({ selector, expected }) => (document.querySelector(selector)?.textContent ?? '').trim() === expected,
    { selector, expected },
    message ?? `${selector} never read "${expected}"`,
  );
}

/** The page's console errors and warnings, and uncaught errors, none expected. */
export function assertQuietConsole(page, allowed = []) {
  const problems = page.problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
  assert.deepEqual(problems, [], `the page logged:\n${problems.join('\n')}`);
}

/**
 * The checks every framework app shares. The app renders, in a component of its own:
 *   <sd-mini-cart> (unmounted and mounted again by #toggle-cart),
 *   <sd-quick-add id="qa" product-id="1" product-name="Fresh Milk 1 L" price="95"> with quantity 2 set from state,
 *   its sd-added listener writing #added ("productId×quantity"), #added-count and #cart-count (detail.cart.item_count),
 *   #qty-up (quantity + 1), #rerender (a parent state change; #renders counts them),
 *   the quick add's --sd-color-primary bound from state (#000080, then #800000 after #accent).
 */
export const NAVY = 'rgb(0, 0, 128)';
export const MAROON = 'rgb(128, 0, 0)';

/** The quick add's button colour, which --sd-color-primary on its host sets. */
export function waitForButtonColour(page, colour, message) {
  return waitFor(
    page,
    (colour) => getComputedStyle(document.querySelector('#qa').shadowRoot.querySelector('[part="button"]')).backgroundColor === colour,
    colour,
    message,
  );
}

export async function frameworkChecks(t, page, { listener, style }) {
  await t.check('the elements upgrade inside the framework-rendered tree', async () => {
    await waitForUpgrade(page, '#qa', 'button');
    await waitForUpgrade(page, 'sd-mini-cart', 'toggle');
    await waitForCart(page, 0);
  });

  await t.check('attributes set by the framework reach the element', async () => {
    const seen = await page.evaluate(() => {
      const qa = document.querySelector('#qa');
      return { attribute: qa.getAttribute('product-id'), productId: qa.productId, productName: qa.productName, price: qa.price };
    });
    assert.deepEqual(seen, { attribute: '1', productId: 1, productName: 'Fresh Milk 1 L', price: 95 });
    // product-name reached the rendering: the button's accessible name is "Add to cart : Fresh Milk 1 L".
    assert.equal(await page.locator('#qa').getByRole('button', { name: /^Add to cart\s*:\s*Fresh Milk 1 L$/ }).count(), 1, 'the button named for Fresh Milk 1 L');
  });

  await t.check('a number property set by the framework is a number on the element', async () => {
    const quantity = await page.evaluate(() => document.querySelector('#qa').quantity);
    assert.equal(quantity, 2);
  });

  await t.check(`${style} from state reaches the element's shadow DOM, and follows the state`, async () => {
    await waitForButtonColour(page, NAVY, 'the button never took --sd-color-primary #000080 from the binding');
    await page.click('#accent');
    await waitForButtonColour(page, MAROON, 'the button never took the new --sd-color-primary #800000');
  });

  await t.check(`${listener} receives sd-added with its typed detail, and the mini cart shows the add`, async () => {
    await clickAdd(page, '#qa');
    await waitForText(page, '#added', '1×2', `${listener} never got sd-added {productId: 1, quantity: 2}`);
    assert.equal(await text(page, '#added-count'), '1');
    assert.equal(await text(page, '#cart-count'), '2', 'detail.cart.item_count');
    await waitForCart(page, 2);
  });

  await t.check('a state change updates the property on the same element', async () => {
    await page.evaluate(() => (document.querySelector('#qa').hostMark = 'before'));
    await page.click('#qty-up');
    await waitFor(page, () => document.querySelector('#qa').quantity === 3, undefined, 'quantity never became 3');
    assert.equal(await page.evaluate(() => document.querySelector('#qa').hostMark), 'before', 'the framework kept the element');
  });

  await t.check('after a parent re-render the element keeps its attributes, its cart and one listener', async () => {
    await page.evaluate(() => {
      document.querySelector('#qa').hostMark = 'kept';
      document.querySelector('sd-mini-cart').hostMark = 'kept';
    });
    const before = await text(page, '#renders');
    await page.click('#rerender');
    await waitFor(page, (before) => document.querySelector('#renders').textContent.trim() !== before, before, '#renders never changed: the parent did not re-render');
    const after = await page.evaluate(() => {
      const qa = document.querySelector('#qa');
      const cart = document.querySelector('sd-mini-cart');
      return {
        marks: [qa.hostMark, cart.hostMark],
        attributes: [qa.getAttribute('product-id'), qa.getAttribute('product-name')],
        quantity: qa.quantity,
        upgraded: !!qa.shadowRoot?.querySelector('[part="button"]'),
      };
    });
    assert.deepEqual(after, { marks: ['kept', 'kept'], attributes: ['1', 'Fresh Milk 1 L'], quantity: 3, upgraded: true });
    await waitForCart(page, 2);
    await clickAdd(page, '#qa');
    await waitForText(page, '#added', '1×3', 'the add after the re-render was not heard');
    assert.equal(await text(page, '#added-count'), '2', 'exactly one more sd-added heard (no lost or doubled listener)');
    await waitForCart(page, 5);
  });

  await t.check('a mini cart mounted again shows the same cart', async () => {
    await page.click('#toggle-cart');
    await waitFor(page, () => !document.querySelector('sd-mini-cart'), undefined, 'the mini cart was not unmounted');
    await page.click('#toggle-cart');
    await waitForUpgrade(page, 'sd-mini-cart', 'toggle');
    assert.equal(await page.evaluate(() => document.querySelector('sd-mini-cart').hostMark), undefined, 'a new element');
    await waitForCart(page, 5);
  });
}
