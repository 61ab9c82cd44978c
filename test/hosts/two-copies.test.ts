// Two copies of the script tag on one page: the first wins; the second adds
// nothing, replaces nothing, and says so once.
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './host-page.js';

describe('the script tag loaded twice', () => {
  it('keeps the first copy’s API and configuration, and warns once with both versions', async () => {
    type Api = { version: string; config: { get(): { locale: string } }; ShopError: unknown; shop: unknown };
    const { frame, win } = await openPage<Window & { __said: string[]; __first: Api; SmartDairyWidgets: Api }>('/test/hosts/fixtures/two-copies.html');
    await waitUntil(() => win.document.querySelector('sd-mini-cart')?.shadowRoot, 'the mini cart never upgraded');
    expect(win.SmartDairyWidgets).to.equal(win.__first);
    expect(win.SmartDairyWidgets.config.get().locale).to.equal('bn');
    const said = win.__said;
    expect(said.filter((text) => text.includes('unknown option')), said.join('\n')).to.deep.equal([]);
    const twice = said.filter((text) => text.includes('loaded twice'));
    expect(twice).to.have.length(1);
    expect(twice[0]).to.contain(`(${win.__first.version}, then ${win.__first.version})`);
    frame.remove();
  });
});
