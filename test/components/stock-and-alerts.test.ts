// Stock badges and the back-in-stock form, in Chromium, against the mock shop.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/stock-badge/sd-stock-badge.js';
import '../../src/components/notify-me/sd-notify-me.js';
import '../../src/components/quick-add/sd-quick-add.js';
import '../../src/config/sd-shop.js';
import type { SdStockBadge } from '../../src/components/stock-badge/stock-badge.component.js';
import type { SdNotifyMe } from '../../src/components/notify-me/notify-me.component.js';
import { shop } from '../../src/store/index.js';
import { startMockShop } from '../../mock-server/browser.js';

let mock: Awaited<ReturnType<typeof startMockShop>>;
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const badge = async (id: number | string, extra = '') => {
  const el = await fixture<SdStockBadge>(html`<sd-stock-badge product-id=${id} ?compact=${extra === 'compact'}></sd-stock-badge>`);
  return el;
};

before(async () => {
  mock = await startMockShop();
});
beforeEach(async () => {
  mock.controls.reset();
  shop.client().invalidateStock();
  localStorage.clear();
  shop.subscriptions.$subscribed.set([]);
  await shop.cart.load({ fresh: true });
});

describe('<sd-stock-badge>', () => {
  const cases: [number, string, string][] = [
    [1, 'in_stock', 'In stock'],
    [4, 'low_stock', 'Only 6 left'],
    [8, 'low_stock', 'Low stock'],
    [13, 'out_of_stock', 'Out of stock'],
    [11, 'preorder', 'Pre-order'],
    [27, 'in_stock', 'In stock'],
  ];
  for (const [id, status, words] of cases) {
    it(`says "${words}" for product ${id} (${status}), in words and with an icon`, async () => {
      const el = await badge(id);
      await waitUntil(() => el.status === status, `status was ${el.status}`);
      expect(text(el)).to.contain(words);
      expect(el.shadowRoot!.querySelector('[part="badge"] svg')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('adds the restock date and how many are waiting when out of stock', async () => {
    await shop.client().subscribeToStock(5, { email: 'a@example.com' });
    await shop.client().subscribeToStock(5, { email: 'b@example.com' });
    shop.client().invalidateStock();
    const el = await badge(5);
    await waitUntil(() => el.status === 'out_of_stock');
    expect(text(el)).to.match(/Back on \d{1,2} [A-Z][a-z]{2}/);
    expect(text(el)).to.contain('2 people waiting');
  });

  it('in Bengali', async () => {
    const host = await fixture(html`<sd-shop locale="bn"><sd-stock-badge product-id="4"></sd-stock-badge></sd-shop>`);
    const el = host.querySelector('sd-stock-badge')!;
    await waitUntil(() => el.status === 'low_stock');
    expect(text(el)).to.contain('মাত্র ৬টি বাকি');
  });

  it('keeps its space while loading, and shows nothing misleading when the look-up fails', async () => {
    mock.controls.setLatency(300);
    const el = await badge(1);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    const loadingHeight = el.getBoundingClientRect().height;
    await waitUntil(() => el.status === 'in_stock', 'never loaded', { timeout: 3000 });
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
    mock.controls.setLatency(0);
    mock.controls.forceError('/products/stock-status', 'server', 1);
    const failed = await badge(2);
    await waitUntil(() => shop.stock.stockOf(2).get().state === 'error', `state: ${JSON.stringify(shop.stock.stockOf(2).get())}`, { timeout: 3000 });
    await failed.updateComplete;
    expect(text(failed)).to.equal('');
    expect(failed.status).to.equal(undefined);
  });

  it('follows the shop: after this browser changes the cart, and when the tab is visible again', async () => {
    const el = await badge(7);
    await waitUntil(() => text(el).includes('Only 3 left'));
    // The shop's stock moves behind our back; a cart change makes the badge ask again.
    mock.db.product(7)!.qty_available = 2;
    await shop.cart.add(7, 1);
    await waitUntil(() => text(el).includes('Only 2 left'), `badge says ${text(el)}`);
    // Sold out while the shopper was in another tab: coming back shows the truth.
    mock.db.product(7)!.qty_available = 0;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => el.status === 'out_of_stock', `badge says ${text(el)}`);
  });

  it('quick add is disabled for what cannot be bought, from the same stock answer', async () => {
    const page = await fixture(html`<div><sd-stock-badge product-id="13"></sd-stock-badge><sd-quick-add product-id="13"></sd-quick-add></div>`);
    const button = page.querySelector('sd-quick-add')!.shadowRoot!.querySelector('button')!;
    await waitUntil(() => button.getAttribute('aria-disabled') === 'true');
    expect(page.querySelector('sd-stock-badge')!.status).to.equal('out_of_stock');
  });
});

describe('<sd-notify-me>', () => {
  const form = (el: SdNotifyMe) => ({
    email: el.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!,
    phone: el.shadowRoot!.querySelector<HTMLInputElement>('input[type="tel"]')!,
    sms: el.shadowRoot!.querySelector<HTMLInputElement>('input[name="notify_sms"]')!,
    submit: el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!,
  });
  const ready = async (id = 5, always = false) => {
    const el = await fixture<SdNotifyMe>(html`<sd-notify-me product-id=${id} ?always=${always}></sd-notify-me>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'form never shown');
    return el;
  };

  it('appears only for an out-of-stock product', async () => {
    const inStock = await fixture<SdNotifyMe>(html`<sd-notify-me product-id="1"></sd-notify-me>`);
    const out = await ready(5);
    await waitUntil(() => shop.stock.stockOf(1).get().state === 'ready');
    await inStock.updateComplete;
    expect(inStock.shadowRoot!.querySelector('form')).to.equal(null);
    expect(form(out).submit.textContent).to.contain('Notify me');
    await expect(out).to.be.accessible();
  });

  it('validates: tells which field is wrong, ties the message to it, and moves focus there', async () => {
    const el = await ready();
    const { email, phone, sms, submit } = form(el);
    email.value = 'not-an-email';
    sms.click();
    submit.click();
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const described = el.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!)!;
    expect(described.textContent).to.contain('name@example.com');
    expect(el.shadowRoot!.activeElement).to.equal(email);
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.textContent).to.contain('Add a mobile number to get an SMS');
    await expect(el).to.be.accessible();
  });

  it('subscribes from the keyboard alone, sends a normalised number, and says so', async () => {
    const el = await ready();
    const events: CustomEvent[] = [];
    el.addEventListener('sd-subscribe', (e) => events.push(e as CustomEvent));
    const { email } = form(el);
    email.focus();
    await sendKeys({ type: 'rahim@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '017-1234 5678' });
    await sendKeys({ press: 'Tab' }); // the email checkbox
    await sendKeys({ press: 'Tab' }); // the SMS checkbox
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'), 'no confirmation');
    expect(text(el)).to.contain("We'll email and text you when it's back.");
    const sub = mock.controls.state().subscribers.find((s) => s.product_id === 5)!;
    expect(sub).to.include({ email: 'rahim@example.com', phone: '+8801712345678', notify_sms: true });
    expect(events[0]!.detail).to.deep.equal({ productId: 5, channels: ['email', 'sms'] });
    expect(JSON.stringify(events[0]!.detail)).not.to.contain('rahim');
  });

  it('cannot be submitted twice while saving', async () => {
    mock.controls.setLatency(200);
    const el = await ready();
    const { email, submit } = form(el);
    email.value = 'karim@example.com';
    submit.click();
    submit.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'), 'no confirmation', { timeout: 3000 });
    mock.controls.setLatency(0);
    expect(mock.controls.state().subscribers.length).to.equal(1);
  });

  it('says when the shopper is already on the list', async () => {
    await shop.client().subscribeToStock(5, { email: 'rahim@example.com' });
    const el = await ready(5);
    form(el).email.value = 'rahim@example.com';
    form(el).submit.click();
    await waitUntil(() => text(el).includes("already on the list"), `said: ${text(el)}`);
  });

  it('a returning visitor who subscribed on this device is told so without asking the server', async () => {
    await shop.subscriptions.subscribe(13, { email: 'nila@example.com' });
    const asked: string[] = [];
    const listener = ({ request }: { request: Request }) => void (request.url.includes('notify-stock') && asked.push(request.url));
    mock.worker.events.on('request:start', listener);
    const el = await fixture<SdNotifyMe>(html`<sd-notify-me product-id="13"></sd-notify-me>`);
    await waitUntil(() => text(el).includes("You'll be notified when it's back."), `said: ${text(el)}`);
    mock.worker.events.removeListener('request:start', listener);
    expect(asked).to.deep.equal([]);
    expect(localStorage.getItem('smart-dairy-widgets:back-in-stock')).to.equal('[13]');
  });

  it('shows the backend’s reason in plain words, and keeps what was typed on a network failure', async () => {
    const el = await ready(1, true);
    const { email, submit } = form(el);
    email.value = 'a@example.com';
    submit.click();
    await waitUntil(() => text(el).includes('in stock now'), `said: ${text(el)}`);
    mock.controls.forceError('/product/<id>/notify-stock', 'network', 3);
    submit.click();
    await waitUntil(() => text(el).includes('Could not reach the shop'), `said: ${text(el)}`);
    expect(form(el).email.value).to.equal('a@example.com');
  });

  it('disappears when the product is back in stock', async () => {
    const el = await ready(13);
    mock.controls.setStock(13, 20);
    shop.stock.refresh([13]);
    await waitUntil(() => !el.shadowRoot!.querySelector('form'), 'form still shown after restock');
    expect(mock.controls.notifications()).to.deep.equal([]);
  });
});
