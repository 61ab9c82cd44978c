// The script tag under the strictest CSP a theme is likely to have: default-src
// 'self' and Trusted Types with the lit-html policy. Everything renders and works,
// and the browser reports no violation.
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './host-page.js';

describe('script tag on a page with default-src \'self\' and Trusted Types', () => {
  it('renders every element and adds to the cart, with no CSP violation', async () => {
    const { frame, win } = await openPage<Window & { __violations: string[] }>('/test/hosts/fixtures/strict-page.html', 'width:1000px;height:700px');
    const doc = win.document;
    // The policy is really enforced: a plain string into an HTML sink is refused (Chromium's
    // TypeError names the TrustedHTML it wanted, Firefox's says "Sink type mismatch violation").
    expect(() => {
      doc.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML|Sink type mismatch/).with.property('name', 'TypeError');
    const part = (tag: string, name: string) => doc.querySelector(tag)?.shadowRoot?.querySelector(`[part~="${name}"]`);
    await waitUntil(() => part('sd-stock-badge', 'label')?.textContent, 'badge never showed', { timeout: 5000 });
    await waitUntil(() => part('sd-notify-me', 'email'), 'form never showed', { timeout: 5000 });
    (part('sd-quick-add', 'button') as HTMLButtonElement).click();
    const dialog = () => doc.querySelector('sd-mini-cart')!.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog().open && dialog().textContent!.includes('Fresh Milk 1 L'), 'the drawer never opened with the line', { timeout: 5000 });
    // Every violation but the probe's own above.
    const violations = win.__violations.filter((text) => !text.includes('<b>x</b>'));
    expect(violations, violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });
});
