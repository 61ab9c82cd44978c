import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/quantity-selector/sd-quantity-selector.js';
import '../../src/config/sd-shop.js';
import type { SdQuantitySelector } from '../../src/components/quantity-selector/quantity-selector.component.js';
import { configure, DEFAULT_CONFIG } from '../../src/config/config.js';
import { consoleDuring } from './helpers.js';

const parts = (el: SdQuantitySelector) => ({
  input: el.shadowRoot!.querySelector<HTMLInputElement>('[part="input"]')!,
  minus: el.shadowRoot!.querySelector<HTMLButtonElement>('[part="decrement"]')!,
  plus: el.shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!,
  message: el.shadowRoot!.querySelector<HTMLElement>('[part="message"]')!,
});

describe('<sd-quantity-selector>', () => {
  it('is a spinbutton with named − and + buttons', async () => {
    const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector value="2" min="1" max="5"></sd-quantity-selector>`);
    const { input, minus, plus } = parts(el);
    expect(input.getAttribute('role')).to.equal('spinbutton');
    expect(input.getAttribute('aria-valuenow')).to.equal('2');
    expect(input.getAttribute('aria-valuemax')).to.equal('5');
    expect(minus.getAttribute('aria-label')).to.equal('Decrease quantity');
    expect(plus.getAttribute('aria-label')).to.equal('Increase quantity');
    await expect(el).to.be.accessible();
  });

  it('names its controls after the product', async () => {
    const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector product-name="Mishti Doi"></sd-quantity-selector>`);
    expect(parts(el).plus.getAttribute('aria-label')).to.equal('Increase quantity of Mishti Doi');
    expect(parts(el).input.getAttribute('aria-label')).to.equal('Quantity of Mishti Doi');
  });

  it('steps with the buttons, stops at min and max, and fires input and change', async () => {
    const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector value="1" min="1" max="3"></sd-quantity-selector>`);
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push(`change:${el.value}`));
    const { minus, plus } = parts(el);
    minus.click();
    expect(el.value).to.equal(1);
    plus.click();
    plus.click();
    plus.click();
    await el.updateComplete;
    expect(el.value).to.equal(3);
    expect(plus.getAttribute('aria-disabled')).to.equal('true');
    expect(events).to.deep.equal(['input', 'change:2', 'input', 'change:3']);
  });

  it('follows the keyboard: arrows, Home and End', async () => {
    const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector value="2" min="1" max="9"></sd-quantity-selector>`);
    parts(el).input.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal(3);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal(1);
    await sendKeys({ press: 'End' });
    expect(el.value).to.equal(9);
    await sendKeys({ press: 'Home' });
    expect(el.value).to.equal(1);
  });

  it('takes a typed whole number on Enter, and Bengali digits too', async () => {
    const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector value="1" max="20"></sd-quantity-selector>`);
    const { input } = parts(el);
    input.focus();
    input.select();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    expect(el.value).to.equal(12);
    input.select();
    await sendKeys({ type: '৭' });
    await sendKeys({ press: 'Enter' });
    expect(el.value).to.equal(7);
  });

  for (const typed of ['0', '-2', '2.5', 'abc', '']) {
    it(`refuses "${typed}" with a message and keeps the value`, async () => {
      const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector value="3"></sd-quantity-selector>`);
      let changes = 0;
      el.addEventListener('change', () => changes++);
      const { input, message } = parts(el);
      input.focus();
      input.select();
      if (typed) await sendKeys({ type: typed });
      else await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value).to.equal(3);
      expect(changes).to.equal(0);
      expect(input.value).to.equal('3');
      expect(message.textContent).to.match(/whole number|smallest quantity/);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
    });
  }

  it('lowers a typed value above max to max, and says so', async () => {
    const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector value="1" max="4"></sd-quantity-selector>`);
    const { input, message } = parts(el);
    input.focus();
    input.select();
    await sendKeys({ type: '40' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal(4);
    expect(message.textContent).to.contain('The largest quantity is 4');
  });

  it('submits its value with a host form, and resets with it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <sd-quantity-selector name="qty" value="2"></sd-quantity-selector>
      <button>Buy</button>
    </form>`);
    const el = form.querySelector('sd-quantity-selector')!;
    parts(el).plus.click();
    await el.updateComplete;
    expect(new FormData(form).get('qty')).to.equal('3');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(2);
    expect(new FormData(form).get('qty')).to.equal('2');
  });

  it('has the new value in its form before the next frame, even far down the page (a sticky bar sets it, then submits)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><div style="height: 300vh"></div><sd-quantity-selector name="qty" value="1"></sd-quantity-selector></form>`);
    const el = form.querySelector('sd-quantity-selector')!;
    // Two frames: the widgets' sight observer has reported that it is out of sight.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    let nextFrame = false;
    requestAnimationFrame(() => (nextFrame = true));
    el.value = 5;
    await el.updateComplete;
    expect(new FormData(form).get('qty')).to.equal('5');
    expect(nextFrame, 'before the next frame').to.equal(false);
  });

  it('submits the host form on Enter with the typed value', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sd-quantity-selector name="qty" value="1"></sd-quantity-selector></form>`);
    let submitted: FormDataEntryValue | null = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form).get('qty');
    });
    const { input } = parts(form.querySelector('sd-quantity-selector')!);
    input.focus();
    input.select();
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal('5');
  });

  it('is disabled with a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><sd-quantity-selector name="qty"></sd-quantity-selector></fieldset></form>`);
    const el = form.querySelector('sd-quantity-selector')!;
    await el.updateComplete;
    expect(parts(el).input.disabled).to.equal(true);
    parts(el).plus.click();
    expect(el.value).to.equal(1);
  });

  it('shows Bengali digits inside a Bengali <sd-shop>', async () => {
    const shop = await fixture(html`<sd-shop locale="bn"><sd-quantity-selector value="12"></sd-quantity-selector></sd-shop>`);
    const el = shop.querySelector('sd-quantity-selector')!;
    await el.updateComplete;
    expect(parts(el).input.value).to.equal('১২');
    expect(parts(el).plus.getAttribute('aria-label')).to.equal('পরিমাণ বাড়ান');
  });

  for (const [attribute, given] of [
    ['value', '3.0'],
    ['value', '0x10'],
    ['min', ' 2'],
    ['max', '1e3'],
    ['step', '0x2'],
  ] as const) {
    it(`refuses ${attribute}="${given}" (plain digits only) with a console message`, async () => {
      const warnings = await consoleDuring('warn', async () => {
        const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector></sd-quantity-selector>`);
        el.setAttribute(attribute, given);
        await el.updateComplete;
        expect(el.value).to.equal(1);
        expect(el.step).to.equal(1);
        expect(el.min).to.equal(1);
        expect(el.max).to.equal(undefined);
      });
      expect(warnings.join()).to.contain(`${attribute} must be a whole number`);
      expect(warnings.join()).to.contain(JSON.stringify(given));
    });
  }

  it('never goes above the shop’s maxQuantity: typed, End, or a larger max', async () => {
    const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector value="1"></sd-quantity-selector>`);
    const { input, message } = parts(el);
    expect(input.getAttribute('aria-valuemax')).to.equal('9999');
    input.focus();
    input.select();
    await sendKeys({ type: '9007199254740993' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(9999);
    expect(message.textContent).to.contain('The largest quantity is 9,999');
    configure({ maxQuantity: 20 });
    el.max = 50;
    await sendKeys({ press: 'End' });
    expect(el.value).to.equal(20);
    configure({ maxQuantity: DEFAULT_CONFIG.maxQuantity });
  });

  it('declares and reflects size (small, for cart lines)', async () => {
    const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector></sd-quantity-selector>`);
    const medium = parts(el).plus.getBoundingClientRect().height;
    el.size = 'small';
    await el.updateComplete;
    expect(el.getAttribute('size')).to.equal('small');
    expect(parts(el).plus.getBoundingClientRect().height).to.be.below(medium);
  });

  it('warns in the console and recovers from a bad step', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    const el = await fixture<SdQuantitySelector>(html`<sd-quantity-selector step="0" value="2"></sd-quantity-selector>`);
    console.warn = original;
    parts(el).plus.click();
    expect(el.value).to.equal(3);
    expect(warnings.join()).to.contain('step must be a whole number');
  });
});
