// <sd-notify-me>, the back-in-stock form, in Chromium, against the mock shop.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/notify-me/sd-notify-me.js';
import type { SdNotifyMe } from '../../src/components/notify-me/notify-me.component.js';
import { isEmailAddress } from '../../src/components/notify-me/notify-me.component.js';
import { shop } from '../../src/store/index.js';
import { accessibleName, recordRequests, text, useMockShop } from './helpers.js';

const mock = useMockShop();

const form = (el: SdNotifyMe) => ({
  form: el.shadowRoot!.querySelector<HTMLFormElement>('form')!,
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
/** An address built so that a backtracking pattern (the old `[^\s@]+\.[^\s@]{2,}$`) takes quadratic time. */
const hostile = (size: number) => `a@${'a.'.repeat(size / 2)}@`;

describe('<sd-notify-me>', () => {
  it('appears only for an out-of-stock product, and reflects what it shows', async () => {
    const inStock = await fixture<SdNotifyMe>(html`<sd-notify-me product-id="1"></sd-notify-me>`);
    const out = await ready(5);
    await waitUntil(() => shop.stock.stockOf(1).get().state === 'ready');
    await inStock.updateComplete;
    expect(inStock.shadowRoot!.querySelector('form')).to.equal(null);
    expect(inStock.getAttribute('state')).to.equal('hidden');
    expect(out.getAttribute('state')).to.equal('idle');
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
    el.addEventListener('sd-subscribe', (e) => events.push(e));
    form(el).email.focus();
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
    expect(el.getAttribute('state')).to.equal('subscribed');
    const sub = mock().controls.state().subscribers.find((s) => s.product_id === 5)!;
    expect(sub).to.include({ email: 'rahim@example.com', phone: '+8801712345678', notify_sms: true });
    expect(events[0]!.detail).to.deep.equal({ productId: 5, channels: ['email', 'sms'] });
    expect(JSON.stringify(events[0]!.detail)).not.to.contain('rahim');
  });

  it('cannot be submitted twice while saving', async () => {
    mock().controls.setLatency(200);
    const el = await ready();
    const { email, submit } = form(el);
    email.value = 'karim@example.com';
    submit.click();
    submit.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'), 'no confirmation', { timeout: 3000 });
    expect(mock().controls.state().subscribers.length).to.equal(1);
  });

  it('says when the shopper is already on the list', async () => {
    await shop.client().subscribeToStock(5, { email: 'rahim@example.com' });
    const el = await ready(5);
    form(el).email.value = 'rahim@example.com';
    form(el).submit.click();
    await waitUntil(() => text(el).includes('already on the list'), `said: ${text(el)}`);
  });

  it('a returning visitor who subscribed on this device is told so without asking the server', async () => {
    await shop.subscriptions.subscribe(13, { email: 'nila@example.com' });
    const log = recordRequests(mock());
    const el = await fixture<SdNotifyMe>(html`<sd-notify-me product-id="13"></sd-notify-me>`);
    await waitUntil(() => text(el).includes("You'll be notified when it's back."), `said: ${text(el)}`);
    expect((await log.stop()).filter(({ path }) => path.includes('notify-stock'))).to.deep.equal([]);
    expect(localStorage.getItem('smart-dairy-widgets:back-in-stock')).to.equal('[13]');
  });

  it('shows the backend’s reason in plain words, and keeps what was typed on a network failure', async () => {
    const el = await ready(1, true);
    const { email, submit } = form(el);
    email.value = 'a@example.com';
    submit.click();
    await waitUntil(() => text(el).includes('in stock now'), `said: ${text(el)}`);
    mock().controls.forceError('/product/<id>/notify-stock', 'network', 3);
    submit.click();
    await waitUntil(() => text(el).includes('Could not reach the shop'), `said: ${text(el)}`);
    expect(form(el).email.value).to.equal('a@example.com');
    expect(el.getAttribute('state')).to.equal('failed');
  });

  it('disappears when the product is back in stock', async () => {
    const el = await ready(13);
    mock().controls.setStock(13, 20);
    shop.stock.refresh([13]);
    await waitUntil(() => !el.shadowRoot!.querySelector('form'), 'form still shown after restock');
    expect(mock().controls.notifications()).to.deep.equal([]);
  });

  describe('the email field', () => {
    it('takes at most 254 characters', async () => {
      expect(form(await ready()).email.maxLength).to.equal(254);
    });

    it('checks a 100 kB string in linear time: it is refused, and the call returns at once', () => {
      const started = performance.now();
      expect(isEmailAddress(hostile(100_000))).to.equal(false);
      expect(isEmailAddress(`${'a'.repeat(100_000)}@example.com`)).to.equal(false);
      // A sanity bound only: the backtracking pattern took seconds on this input.
      expect(performance.now() - started).to.be.below(1000);
      expect(isEmailAddress('rahim@example.com')).to.equal(true);
      expect(isEmailAddress(`${'a'.repeat(64)}@${'b'.repeat(180)}.com`)).to.equal(true);
    });

    const bad: [string, string][] = [
      ['a pasted 100 kB string', hostile(100_000)],
      ['a NUL', 'rahim\u0000@example.com'],
      ['a right-to-left override', 'ra\u202Ehim@example.com'],
      ['bidi isolates', '\u2066rahim@example.com\u2069'],
      ['a left-to-right embedding', '\u202Arahim@example.com'],
      ['255 characters', `${'a'.repeat(243)}@example.com`],
    ];
    for (const [what, value] of bad) {
      it(`refuses ${what} with the same inline error as other invalid input, and sends nothing`, async () => {
        const el = await ready();
        const { email, submit } = form(el);
        const log = recordRequests(mock());
        email.value = value;
        submit.click();
        await el.updateComplete;
        expect(email.getAttribute('aria-invalid')).to.equal('true');
        expect(el.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.equal('Enter an email address like name@example.com.');
        // A request the page makes now is answered after any the submit could have made.
        await shop.cart.load({ fresh: true });
        expect((await log.stop()).filter(({ path }) => path.includes('notify-stock'))).to.deep.equal([]);
      });
    }
  });

  describe('several forms on one page', () => {
    const listing = () =>
      fixture(html`<div>
        <sd-notify-me product-id="5" product-name="Low-Fat Milk 1 L"></sd-notify-me>
        <sd-notify-me product-id="13" product-name="Salted Butter 100 g"></sd-notify-me>
        <sd-notify-me product-id="18" product-name="Borhani 500 ml"></sd-notify-me>
      </div>`);

    it('have distinct accessible names that include the product name', async () => {
      const page = await listing();
      const forms = [...page.querySelectorAll('sd-notify-me')];
      await waitUntil(() => forms.every((el) => el.shadowRoot!.querySelector('form')), `forms never shown: ${forms.map((el) => el.getAttribute('state') + JSON.stringify(shop.stock.stockOf(el.productId!).get()))}`);
      const names = await Promise.all(forms.map((el) => accessibleName(form(el).form)));
      expect(names).to.deep.equal(['Get an alert when Low-Fat Milk 1 L is back', 'Get an alert when Salted Butter 100 g is back', 'Get an alert when Borhani 500 ml is back']);
    });

    for (const named of [true, false]) {
      it(`pass axe's landmark-unique ${named ? 'with product names' : 'without product names (no landmark then)'}`, async () => {
        const page = named
          ? await listing()
          : await fixture(html`<div><sd-notify-me product-id="5"></sd-notify-me><sd-notify-me product-id="13"></sd-notify-me><sd-notify-me product-id="18"></sd-notify-me></div>`);
        await waitUntil(() => [...page.querySelectorAll('sd-notify-me')].every((el) => el.shadowRoot!.querySelector('form')), 'forms never shown');
        if (!window.axe) await import('axe-core/axe.min.js');
        const results = await (window.axe as unknown as { run(context: Element, options: object): Promise<{ violations: unknown[]; passes: unknown[] }> }).run(page, {
          runOnly: ['landmark-unique'],
        });
        expect(results.violations).to.deep.equal([]);
        await expect(page).to.be.accessible();
      });
    }

    it('clamp a huge product name in the form’s name', async () => {
      const el = await fixture<SdNotifyMe>(html`<sd-notify-me product-id="5" product-name=${'Milk '.repeat(200_000)}></sd-notify-me>`);
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'form never shown');
      expect((await accessibleName(form(el).form)).length).to.be.below(180);
      expect(el.getBoundingClientRect().height).to.be.below(800);
    });
  });
});
