// The cart and the shopper never disagree, against the mock as a real HTTP server
// whose faults are real: a commit that lands after the client gave up, and a
// commit whose connection is then dropped (Chromium may even send the POST again).
import { expect } from '@open-wc/testing';
import { configure } from '../../src/config/config.js';
import { shop } from '../../src/store/index.js';
import { control, MOCK } from './host-page.js';

/** The shop's own view of this browser's cart, asked outside the store. */
const serverQuantity = async (productId: number) =>
  (await shop.client().getCart()).items.find((item) => item.product_id === productId)?.quantity ?? 0;
const viewQuantity = (productId: number) => shop.cart.$cart.get().items.find((item) => item.product_id === productId)?.quantity ?? 0;

describe('network faults on a real HTTP connection', () => {
  before(() => {
    configure({ apiBase: `${MOCK}/api/v1`, timeout: 800, retries: 0 });
  });

  beforeEach(async () => {
    await control('reset');
    await shop.cart.load({ fresh: true });
  });

  // The mock HTTP server and its guest cookie are shared with the other host tests.
  after(() => control('reset'));

  it('a late commit (after the client timed out) ends with exactly what the shopper asked for', async () => {
    await control('force-error', { endpoint: '/cart/add', kind: 'late-commit', delayMs: 1_200 });
    const outcome = await shop.cart.add(1, 1);
    expect(outcome.ok, JSON.stringify(outcome)).to.equal(true);
    expect(viewQuantity(1)).to.equal(1);
    expect(await serverQuantity(1)).to.equal(1);
    // The shopper taps again: one more, sent as an absolute quantity, not a second add of an unknown line.
    await shop.cart.add(1, 1);
    expect(await serverQuantity(1)).to.equal(2);
    expect(viewQuantity(1)).to.equal(2);
  });

  it('a commit whose connection is dropped: the view shows what the shop holds, and says so when it is not what was asked', async () => {
    await shop.client().getCart(); // a kept-alive connection for the POST to reuse
    await control('force-error', { endpoint: '/cart/add', kind: 'commit-then-drop' });
    const outcome = await shop.cart.add(1, 1);
    const held = await serverQuantity(1);
    expect(viewQuantity(1)).to.equal(held);
    expect(outcome.ok).to.equal(true);
    if (held === 1) expect(outcome).to.include({ quantity: 1 }).and.not.have.property('unexpected');
    // Chromium re-sent the POST on its own: the cart holds 2, and the shopper is told so.
    else expect(outcome).to.include({ quantity: held, unexpected: true });
  });
});
