// Shared set-up of the element tests: one mock shop in the page's service worker,
// reset before each test, and small helpers that look at what a shopper sees.
import { waitUntil } from '@open-wc/testing';
import { shop } from '../../src/store/index.js';
import { configure, DEFAULT_CONFIG } from '../../src/config/config.js';
import { startMockShop } from '../../mock-server/browser.js';

export type BrowserMock = Awaited<ReturnType<typeof startMockShop>>;

/**
 * Starts the mock shop once for the file, and before each test resets it, the
 * stock cache, remembered subscriptions and the page configuration, then loads
 * a fresh (empty) cart. Returns a getter, as the mock exists only after `before`.
 */
export function useMockShop(): () => BrowserMock {
  let mock: BrowserMock | undefined;
  let pending = 0;
  before(async () => {
    mock = await startMockShop();
    mock.worker.events.on('request:start', () => void pending++);
    mock.worker.events.on('request:end', () => void pending--);
  });
  beforeEach(async () => {
    mock!.controls.reset();
    configure({ ...DEFAULT_CONFIG });
    // Stock atoms stay mounted a moment after their last element goes: ask again for them all.
    shop.stock.refresh();
    localStorage.clear();
    shop.subscriptions.$subscribed.set([]);
    await shop.cart.load({ fresh: true });
    // Nothing of the set-up still on the wire: a failure a test forces hits the test's own request.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await waitUntil(() => pending === 0, 'set-up requests never finished', { timeout: 5000 });
  });
  afterEach(() => {
    for (const cart of document.querySelectorAll('sd-mini-cart')) cart.hide();
  });
  return () => mock!;
}

/** An API request the page made: its path below /api/v1 (e.g. "/cart/add") and its body. */
export interface SeenRequest {
  path: string;
  body: string;
}

/** Records every API request the page makes until `stop()`, which resolves with them. */
export function recordRequests(mock: BrowserMock): { stop(): Promise<SeenRequest[]> } {
  const seen: Promise<SeenRequest>[] = [];
  const listener = ({ request }: { request: Request }) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith('/api/v1/')) return;
    const path = pathname.slice('/api/v1'.length);
    seen.push(request.method === 'GET' ? Promise.resolve({ path, body: '' }) : request.clone().text().then((body) => ({ path, body })));
  };
  mock.worker.events.on('request:start', listener);
  return {
    stop: () => {
      mock.worker.events.removeListener('request:start', listener);
      return Promise.all(seen);
    },
  };
}

/** The accessible name of an element (e.g. a button in a shadow root), as axe computes it. */
export async function accessibleName(el: Element): Promise<string> {
  if (!window.axe) await import('axe-core/axe.min.js');
  const axe = window.axe!;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(el)!);
  } finally {
    axe.teardown();
  }
}

/** Resolves once no change to the cart is waiting for the shop. */
export const settle = () => waitUntil(() => shop.cart.$cart.get().pending.length === 0, 'cart never settled', { timeout: 5000 });

/** What the shop's cart holds now, as [product id, quantity] pairs. */
export const serverCart = async () => (await shop.client().getCart()).items.map((item) => [item.product_id, item.quantity]);

/** The element that has focus, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** An element's shadow text, whitespace collapsed. */
export const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** Console messages of one kind while `run` runs (and its promise settles). */
export async function consoleDuring(kind: 'error' | 'warn', run: () => unknown): Promise<string[]> {
  const messages: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[kind] = original;
  }
  return messages;
}

/**
 * Waits until every element in `root` has rendered. `fixture()` awaits only its root's
 * update; the elements inside update in time slices (src/internal/scheduler.ts), so one
 * may render a task later (in Firefox, slower to render, this happens).
 */
export async function rendered(root: Element): Promise<void> {
  await Promise.all([...root.querySelectorAll('*')].map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
}

/** The element's shadow part of that name (fails loudly when there is none). */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T {
  const found = host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`<${host.localName}> has no part "${name}"`);
  return found;
}
