/**
 * The store's only contact with the browser: the seed's `cart:*` document events,
 * other tabs (BroadcastChannel, or `storage` events where it is missing), tab
 * visibility and the optional live WebSocket.
 */
import { log } from '../internal/log.js';
import { localStorageOf } from '../internal/storage.js';
import type { Cart, LiveMessage } from '../client/types.js';
import type { CartStore } from './cart.js';
import type { StockStore } from './stock.js';

export interface BrowserHooksOptions {
  cart: CartStore;
  stock?: StockStore;
  /** A WebSocket URL, or empty for none. */
  liveUrl?: string;
  channel?: string;
  /** The global object to use (tests pass their own). */
  window?: Window & typeof globalThis;
}

interface TabMessage {
  type: 'cart';
  cart: Cart;
  tab: string;
}

const ours = new WeakSet<Event>();

export function connectBrowser({ cart, stock, liveUrl = '', channel = 'smart-dairy-widgets:cart', window: win = globalThis as Window & typeof globalThis }: BrowserHooksOptions): () => void {
  const doc = win.document as Document | undefined;
  const tab = Math.random().toString(36).slice(2);
  const cleanups: (() => void)[] = [];
  let tell: (message: TabMessage) => void = () => undefined;
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void) => {
    if (typeof target.addEventListener !== 'function') return;
    target.addEventListener(type, handler);
    cleanups.push(() => target.removeEventListener(type, handler));
  };

  // Seed compatibility: theme code listens to these on document.
  const dispatch = (type: string, detail: object) => {
    if (!doc) return;
    const event = new CustomEvent(type, { detail });
    ours.add(event);
    doc.dispatchEvent(event);
  };
  cleanups.push(
    cart.onChange(({ cart: next, source }) => {
      dispatch('cart:updated', { itemCount: next.item_count, subtotal: next.subtotal });
      if (source === 'mutation') tell({ type: 'cart', cart: next, tab });
    }),
    cart.onAdd(({ cart: next, productId, bundleId, quantity }) =>
      dispatch('cart:add', { productId, bundleId, quantity, itemCount: next.item_count, subtotal: next.subtotal }),
    ),
  );
  // Back to the page, or back online: learn what happened meanwhile (a change whose answer was lost, other tabs and devices).
  const catchUp = () => {
    void cart.load({ fresh: true });
    stock?.refresh();
  };
  if (doc) {
    // Theme code that changes the cart its own way tells us with the same events.
    const reload = (event: Event) => {
      if (!ours.has(event)) void cart.load({ fresh: true });
    };
    listen(doc, 'cart:updated', reload);
    listen(doc, 'cart:add', reload);
    listen(doc, 'visibilitychange', () => {
      if (doc.visibilityState === 'visible') catchUp();
    });
  }

  listen(win, 'online', catchUp);

  // Other tabs of this browser.
  const receive = (data: unknown) => {
    const message = data as Partial<TabMessage> | null;
    if (message?.type === 'cart' && message.tab !== tab && message.cart) cart.receive(message.cart);
  };
  const storage = localStorageOf(win);
  if (typeof win.BroadcastChannel === 'function') {
    const bc = new win.BroadcastChannel(channel);
    bc.onmessage = (event) => receive(event.data);
    tell = (message) => {
      try {
        bc.postMessage(message);
      } catch {
        // A closed or unusable channel: other tabs catch up when they become visible.
      }
    };
    cleanups.push(() => bc.close());
  } else if (storage) {
    tell = (message) => {
      try {
        storage.setItem(channel, JSON.stringify({ ...message, at: Date.now() }));
      } catch {
        // Storage full or blocked: other tabs will catch up when they become visible.
      }
    };
    listen(win, 'storage', (event) => {
      const { key, newValue } = event as StorageEvent;
      if (key !== channel || !newValue) return;
      try {
        receive(JSON.parse(newValue));
      } catch {
        // Not ours.
      }
    });
  }

  if (liveUrl && typeof win.WebSocket === 'function') cleanups.push(connectLive(win, liveUrl, cart, stock));

  return () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
}

/** Keeps a live connection open (reconnecting with back-off) and refetches what it says changed. */
function connectLive(win: Window & typeof globalThis, url: string, cart: CartStore, stock?: StockStore): () => void {
  let socket: WebSocket | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let delay = 1_000;
  let closed = false;

  const open = () => {
    try {
      socket = new win.WebSocket(url);
    } catch (error) {
      log.warn(`liveUrl ${url} is not a valid WebSocket URL; live updates are off.`, error);
      return;
    }
    socket.onopen = () => (delay = 1_000);
    socket.onmessage = (event) => {
      let message: LiveMessage;
      try {
        message = JSON.parse(String(event.data)) as LiveMessage;
      } catch {
        return log.warn('A live message was not JSON; ignored.', event.data);
      }
      if (message?.type === 'cart.updated') void cart.load({ fresh: true });
      else if (message?.type === 'stock.updated' && Array.isArray(message.product_ids)) stock?.refresh(message.product_ids.filter(Number.isInteger));
      else log.warn('Unknown live message; ignored.', message);
    };
    socket.onclose = () => {
      if (closed) return;
      retry = setTimeout(open, delay);
      delay = Math.min(delay * 2, 30_000);
    };
  };
  open();
  return () => {
    closed = true;
    clearTimeout(retry);
    socket?.close();
  };
}
