// <sd-share-bar> in Chromium: real links with the right encoding, UTM merged into
// any URL, the share sheet and "Copy link" with and without the browser's help,
// sd-share for each, and nothing loaded from another origin.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/share-bar/sd-share-bar.js';
import '../../src/config/sd-shop.js';
import type { SdShareBar } from '../../src/components/share-bar/share-bar.component.js';
import type { SdShareEvent } from '../../src/events/sd-share.js';
import { accessibleName, consoleDuring, deepActive, part } from './helpers.js';
import { expectFits, restoreStubs, stub } from './page-helpers.js';

const NETWORKS = ['whatsapp', 'facebook', 'x', 'telegram', 'linkedin', 'email'] as const;
const utm = (source: string) => `utm_source=${source}&utm_medium=social&utm_campaign=product_share`;
const link = (el: SdShareBar, network: string) => part<HTMLAnchorElement>(el, network);
const status = (el: SdShareBar) => part(el, 'status').textContent!.trim();
/** The parameters a link's address carries, decoded as the network will decode them. */
const params = (href: string) => Object.fromEntries(new URL(href).searchParams);
/** Every sd-share the element fires, until the test ends. */
function shares(el: HTMLElement): SdShareEvent['detail'][] {
  const seen: SdShareEvent['detail'][] = [];
  el.addEventListener('sd-share', (event) => seen.push(event.detail));
  return seen;
}
/** Clicks on links open nothing during the test (the default action is cancelled after sd-share). */
const keepPage = (el: Element) => el.addEventListener('click', (event) => event.composedPath()[0] instanceof Element && (event.composedPath()[0] as Element).closest('a') && event.preventDefault());

afterEach(() => {
  restoreStubs();
  document.head.querySelector('link[rel="canonical"][data-test]')?.remove();
});

describe('<sd-share-bar>', () => {
  beforeEach(() => {
    // A browser without a share sheet unless a test gives it one.
    stub(navigator, 'share', undefined);
  });

  it('offers every network as a real, named link that opens in a new tab, then Copy link', async () => {
    const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7" title="Sour Doi"></sd-share-bar>`);
    const items = [...part(el, 'list').children].map((li) => li.firstElementChild!.getAttribute('part'));
    expect(items).to.deep.equal(['link whatsapp', 'link facebook', 'link x', 'link telegram', 'link linkedin', 'link email', 'copy']);
    const names = [];
    for (const network of NETWORKS) {
      const a = link(el, network);
      expect(a.localName).to.equal('a');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.getAttribute('target'), network).to.equal(network === 'email' ? null : '_blank');
      names.push(await accessibleName(a));
    }
    expect(names).to.deep.equal(['Share on WhatsApp', 'Share on Facebook', 'Share on X', 'Share on Telegram', 'Share on LinkedIn', 'Share by email']);
    expect(await accessibleName(part(el, 'copy'))).to.equal('Copy link');
    expect(link(el, 'whatsapp').href.startsWith('https://wa.me/')).to.be.true;
    expect(link(el, 'facebook').href.startsWith('https://www.facebook.com/sharer/sharer.php?')).to.be.true;
    expect(link(el, 'x').href.startsWith('https://x.com/intent/tweet?')).to.be.true;
    expect(link(el, 'telegram').href.startsWith('https://t.me/share/url?')).to.be.true;
    expect(link(el, 'linkedin').href.startsWith('https://www.linkedin.com/sharing/share-offsite/?')).to.be.true;
    expect(link(el, 'email').href.startsWith('mailto:?')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('names itself in Bengali on a Bengali page', async () => {
    const shop = await fixture(html`<sd-shop locale="bn"><sd-share-bar url="https://shop.example/p/7"></sd-share-bar></sd-shop>`);
    const el = shop.querySelector('sd-share-bar')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="label"]')?.textContent?.includes('শেয়ার'), 'no Bengali');
    expect(await accessibleName(link(el, 'whatsapp'))).to.equal('WhatsApp-এ শেয়ার করুন');
    expect(await accessibleName(part(el, 'copy'))).to.equal('লিংক কপি করুন');
    await expect(el).to.be.accessible();
  });

  it('picks and orders networks with networks="…", and says once what it cannot offer (Messenger and typos)', async () => {
    const messages = await consoleDuring('warn', async () => {
      const el = await fixture<SdShareBar>(html`<sd-share-bar networks="copy, whatsapp messenger faceboook facebook whatsapp"></sd-share-bar>`);
      expect([...part(el, 'list').children].map((li) => li.firstElementChild!.getAttribute('part'))).to.deep.equal(['copy', 'link whatsapp', 'link facebook']);
      el.text = 'again';
      await el.updateComplete;
    });
    expect(messages).to.have.length(2);
    expect(messages[0]).to.contain('Messenger').and.to.contain('app id');
    expect(messages[1]).to.contain('"faceboook" is not a network');
  });

  describe('encoding: what each network receives is exactly what was meant', () => {
    const cases = [
      {
        what: 'spaces, &, ?, # and + in the URL and the title',
        url: 'https://shop.example/p/doi?size=500 g&pack=2+1#reviews',
        title: 'Doi & Ghee: 50% off? #deal 1+1',
        text: '',
        shared: `https://shop.example/p/doi?size=500%20g&pack=2+1&${utm('%s')}#reviews`,
      },
      {
        what: 'Bengali text and emoji, a Bengali path, a relative URL',
        url: '/পণ্য/মিষ্টি-দই?ref=হোম',
        title: 'মিষ্টি দই ৫০০ গ্রাম 🍨',
        text: 'খেতে দারুণ! 😋 Try it & see',
        shared: `${location.origin}/%E0%A6%AA%E0%A6%A3%E0%A7%8D%E0%A6%AF/%E0%A6%AE%E0%A6%BF%E0%A6%B7%E0%A7%8D%E0%A6%9F%E0%A6%BF-%E0%A6%A6%E0%A6%87?ref=%E0%A6%B9%E0%A7%8B%E0%A6%AE&${utm('%s')}`,
      },
    ];
    for (const { what, url, title, text, shared } of cases) {
      it(what, async () => {
        const el = await fixture<SdShareBar>(html`<sd-share-bar url=${url} title=${title} text=${text}></sd-share-bar>`);
        const expected = (network: string) => shared.replace('%s', network);
        const message = text || title;
        expect(params(link(el, 'whatsapp').href)).to.deep.equal({ text: `${message} ${expected('whatsapp')}` });
        expect(params(link(el, 'facebook').href)).to.deep.equal({ u: expected('facebook') });
        expect(params(link(el, 'x').href)).to.deep.equal({ text: message, url: expected('x') });
        expect(params(link(el, 'telegram').href)).to.deep.equal({ url: expected('telegram'), text: message });
        expect(params(link(el, 'linkedin').href)).to.deep.equal({ url: expected('linkedin') });
        expect(params(link(el, 'email').href)).to.deep.equal({ subject: title, body: text ? `${text}\n\n${expected('email')}` : expected('email') });
        for (const network of NETWORKS) {
          const href = link(el, network).getAttribute('href')!;
          // Nothing left raw: a space, a "+" meaning a space, a second "#", non-ASCII.
          const query = href.slice(href.indexOf('?') + 1);
          expect(query, network).to.match(/^[A-Za-z0-9_.~!*'()%=&-]*$/);
        }
      });
    }
  });

  describe('UTM parameters', () => {
    it('are added after an existing query (kept as it was, old utm_* dropped) and before the fragment', async () => {
      const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7?q=a+b&x=%20&utm_source=newsletter&UTM_MEDIUM=mail#faq"></sd-share-bar>`);
      expect(params(link(el, 'facebook').href).u).to.equal(`https://shop.example/p/7?q=a+b&x=%20&${utm('facebook')}#faq`);
      expect(params(link(el, 'linkedin').href).url).to.equal(`https://shop.example/p/7?q=a+b&x=%20&${utm('linkedin')}#faq`);
    });

    it('start the query of a URL that has none, before its fragment', async () => {
      const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7#faq"></sd-share-bar>`);
      expect(params(link(el, 'telegram').href).url).to.equal(`https://shop.example/p/7?${utm('telegram')}#faq`);
    });

    it('are left out with no-utm: the URL is shared as given', async () => {
      const el = await fixture<SdShareBar>(html`<sd-share-bar no-utm url="https://shop.example/p/7?q=a+b&utm_source=newsletter#faq"></sd-share-bar>`);
      for (const network of ['facebook', 'linkedin'] as const) expect(Object.values(params(link(el, network).href))).to.deep.equal(['https://shop.example/p/7?q=a+b&utm_source=newsletter#faq']);
    });
  });

  describe('what is shared without attributes', () => {
    it('the canonical link and the document title', async () => {
      const canonical = Object.assign(document.createElement('link'), { rel: 'canonical', href: '/shop/product/7' });
      canonical.dataset.test = '';
      document.head.append(canonical);
      const el = await fixture<SdShareBar>(html`<sd-share-bar></sd-share-bar>`);
      expect(params(link(el, 'x').href)).to.deep.equal({ text: document.title, url: `${location.origin}/shop/product/7?${utm('x')}` });
    });

    it('the page’s own address (without its fragment) when there is no canonical link', async () => {
      const el = await fixture<SdShareBar>(html`<sd-share-bar></sd-share-bar>`);
      const page = location.href.split('#')[0]!;
      expect(params(link(el, 'facebook').href).u).to.equal(`${page}&${utm('facebook')}`);
    });

    it('refuses a url that is not http(s) or a path, says so, and shares the page instead', async () => {
      let el!: SdShareBar;
      const messages = await consoleDuring('warn', async () => {
        el = await fixture<SdShareBar>(html`<sd-share-bar url="javascript:alert(1)"></sd-share-bar>`);
      });
      expect(messages.join()).to.contain('url must be an http(s) URL or a path');
      for (const network of NETWORKS) expect(link(el, network).getAttribute('href')).not.to.contain('javascript');
      expect(params(link(el, "facebook").href).u!.startsWith(location.origin)).to.be.true;
    });

    it('never shows the title attribute as a tooltip over the bar', async () => {
      const el = await fixture<SdShareBar>(html`<sd-share-bar title="Sour Doi" url="https://shop.example/p/7"></sd-share-bar>`);
      expect(part(el, 'base').getAttribute('title')).to.equal('');
    });
  });

  it('fires sd-share with the network and the shared URL when a link is opened by click, Enter or middle-click', async () => {
    const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7"></sd-share-bar>`);
    keepPage(el);
    const seen = shares(el);
    link(el, 'whatsapp').click();
    link(el, 'facebook').focus();
    await sendKeys({ press: 'Enter' });
    link(el, 'telegram').dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
    // A right-click opens the menu, not the network.
    link(el, 'x').dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
    expect(seen).to.deep.equal([
      { network: 'whatsapp', url: `https://shop.example/p/7?${utm('whatsapp')}` },
      { network: 'facebook', url: `https://shop.example/p/7?${utm('facebook')}` },
      { network: 'telegram', url: `https://shop.example/p/7?${utm('telegram')}` },
    ]);
  });

  describe('the system share sheet', () => {
    it('comes first where the browser has one, shares title, text and URL (utm_source=native), then fires sd-share', async () => {
      const calls: ShareData[] = [];
      stub(navigator, 'share', async (data: ShareData) => void calls.push(data));
      const el = await fixture<SdShareBar>(html`<sd-share-bar networks="whatsapp,copy" url="https://shop.example/p/7" title="Sour Doi" text="Fresh today"></sd-share-bar>`);
      const first = part(el, 'list').firstElementChild!.firstElementChild as HTMLButtonElement;
      expect(first.getAttribute('part')).to.equal('share-sheet');
      expect(await accessibleName(first)).to.equal('Share…');
      const seen = shares(el);
      first.click();
      await waitUntil(() => seen.length === 1, 'no sd-share');
      expect(calls).to.deep.equal([{ title: 'Sour Doi', text: 'Fresh today', url: `https://shop.example/p/7?${utm('native')}` }]);
      expect(seen).to.deep.equal([{ network: 'native', url: `https://shop.example/p/7?${utm('native')}` }]);
      await expect(el).to.be.accessible();
    });

    it('fires nothing when the shopper closes the sheet', async () => {
      let closed!: () => void;
      const done = new Promise<void>((resolve) => (closed = resolve));
      stub(navigator, 'share', () => {
        closed();
        return Promise.reject(new DOMException('Share canceled', 'AbortError'));
      });
      const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7"></sd-share-bar>`);
      const seen = shares(el);
      const warnings = await consoleDuring('warn', async () => {
        part(el, 'share-sheet').click();
        await done;
        // The sheet's answer is handled (a later copy's event arrives after it).
        stub(navigator, 'clipboard', { writeText: async () => undefined });
        await el.copyLink();
      });
      expect(seen.map(({ network }) => network)).to.deep.equal(['copy']);
      expect(warnings).to.deep.equal([]);
    });

    it('is not offered where the browser has none', async () => {
      const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7"></sd-share-bar>`);
      expect(el.shadowRoot!.querySelector('[part="share-sheet"]')).to.equal(null);
    });
  });

  describe('Copy link', () => {
    it('copies the URL (utm_source=copy) with the Clipboard API, and says so visibly and to screen readers', async () => {
      const written: string[] = [];
      stub(navigator, 'clipboard', { writeText: async (text: string) => void written.push(text) });
      const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7#faq"></sd-share-bar>`);
      const event = oneEvent(el, 'sd-share');
      part(el, 'copy').click();
      expect((await event).detail).to.deep.equal({ network: 'copy', url: `https://shop.example/p/7?${utm('copy')}#faq` });
      expect(written).to.deep.equal([`https://shop.example/p/7?${utm('copy')}#faq`]);
      await el.updateComplete;
      expect(part(el, 'status').getAttribute('role')).to.equal('status');
      expect(status(el)).to.equal('Link copied');
      expect(part(el, 'status').checkVisibility()).to.be.true;
      expect(part(el, 'copy').getAttribute('aria-describedby')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('without the Clipboard API: selects the link in a field and copies it with the browser’s copy command', async () => {
      stub(navigator, 'clipboard', undefined);
      const copiedTexts: string[] = [];
      stub(document, 'execCommand', (command: string) => {
        const field = deepActive() as HTMLInputElement;
        if (command === 'copy' && field.selectionStart === 0 && field.selectionEnd === field.value.length) copiedTexts.push(field.value);
        return command === 'copy';
      });
      const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7"></sd-share-bar>`);
      const seen = shares(el);
      part(el, 'copy').focus();
      part(el, 'copy').click();
      await waitUntil(() => seen.length === 1, 'never copied');
      expect(copiedTexts).to.deep.equal([`https://shop.example/p/7?${utm('copy')}`]);
      expect(seen).to.deep.equal([{ network: 'copy', url: `https://shop.example/p/7?${utm('copy')}` }]);
      await el.updateComplete;
      expect(status(el)).to.equal('Link copied');
      expect(el.shadowRoot!.querySelector('[part="fallback"]')).to.equal(null);
      await waitUntil(() => deepActive() === part(el, 'copy'), 'focus did not come back to Copy link');
    });

    it('when the clipboard is refused and the copy command fails: the shopper copies from the selected field, and is told when it worked', async () => {
      stub(navigator, 'clipboard', { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) });
      stub(document, 'execCommand', () => false);
      const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7"></sd-share-bar>`);
      const seen = shares(el);
      part(el, 'copy').click();
      const field = await waitUntil(() => el.shadowRoot!.querySelector<HTMLInputElement>('[part="fallback-input"]'), 'no field').then(() => part<HTMLInputElement>(el, 'fallback-input'));
      await waitUntil(() => deepActive() === field, 'the field never had focus');
      expect(field.value).to.equal(`https://shop.example/p/7?${utm('copy')}`);
      expect(field.readOnly).to.be.true;
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      expect(await accessibleName(field)).to.equal('Link to copy');
      expect(status(el)).to.contain('Press Ctrl+C');
      expect(seen).to.deep.equal([]);
      await expect(el).to.be.accessible();
      // The shopper presses Ctrl+C: the browser copies, and says so.
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'KeyC' });
      await sendKeys({ up: 'Control' });
      await waitUntil(() => seen.length === 1, 'the copy was not noticed');
      expect(seen).to.deep.equal([{ network: 'copy', url: `https://shop.example/p/7?${utm('copy')}` }]);
      await el.updateComplete;
      expect(status(el)).to.equal('Link copied');
    });
  });

  it('loads nothing from another origin: no script, image, font or request leaves the page’s origin', async () => {
    stub(navigator, 'share', async () => undefined);
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<SdShareBar>(html`<sd-share-bar url="https://shop.example/p/7" title="Sour Doi"></sd-share-bar>`);
    for (const network of NETWORKS) link(el, network).dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const loaded = performance.getEntriesByType('resource').slice(before).map((entry) => entry.name);
    expect(loaded.filter((name) => new URL(name).origin !== location.origin)).to.deep.equal([]);
    // What could load anything: only inline SVG, no <img>, <script>, <iframe>, <link> or CSS url().
    expect(el.shadowRoot!.querySelectorAll('img, script, iframe, link, object, embed').length).to.equal(0);
    const css = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(css).not.to.match(/url\(/);
    expect(el.shadowRoot!.querySelectorAll('svg').length).to.be.at.least(NETWORKS.length + 2);
  });

  for (const locale of ['en', 'bn']) {
    it(`fits any container from 160 px, with the share sheet and the copy field showing (${locale})`, async () => {
      stub(navigator, 'share', async () => undefined);
      stub(navigator, 'clipboard', undefined);
      stub(document, 'execCommand', () => false);
      const shop = await fixture(html`<sd-shop locale=${locale}><div style="width:160px"><sd-share-bar url="https://shop.example/p/7"></sd-share-bar></div></sd-shop>`);
      const el = shop.querySelector('sd-share-bar')!;
      await el.updateComplete;
      await expectFits(el);
      part(el, 'copy').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="fallback-input"]'), 'no field');
      await expectFits(el);
    });
  }
});
