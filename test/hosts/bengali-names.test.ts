// Bengali end to end: on a Bengali page, the names the shop sends (cart lines,
// bundles) are Bengali, because each JSON-RPC call carries Odoo's context.lang;
// switching the page to English at run time re-reads them in English, without a
// reload. Against the mock's real HTTP server, through the built script tag.
import { expect, waitUntil } from '@open-wc/testing';
import { MOCK, openPage } from './host-page.js';

type Api = { configure(options: { locale: 'en' | 'bn' }): void };

async function open() {
  const { frame, win } = await openPage<Window & { SmartDairyWidgets: Api }>(`/test/hosts/fixtures/bengali-names.html?api=${encodeURIComponent(`${MOCK}/api/v1`)}`, 'width: 800px; height: 900px');
  const doc = win.document;
  const shadow = (selector: string) => doc.querySelector(selector)?.shadowRoot;
  return {
    frame,
    win,
    lineNames: () => [...(shadow('sd-mini-cart')?.querySelectorAll('[part="line-name"]') ?? [])].map((el) => el.textContent!.trim()),
    bundleName: () => shadow('sd-bundle-card')?.querySelector('[part="name"]')?.textContent?.trim() ?? '',
    bundleProducts: () => [...(shadow('sd-bundle-card')?.querySelectorAll('[part="product"]') ?? [])].map((el) => el.textContent!.replace(/\s+/g, ' ').trim()),
    add: () => shadow('sd-quick-add')!.querySelector('button')!.click(),
  };
}

describe('Bengali names from the shop', () => {
  it('a Bengali page shows the cart’s and the bundle’s names in Bengali, and English ones after switching to English', async () => {
    const page = await open();
    await waitUntil(() => page.bundleName() !== '', 'the bundle card never showed its bundle', { timeout: 5000 });
    expect(page.bundleName()).to.equal('সকালের নাস্তা প্যাক');
    expect(page.bundleProducts()[0]).to.contain('তাজা দুধ ১ লিটার');

    page.add();
    await waitUntil(() => page.lineNames().includes('তাজা দুধ ১ লিটার'), `the cart line is not named in Bengali: ${page.lineNames().join(', ')}`, { timeout: 5000 });
    expect(page.lineNames().some((name) => /[A-Za-z]/.test(name)), page.lineNames().join(', ')).to.equal(false);

    page.win.SmartDairyWidgets.configure({ locale: 'en' });
    await waitUntil(() => page.bundleName() === 'Breakfast Pack', `the bundle kept its name: ${page.bundleName()}`, { timeout: 5000 });
    await waitUntil(() => page.lineNames().includes('Fresh Milk 1 L'), `the cart line kept its name: ${page.lineNames().join(', ')}`, { timeout: 5000 });
    expect(page.lineNames()).not.to.include('তাজা দুধ ১ লিটার');
    page.frame.remove();
  });
});
