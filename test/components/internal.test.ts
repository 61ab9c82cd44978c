// The shared pieces of src/internal/, on their own.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { MediaQuery, REDUCED_MOTION } from '../../src/internal/media.js';
import { sliced } from '../../src/internal/scheduler.js';
import { SdElement } from '../../src/internal/sd-element.js';
import { decimal, parseWholeNumber, wholeNumber } from '../../src/internal/attributes.js';
import * as scrollLock from '../../src/internal/scroll-lock.js';
import { clampText, NAME_MAX } from '../../src/internal/text.js';

describe('wholeNumber (every numeric attribute)', () => {
  it('takes plain decimal digits only, within the safe integers', () => {
    expect(parseWholeNumber('7')).to.equal(7);
    expect(parseWholeNumber('007')).to.equal(7);
    expect(parseWholeNumber('9007199254740991')).to.equal(9007199254740991);
    for (const refused of ['0x3', '0x10', '1e9', '9007199254740993', ' 3', '3 ', '3.0', '-3', '+3', '', '৩', '3_000', 'Infinity']) {
      expect(parseWholeNumber(refused), JSON.stringify(refused)).to.equal(undefined);
    }
  });

  it('gives undefined for a missing attribute and NaN for a refused one', () => {
    expect(wholeNumber.fromAttribute!(null)).to.equal(undefined);
    expect(wholeNumber.fromAttribute!('12')).to.equal(12);
    expect(wholeNumber.fromAttribute!('0x10')).to.be.NaN;
    expect(decimal.fromAttribute!('95.5')).to.equal(95.5);
    expect(decimal.fromAttribute!('1e3')).to.be.NaN;
  });
});

describe('clampText (names in accessible names and announcements)', () => {
  it('keeps short names, tidies spaces, and cuts long ones with an ellipsis', () => {
    expect(clampText('  Mishti   Doi\n500 g ')).to.equal('Mishti Doi 500 g');
    const cut = clampText('Doi '.repeat(250_000));
    expect(cut.length).to.be.at.most(NAME_MAX);
    expect(cut.endsWith('…')).to.equal(true);
    expect(clampText('x'.repeat(NAME_MAX))).to.equal('x'.repeat(NAME_MAX));
    expect(clampText(`${'🥛'.repeat(100)}`).endsWith('\uD83E…')).to.equal(false);
    expect(clampText(undefined)).to.equal('');
  });
});

describe('the page scroll lock', () => {
  afterEach(() => {
    document.documentElement.style.overflow = '';
  });

  it('counts its holders: released in any order, the page scrolls again, and keeps the page’s own overflow', async () => {
    const root = document.documentElement;
    root.style.overflow = 'clip';
    const [a, b] = [{}, {}];
    scrollLock.lockPageScroll(a);
    scrollLock.lockPageScroll(b);
    scrollLock.lockPageScroll(a);
    expect(root.style.overflow).to.equal('hidden');
    scrollLock.unlockPageScroll(a);
    expect(root.style.overflow).to.equal('hidden');
    scrollLock.unlockPageScroll(a);
    scrollLock.unlockPageScroll(b);
    expect(root.style.overflow).to.equal('clip');
  });

  it('is one lock for two copies of the module on one page', async () => {
    const url = new URL('../../src/internal/scroll-lock.ts?copy=2', import.meta.url).href;
    const copy = (await import(/* @vite-ignore */ url)) as typeof scrollLock;
    expect(copy).not.to.equal(scrollLock);
    const [a, b] = [{}, {}];
    scrollLock.lockPageScroll(a);
    copy.lockPageScroll(b);
    scrollLock.unlockPageScroll(a);
    expect(document.documentElement.style.overflow).to.equal('hidden');
    copy.unlockPageScroll(b);
    expect(document.documentElement.style.overflow).to.equal('');
  });
});

describe('MediaQuery (reduced motion and other media the elements follow)', () => {
  class MotionProbe extends LitElement {
    readonly motion = new MediaQuery(this, REDUCED_MOTION);
    override render() {
      return html`${this.motion.matches ? 'still' : 'moving'}`;
    }
  }
  customElements.define('sd-test-motion-probe', MotionProbe);

  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('tells the host whether the shopper asked for less motion, and updates it when that changes', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const probe = await fixture<MotionProbe>(html`<sd-test-motion-probe></sd-test-motion-probe>`);
    expect(probe.shadowRoot!.textContent).to.equal('moving');
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => probe.shadowRoot!.textContent === 'still', 'the host was not updated');
    expect(probe.motion.matches).to.equal(true);
  });
});

describe('sliced updates (the main thread is shared with the page)', () => {
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  let clock = 0;
  const realNow = performance.now.bind(performance);
  beforeEach(async () => {
    await nextTask(); // a fresh task: no slice is open
    clock = 0;
    performance.now = () => clock;
  });
  afterEach(() => {
    performance.now = realNow;
  });

  it('runs updates at once while the task has budget left, and the rest in later tasks, in the order asked', async () => {
    const ran: number[] = [];
    const pending = Array.from({ length: 10 }, (_, i) =>
      sliced(() => {
        ran.push(i);
        clock += 3; // each update takes 3 ms
      }),
    );
    expect(ran, 'within the first 8 ms').to.deep.equal([0, 1, 2]);
    expect(pending.slice(0, 3)).to.deep.equal([undefined, undefined, undefined]);
    await Promise.all(pending);
    expect(ran).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('never delays a lone update, such as the one a click makes', () => {
    let ran = false;
    expect(sliced(() => void (ran = true))).to.equal(undefined);
    expect(ran).to.equal(true);
  });
});

describe('re-renders out of sight (a listing’s far cards wait for animation frames)', () => {
  /** Counts animation frames; an element notes the frame it rendered in. */
  let frame = 0;
  let stopCounting = () => {};
  class Probe extends SdElement {
    static override properties = { text: {} };
    text = 'before';
    renderedIn: number[] = [];
    /** Busy for this many ms in each render, as a card with more to draw would be. */
    cost = 0;
    override render() {
      const until = performance.now() + this.cost;
      while (performance.now() < until);
      this.renderedIn.push(frame);
      return html`<p>${this.text}</p>`;
    }
  }
  customElements.define('sd-test-sight-probe', Probe);
  const shown = (probe: Probe) => probe.shadowRoot!.querySelector('p')!.textContent;
  /** Two frames: the sight observer has reported on every probe. */
  const observed = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  /** A page with one probe at the top (`near`, the yardstick of "at once") and `count` probes far below it. */
  const page = async (count: number) => {
    const root = await fixture<HTMLElement>(html`<div><sd-test-sight-probe></sd-test-sight-probe><div style="height: 300vh"></div></div>`);
    const far = Array.from({ length: count }, () => document.createElement('sd-test-sight-probe') as Probe);
    root.append(...far);
    const near = root.querySelector<Probe>('sd-test-sight-probe')!;
    await Promise.all([near, ...far].map((probe) => probe.updateComplete));
    await observed();
    return { near, far };
  };

  beforeEach(() => {
    frame = 0;
    let counting = true;
    const count = () => {
      frame++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    stopCounting = () => (counting = false);
  });
  afterEach(() => stopCounting());

  it('re-renders an element in sight at once, and one out of sight (or not displayed) later, in an animation frame', async () => {
    const { near, far } = await page(2);
    const [below, hidden] = far as [Probe, Probe];
    hidden.hidden = true;
    await observed();
    for (const probe of [near, below, hidden]) probe.text = 'after';
    await near.updateComplete;
    expect(shown(near), 'in sight: drawn at once').to.equal('after');
    expect(shown(below), 'out of sight: not in this task').to.equal('before');
    expect(shown(hidden), 'not displayed: not in this task').to.equal('before');
    await Promise.all([below.updateComplete, hidden.updateComplete]);
    expect([shown(below), shown(hidden)]).to.deep.equal(['after', 'after']);

    // Taken out of the page and put back (as a framework's re-ordering does): still watched.
    below.remove();
    near.parentElement!.append(below);
    await observed();
    near.text = below.text = 'again';
    await near.updateComplete;
    expect(shown(below), 'put back, still out of sight').to.equal('after');
    await below.updateComplete;
    expect(shown(below)).to.equal('again');
  });

  it('does not watch an element drawn after it left the page', async () => {
    const { near } = await page(0);
    const observe = IntersectionObserver.prototype.observe;
    const watchedDetached: Element[] = [];
    IntersectionObserver.prototype.observe = function (target: Element) {
      if (!target.isConnected) watchedDetached.push(target);
      return observe.call(this, target);
    };
    try {
      const gone = document.createElement('sd-test-sight-probe') as Probe;
      near.after(gone);
      gone.remove(); // its first render is still on its way, and runs detached
      await gone.updateComplete;
      expect(gone.renderedIn.length, 'drawn').to.equal(1);
      expect(watchedDetached).to.deep.equal([]);
    } finally {
      IntersectionObserver.prototype.observe = observe;
    }
  });

  it('re-renders an element out of sight at once when it has focus (a screen reader’s user acts on it)', async () => {
    const { near, far } = await page(1);
    const focused = far[0]!;
    focused.tabIndex = -1;
    focused.focus({ preventScroll: true });
    near.text = focused.text = 'after';
    await near.updateComplete;
    expect(shown(focused)).to.equal('after');
  });

  it('spreads many re-renders out of sight over frames, a few each, in the order asked', async () => {
    const { far } = await page(24);
    const order: number[] = [];
    far.forEach((probe, i) => {
      probe.cost = 1;
      probe.text = 'after';
      void probe.updateComplete.then(() => order.push(i));
    });
    await Promise.all(far.map((probe) => probe.updateComplete));
    expect(order).to.deep.equal(far.map((_, i) => i));
    const perFrame = new Map<number, number>();
    for (const probe of far) perFrame.set(probe.renderedIn.at(-1)!, (perFrame.get(probe.renderedIn.at(-1)!) ?? 0) + 1);
    // 4 ms a frame and at least 1 ms each: at most 5 a frame (10 where a slow frame let the 100 ms fallback run a batch too).
    expect(Math.max(...perFrame.values())).to.be.at.most(10);
  });

  it('draws an element that comes into sight at once, ahead of the far ones queued before it', async () => {
    const { far } = await page(40);
    for (const probe of far) {
      probe.cost = 2;
      probe.text = 'after';
    }
    const last = far.at(-1)!;
    last.scrollIntoView();
    await last.updateComplete;
    expect(shown(last)).to.equal('after');
    const waiting = far.filter((probe) => shown(probe) === 'before').length;
    expect(waiting, 'far ones still waiting when the one scrolled to was drawn').to.be.greaterThan(0);
    await Promise.all(far.map((probe) => probe.updateComplete));
    window.scrollTo(0, 0);
  });

  it('in a hidden page (a background tab), runs re-renders out of sight in tasks, without waiting for frames', async () => {
    const { far } = await page(8);
    let frames = 0;
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => ++frames; // a hidden page draws no frames
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      for (const probe of far) probe.text = 'after';
      await Promise.all(far.map((probe) => probe.updateComplete));
      expect(far.map(shown)).to.deep.equal(far.map(() => 'after'));
      expect(frames, 'frames asked for').to.equal(0);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      window.requestAnimationFrame = raf;
    }
  });
});
