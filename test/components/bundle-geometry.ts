// What sticks out of an element: the check of layout.test.ts, for the bundle
// elements' tests (a card at 160 px, a row of cards).

const SLACK = 0.5;

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
function visibleRect(el: Element, host: Element): { left: number; right: number; top: number; bottom: number } {
  const rect = el.getBoundingClientRect();
  let { left, right, top, bottom } = rect;
  for (let node: Element | null = parentOf(el); node && node !== host; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = node.getBoundingClientRect();
    left = Math.max(left, clip.left);
    right = Math.min(right, clip.right);
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
  }
  return { left, right, top, bottom: Math.max(top, bottom) };
}

/** What sticks out of the host (or out of its own box, for text that does not wrap). */
export function overflows(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  const found: string[] = [];
  const name = (el: Element) => `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
  for (const el of deepElements(host.shadowRoot!)) {
    if (invisible(el, el.getBoundingClientRect())) continue;
    const rect = visibleRect(el, host);
    if (rect.right <= rect.left || rect.bottom <= rect.top) continue;
    if (rect.left < box.left - SLACK || rect.right > box.right + SLACK) found.push(`${name(el)} spans ${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} of 0…${Math.round(box.width)}`);
    if (rect.top < box.top - SLACK || rect.bottom > box.bottom + SLACK) found.push(`${name(el)} spans ${Math.round(rect.top - box.top)}…${Math.round(rect.bottom - box.top)} px high of ${Math.round(box.height)}`);
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)}'s content is ${el.scrollWidth} px wide in ${el.clientWidth}`);
  }
  return found;
}
