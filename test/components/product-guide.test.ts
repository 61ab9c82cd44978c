// <sd-product-guide> in Chromium: the guide's sections, the FAQ accordion by mouse
// and keyboard, content that is wrong, slotted markup, and the FAQPage JSON-LD.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/product-guide/sd-product-guide.js';
import '../../src/config/sd-shop.js';
import type { SdProductGuide } from '../../src/components/product-guide/product-guide.component.js';
import { holdStructuredData, readGuide, releaseStructuredData } from '../../src/components/product-guide/guide-data.js';
import { GUIDED_CATEGORIES, guideFor } from '../../mock-server/guides.js';
import { accessibleName, consoleDuring, deepActive, part } from './helpers.js';
import { expectFits } from './page-helpers.js';

const GUIDE = {
  sections: [
    {
      title: 'Which pack suits your household',
      text: ['Opened milk keeps two to three days.', 'Choose by what you drink in that time.'],
      table: { caption: 'Pack sizes', columns: ['Pack', 'Household', 'Lasts'], rows: [['500 ml', '1–2 people', '1 day'], ['1 L', '2–4 people', 2]] },
    },
    { title: 'Storage and shelf life', list: ['Keep it at 4 °C.', 'Finish within 3 days.'] },
  ],
  faqs: [
    { question: 'Do I need to boil it?', answer: 'No, it is pasteurised.' },
    { question: 'Why is there cream on top?', answer: ['It is not homogenised.', 'Shake it gently.'] },
    { question: 'Can I freeze it?', answer: 'Yes, for a month. <b>Not</b> HTML </script>' },
  ],
};

/** A guide with its content in a child JSON script, as a host writes it. */
const guide = (content: unknown) => html`<sd-product-guide><script type="application/json">${JSON.stringify(content)}</script></sd-product-guide>`;
const questions = (el: SdProductGuide) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="question"]')];
const answerOf = (el: SdProductGuide, button: HTMLButtonElement) => el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
/** Whether an answer can be seen: its text is rendered and its box has height (a closed one is neither). */
const shown = (answer: HTMLElement) => answer.querySelector('p')!.checkVisibility() && answer.getBoundingClientRect().height > 0;
const jsonLd = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

async function make(content: unknown = GUIDE, { productId = '', single = false, structuredData = false } = {}): Promise<SdProductGuide> {
  const el = await fixture<SdProductGuide>(html`<sd-product-guide product-id=${productId || ''} ?single=${single} ?structured-data=${structuredData}
    ><script type="application/json">${JSON.stringify(content)}</script></sd-product-guide
  >`);
  if (!productId) el.removeAttribute('product-id');
  await el.updateComplete;
  return el;
}

describe('<sd-product-guide>', () => {
  it('shows the sections: headings, paragraphs, lists and tables with row and column headings', async () => {
    const el = await make();
    const titles = [...el.shadowRoot!.querySelectorAll('[part="section-title"]')];
    expect(titles.map((t) => [t.getAttribute('role'), t.getAttribute('aria-level'), t.textContent])).to.deep.equal([
      ['heading', '3', 'Which pack suits your household'],
      ['heading', '3', 'Storage and shelf life'],
    ]);
    expect([...el.shadowRoot!.querySelectorAll('[part="text"]')].map((p) => p.textContent)).to.deep.equal(['Opened milk keeps two to three days.', 'Choose by what you drink in that time.']);
    expect([...part(el, 'list').querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Keep it at 4 °C.', 'Finish within 3 days.']);
    const table = part<HTMLTableElement>(el, 'table');
    expect(table.caption!.textContent).to.equal('Pack sizes');
    expect([...table.tHead!.rows[0]!.cells].map((c) => [c.localName, c.getAttribute('scope'), c.textContent])).to.deep.equal([
      ['th', 'col', 'Pack'],
      ['th', 'col', 'Household'],
      ['th', 'col', 'Lasts'],
    ]);
    expect([...table.tBodies[0]!.rows[1]!.cells].map((c) => [c.localName, c.textContent])).to.deep.equal([
      ['th', '1 L'],
      ['td', '2–4 people'],
      ['td', '2'],
    ]);
    await expect(el).to.be.accessible();
  });

  describe('FAQs: the WAI-ARIA accordion', () => {
    it('puts each question’s button in a heading, with aria-expanded and aria-controls; answers are hidden until opened', async () => {
      const el = await make();
      expect(part(el, 'faqs-title').textContent).to.equal('Frequently asked questions');
      for (const [i, button] of questions(el).entries()) {
        const heading = button.parentElement!;
        expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '4']);
        expect(heading.children).to.have.length(1);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const answer = answerOf(el, button);
        expect(answer.getAttribute('part')).to.equal('answer');
        expect(answer.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(shown(answer), `answer ${i}`).to.be.false;
      }
      expect(await accessibleName(questions(el)[1]!)).to.equal('Why is there cream on top?');
      questions(el)[1]!.click();
      await el.updateComplete;
      expect(questions(el)[1]!.getAttribute('aria-expanded')).to.equal('true');
      const answer = answerOf(el, questions(el)[1]!);
      expect(shown(answer)).to.be.true;
      expect([...answer.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['It is not homogenised.', 'Shake it gently.']);
      // Text stays text: markup in the JSON is never parsed.
      questions(el)[2]!.click();
      await el.updateComplete;
      expect(answerOf(el, questions(el)[2]!).querySelector('b')).to.equal(null);
      expect(answerOf(el, questions(el)[2]!).textContent).to.contain('<b>Not</b> HTML </script>');
      await expect(el).to.be.accessible();
    });

    it('opens and closes by keyboard: Enter and Space on a question, Tab through questions, ↑/↓/Home/End between them', async () => {
      const page = await fixture(html`<div><button>before</button>${guide(GUIDE)}<button>after</button></div>`);
      const el = page.querySelector('sd-product-guide')!;
      await el.updateComplete;
      const [first, second, third] = questions(el);
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(second);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(second!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(second!.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(third);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(page.querySelectorAll('button')[1]);
      third!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive(), 'ArrowDown wraps to the first').to.equal(first);
      await sendKeys({ press: 'ArrowUp' });
      expect(deepActive()).to.equal(third);
      await sendKeys({ press: 'Home' });
      expect(deepActive()).to.equal(first);
      await sendKeys({ press: 'End' });
      expect(deepActive()).to.equal(third);
    });

    it('keeps one answer open at a time with single, and several without', async () => {
      const several = await make();
      questions(several)[0]!.click();
      await several.updateComplete;
      questions(several)[1]!.click();
      await several.updateComplete;
      expect(questions(several).map((q) => q.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'false']);
      const single = await make(GUIDE, { single: true });
      questions(single)[0]!.click();
      await single.updateComplete;
      questions(single)[1]!.click();
      await single.updateComplete;
      expect(questions(single).map((q) => q.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false']);
      expect(shown(answerOf(single, questions(single)[0]!))).to.be.false;
    });

    it('opens an answer that the browser’s find-in-page found (hidden="until-found")', async () => {
      const el = await make();
      const answer = answerOf(el, questions(el)[2]!);
      expect(answer.getAttribute('hidden')).to.equal('until-found');
      answer.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(questions(el)[2]!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('content that is wrong', () => {
    const cases: [string, string, string][] = [
      ['not JSON', '{"sections": [', 'is not JSON'],
      ['a section without a title', JSON.stringify({ sections: [{ text: 'x' }, { list: ['y'] }] }), 'sections[0].title'],
      ['a table row with a cell missing', JSON.stringify({ sections: [{ title: 'T', table: { columns: ['a', 'b'], rows: [['1', '2'], ['3']] } }] }), 'sections[0].table.rows[1]'],
      ['an answer that is a number', JSON.stringify({ faqs: [{ question: 'Q?', answer: 4 }] }), 'faqs[0].answer'],
      ['nothing to show', JSON.stringify({ sections: [], faqs: [] }), '"sections" or "faqs"'],
      ['an array', JSON.stringify([GUIDE]), 'the guide should be an object'],
    ];
    for (const [what, source, said] of cases) {
      it(`${what}: one console message saying where, nothing broken shown, the slotted markup still shown`, async () => {
        let el!: SdProductGuide;
        const errors = await consoleDuring('error', async () => {
          el = await fixture<SdProductGuide>(html`<sd-product-guide><script type="application/json">${source}</script><p>Ask us anything.</p></sd-product-guide>`);
          await el.updateComplete;
          // Re-renders and a new attribute do not repeat the message.
          el.single = true;
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(errors, errors.join('\n')).to.have.length(1);
        expect(errors[0]).to.contain('<sd-product-guide>').and.to.contain(said);
        expect(el.shadowRoot!.querySelectorAll('[part="section"], [part="faqs"], [part="table"]')).to.have.length(0);
        expect(el.querySelector('p')!.checkVisibility()).to.be.true;
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements().map((e) => e.localName)).to.include('p');
      });
    }

    it('follows a change to its JSON: a fixed guide shows, a broken one goes', async () => {
      const errors = await consoleDuring('error', async () => {
        const el = await fixture<SdProductGuide>(html`<sd-product-guide><script type="application/json">{</script></sd-product-guide>`);
        await el.updateComplete;
        el.querySelector('script')!.textContent = JSON.stringify(GUIDE);
        await waitUntil(() => questions(el).length === 3, 'the fixed guide never showed');
        el.querySelector('script')!.textContent = '{"faqs": "no"}';
        await waitUntil(() => questions(el).length === 0, 'the broken guide stayed');
      });
      expect(errors).to.have.length(2);
    });
  });

  describe('slotted markup', () => {
    it('shows the host’s markup; its <details> FAQs follow single and feed structured-data', async () => {
      const el = await fixture<SdProductGuide>(html`<sd-product-guide single structured-data product-id="901">
        <h3>Storage</h3>
        <p>Keep it cold.</p>
        <details><summary>Is it fresh?</summary><p>Packed this morning.</p></details>
        <details><summary>Is it local?</summary><p>From Pabna.</p></details>
      </sd-product-guide>`);
      await el.updateComplete;
      const [a, b] = [...el.querySelectorAll('details')];
      expect(el.querySelector('p')!.checkVisibility()).to.be.true;
      const toggled = (details: HTMLDetailsElement) => new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      let toggle = toggled(a!);
      a!.open = true;
      await toggle;
      toggle = toggled(b!);
      b!.open = true;
      await toggle;
      await waitUntil(() => !a!.open, 'single did not close the other');
      const [script] = jsonLd().filter((s) => s.dataset.sdFaq === '901');
      expect(JSON.parse(script!.textContent!).mainEntity.map((q: { name: string; acceptedAnswer: { text: string } }) => [q.name, q.acceptedAnswer.text])).to.deep.equal([
        ['Is it fresh?', 'Packed this morning.'],
        ['Is it local?', 'From Pabna.'],
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('structured-data: schema.org FAQPage JSON-LD', () => {
    it('adds one valid FAQPage script to the head, the same after re-renders', async () => {
      const el = await make(GUIDE, { productId: '1', structuredData: true });
      const scripts = jsonLd().filter((s) => s.dataset.sdFaq === '1');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: [
          { '@type': 'Question', name: 'Do I need to boil it?', acceptedAnswer: { '@type': 'Answer', text: 'No, it is pasteurised.' } },
          { '@type': 'Question', name: 'Why is there cream on top?', acceptedAnswer: { '@type': 'Answer', text: 'It is not homogenised.\n\nShake it gently.' } },
          { '@type': 'Question', name: 'Can I freeze it?', acceptedAnswer: { '@type': 'Answer', text: 'Yes, for a month. <b>Not</b> HTML </script>' } },
        ],
      });
      // "</script>" in an answer cannot end the script early when the page is saved as HTML.
      expect(scripts[0]!.textContent).not.to.contain('</');
      questions(el)[0]!.click();
      el.headingLevel = 2;
      el.single = true;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(jsonLd().filter((s) => s.dataset.sdFaq === '1')).to.have.length(1);
      expect(jsonLd()[0]!.parentElement).to.equal(document.head);
    });

    it('one per product: a second guide of the same product adds none; another product its own; it goes with the last guide', async () => {
      const page = await fixture(html`<div>
        <sd-product-guide structured-data product-id="2"><script type="application/json">${JSON.stringify(GUIDE)}</script></sd-product-guide>
        <sd-product-guide structured-data product-id="2"><script type="application/json">${JSON.stringify(GUIDE)}</script></sd-product-guide>
        <sd-product-guide structured-data product-id="3"><script type="application/json">${JSON.stringify({ faqs: [GUIDE.faqs[0]] })}</script></sd-product-guide>
      </div>`);
      const [first, second, other] = [...page.querySelectorAll('sd-product-guide')];
      await Promise.all([first!.updateComplete, second!.updateComplete, other!.updateComplete]);
      expect(jsonLd().map((s) => s.dataset.sdFaq).sort()).to.deep.equal(['2', '3']);
      first!.remove();
      expect(jsonLd().map((s) => s.dataset.sdFaq).sort()).to.deep.equal(['2', '3']);
      second!.remove();
      expect(jsonLd().map((s) => s.dataset.sdFaq)).to.deep.equal(['3']);
      other!.removeAttribute('structured-data');
      await other!.updateComplete;
      expect(jsonLd()).to.deep.equal([]);
    });

    it('adds nothing without the attribute or without FAQs', async () => {
      await make(GUIDE, { productId: '4' });
      await make({ sections: GUIDE.sections }, { productId: '5', structuredData: true });
      expect(jsonLd()).to.deep.equal([]);
    });

    it('works on a page that enforces Trusted Types (a script’s textContent is refused there)', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types 'none'"><title>strict</title>`;
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const doc = frame.contentDocument!;
        // The page really refuses script text set as a string: Chromium's TypeError names
        // the TrustedScript it wanted, Firefox's says "Sink type mismatch violation blocked by CSP".
        expect(() => (doc.createElement('script').textContent = '{}')).to.throw(/TrustedScript|Sink type mismatch/).with.property('name', 'TypeError');
        const holder = {};
        holdStructuredData(holder, 'strict-page', '{"@type":"FAQPage"}', doc);
        expect(doc.head.querySelector('script[type="application/ld+json"]')!.textContent).to.equal('{"@type":"FAQPage"}');
        releaseStructuredData(holder);
        expect(doc.head.querySelector('script[type="application/ld+json"]')).to.equal(null);
      } finally {
        frame.remove();
      }
    });
  });

  it('a table too wide for its column scrolls in a named box that takes focus (no word broken letter by letter); one that fits is no tab stop', async () => {
    const table = { caption: 'Pack sizes', columns: ['Pack', 'Household', 'Lasts about'], rows: [['500 ml', 'Households of two', 'One day']] };
    const container = await fixture<HTMLDivElement>(html`<div style="width:160px">${guide({ sections: [{ title: 'Which pack', table }] })}</div>`);
    const el = container.querySelector('sd-product-guide')!;
    await el.updateComplete;
    const box = part(el, 'table-scroll');
    await waitUntil(() => box.getAttribute('tabindex') === '0', 'the scrolling table cannot be reached by keyboard');
    expect(box.scrollWidth).to.be.above(box.clientWidth);
    // "Household" is on one line: its cell is at least as wide as the word.
    const cell = part<HTMLTableElement>(el, 'table').tHead!.rows[0]!.cells[1]!;
    const word = document.createElement('span');
    word.textContent = 'Household';
    cell.append(word);
    expect(cell.clientWidth).to.be.at.least(word.getBoundingClientRect().width);
    word.remove();
    expect([box.getAttribute('role'), await accessibleName(box)]).to.deep.equal(['region', 'Pack sizes']);
    await expect(el).to.be.accessible();
    container.style.width = '800px';
    await waitUntil(() => !box.hasAttribute('tabindex'), 'a table that fits stays a tab stop');
  });

  it('the mock shop’s guides for milk, doi, ghee and cheese are valid in English and Bengali', async () => {
    expect(GUIDED_CATEGORIES).to.have.members(['milk', 'yogurt', 'ghee', 'cheese']);
    for (const category of GUIDED_CATEGORIES) {
      for (const locale of ['en', 'bn'] as const) {
        const content = readGuide(guideFor(category, locale));
        expect(content.sections.length, `${category} ${locale}`).to.be.at.least(3);
        expect(content.faqs.length, `${category} ${locale}`).to.be.at.least(3);
      }
    }
  });

  for (const locale of ['en', 'bn'] as const) {
    it(`fits any container from 160 px, tables and open answers included (${locale})`, async () => {
      const shop = await fixture(html`<sd-shop locale=${locale}
        ><div style="width:160px"><sd-product-guide><script type="application/json">${JSON.stringify(guideFor('yogurt', locale))}</script></sd-product-guide></div></sd-shop
      >`);
      const el = shop.querySelector('sd-product-guide')!;
      await waitUntil(() => questions(el).length > 0, 'no FAQs');
      for (const question of questions(el)) question.click();
      await el.updateComplete;
      await expectFits(el);
      if (locale === 'bn') expect(part(el, 'faqs-title').textContent).to.equal('সাধারণ প্রশ্ন ও উত্তর');
      await expect(el).to.be.accessible();
    });
  }
});
