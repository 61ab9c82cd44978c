// The script tag speaks English and loads Bengali from a sibling file only when a
// page uses it; a Bengali page shows Bengali from its first render.
import { expect, waitUntil } from '@open-wc/testing';
import { MOCK, openPage } from './host-page.js';

async function open(lang: string) {
  const { frame, win } = await openPage<Window & { __firstLabels: string[] }>(`/test/hosts/fixtures/locale-page.html?lang=${lang}&api=${encodeURIComponent(`${MOCK}/api/v1`)}`);
  const labels = () => [...win.document.querySelectorAll('sd-quick-add')].map((el) => el.shadowRoot?.querySelector('button')?.textContent?.replace(/\s+/g, ' ').trim());
  await waitUntil(() => labels().every(Boolean), 'the quick adds never rendered', { timeout: 5000 });
  const localeFiles = win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /smart-dairy-widgets\.[a-z]{2}\.js/.test(name));
  return { frame, win, localeFiles, labels: labels() as string[] };
}

describe('the script tag’s locale files', () => {
  it('an English page never downloads the Bengali wording', async () => {
    const { frame, localeFiles, labels } = await open('en');
    expect(localeFiles).to.deep.equal([]);
    for (const label of labels) expect(label).to.match(/^Add to cart/);
    frame.remove();
  });

  it('a Bengali page loads its sibling file once and renders Bengali from the first render', async () => {
    const { frame, win, localeFiles } = await open('bn');
    // The first render waits for the wording: the probe watched each quick add from its first render.
    expect(localeFiles).to.have.length(1);
    expect(localeFiles[0]).to.match(/\/dist\/cdn\/smart-dairy-widgets\.bn\.js$/);
    expect(win.__firstLabels).to.have.length(2);
    for (const label of win.__firstLabels) expect(label, 'first label').to.match(/^কার্টে যোগ করুন/);
    frame.remove();
  });
});
