// Set-up shared by the share bar, recently viewed and product guide tests: stand-ins
// for browser features a test switches on or off (put back after each test), a new
// page view, and the geometry check of layout.test.ts for these elements.
import { expect } from '@open-wc/testing';

const restores: (() => void)[] = [];

/**
 * Replaces `target[key]` for the current test (own property, so a prototype's stays
 * untouched); put back by `restoreStubs()`, which the test files call in afterEach.
 * A value of `undefined` makes the feature missing (`'share' in navigator` is false).
 */
export function stub<T extends object>(target: T, key: PropertyKey, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  if (value === undefined) {
    // Hide the prototype's too: define an own property that reads as undefined, then remove it afterwards.
    Object.defineProperty(target, key, { configurable: true, get: () => undefined });
  } else {
    Object.defineProperty(target, key, { configurable: true, writable: true, value });
  }
  restores.push(() => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<PropertyKey, unknown>)[key];
  });
}

/** Replaces a getter of `target` for the current test (e.g. a `localStorage` that throws, as when storage is blocked). */
export function stubGetter<T extends object>(target: T, key: PropertyKey, get: () => unknown): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, get });
  restores.push(() => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<PropertyKey, unknown>)[key];
  });
}

export function restoreStubs(): void {
  for (const restore of restores.splice(0).reverse()) restore();
}

let views = 0;
/**
 * A new page view, as a single-page app's navigation makes one: the address gets
 * a new query parameter (the test runner's own parameters stay).
 */
export function newPageView(): void {
  const url = new URL(location.href);
  url.searchParams.set('sd-view', String(++views));
  history.replaceState(history.state, '', url);
}

/** How far a box may stick out before it counts (sub-pixel rounding). */
export const SLACK = 0.5;

/** Every element under a shadow root, and under the shadow roots of the elements in it. */
function* deepElements(root: ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Boxes that are not meant to be seen: visually hidden text, a closed drawer, empty boxes. */
function invisible(el: Element, rect: DOMRect): boolean {
  if (rect.width === 0 && rect.height === 0) return true;
  const style = getComputedStyle(el);
  if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.visibility === 'hidden') return true;
  return el.closest('dialog:not([open])') !== null;
}

/** The parent in the flat tree (out of a shadow root to its host). */
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/** The part of an element's box that can be seen: cut by every ancestor (up to the host) that clips. */
export function visibleRect(el: Element, host: Element): { left: number; right: number; top: number; bottom: number } {
  let { left, right, top, bottom } = el.getBoundingClientRect();
  for (let node: Element | null = parentOf(el); node && node !== host; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = node.getBoundingClientRect();
    left = Math.max(left, clip.left);
    right = Math.min(right, clip.right);
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
  }
  return { left, right: Math.max(left, right), top, bottom: Math.max(top, bottom) };
}

/**
 * What sticks out of the host (or out of its own box, for text that does not wrap):
 * every visible box in its shadow tree, nested elements included, as far as it can be
 * seen. The one check of every layout test.
 */
export function overflows(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  const found: string[] = [];
  const name = (el: Element) => `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
  for (const el of deepElements(host.shadowRoot!)) {
    if (invisible(el, el.getBoundingClientRect())) continue;
    const seen = visibleRect(el, host);
    if (seen.right - seen.left < SLACK || seen.bottom - seen.top < SLACK) continue;
    if (seen.left < box.left - SLACK || seen.right > box.right + SLACK) found.push(`${name(el)} spans ${Math.round(seen.left - box.left)}…${Math.round(seen.right - box.left)} of 0…${Math.round(box.width)}`);
    if (seen.top < box.top - SLACK || seen.bottom > box.bottom + SLACK) found.push(`${name(el)} spans ${Math.round(seen.top - box.top)}…${Math.round(seen.bottom - box.top)} px high of ${Math.round(box.height)}`);
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)}'s content is ${el.scrollWidth} px wide in ${el.clientWidth}`);
  }
  return found;
}

/** The host, in a container of each width in turn, is never wider than it and nothing sticks out. */
export async function expectFits(host: HTMLElement & { updateComplete: Promise<unknown> }, widths = [160, 320]): Promise<void> {
  const container = host.parentElement!;
  for (const width of widths) {
    container.style.width = `${width}px`;
    await host.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(host.getBoundingClientRect().width, `${host.localName} at ${width} px`).to.be.at.most(width + 0.5);
    expect(overflows(host), `${host.localName} at ${width} px`).to.deep.equal([]);
  }
}

/** Two animation frames of `win`: what changed has been laid out and drawn, and observers have reported. */
export const frames = (win: Window = window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
