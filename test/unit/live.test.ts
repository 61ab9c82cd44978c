// Live updates: the optional WebSocket of `liveUrl` makes tabs refetch what changed.
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectBrowser } from '../../src/store/browser.js';
import { createCartStore, type CartStore } from '../../src/store/cart.js';
import { createStockStore } from '../../src/store/stock.js';
import { useFakeClock } from './helpers/clock.js';
import { fakeShop, until } from './helpers/fake-shop.js';

class FakeSocket {
  /** Every socket opened, in order. */
  static opened: FakeSocket[] = [];
  static get last(): FakeSocket | undefined {
    return FakeSocket.opened.at(-1);
  }
  onopen?: () => void;
  onmessage?: (event: { data: string }) => void;
  onclose?: () => void;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  close() {
    this.closed = true;
  }
  send(data: string) {
    this.onmessage?.({ data });
  }
}

const clock = useFakeClock();
const connections: (() => void)[] = [];
const stores: CartStore[] = [];
let channels = 0;

afterEach(() => {
  for (const off of connections.splice(0)) off();
  for (const store of stores.splice(0)) cleanStores(store.$cart, store.$confirmed);
  FakeSocket.opened = [];
  vi.restoreAllMocks();
});

function setup() {
  const shop = fakeShop({ 1: { name: 'Milk', price: 95, stock: 10 } });
  const cart = createCartStore({ client: () => shop.client });
  stores.push(cart);
  const refreshed: (number[] | undefined)[] = [];
  const stock = { refresh: (ids?: Iterable<number>) => refreshed.push(ids ? [...ids] : undefined) } as unknown as ReturnType<typeof createStockStore>;
  const win = { document: new EventTarget(), WebSocket: FakeSocket } as unknown as Window & typeof globalThis;
  const off = connectBrowser({ cart, stock, liveUrl: 'ws://shop.test/live', window: win, channel: `live-${++channels}` });
  connections.push(off);
  return { shop, cart, refreshed, off };
}

describe('live updates', () => {
  it('refetches the cart on cart.updated and the named products’ stock on stock.updated', async () => {
    const { shop, cart, refreshed, off } = setup();
    await cart.load();
    shop.seed(1, 3);
    FakeSocket.last!.send(JSON.stringify({ type: 'cart.updated' }));
    await until(() => cart.$cart.get().item_count === 3);
    FakeSocket.last!.send(JSON.stringify({ type: 'stock.updated', product_ids: [1, 'x', 2] }));
    expect(refreshed).toEqual([[1, 2]]);
    off();
    expect(FakeSocket.last!.closed).toBe(true);
  });

  it('ignores what it does not understand, with a console message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { refreshed } = setup();
    FakeSocket.last!.send('not json');
    FakeSocket.last!.send(JSON.stringify({ type: 'price.changed' }));
    expect(refreshed).toEqual([]);
    expect(warn.mock.calls.map((c) => String(c[0])).join()).toMatch(/not JSON.*Unknown live message|Unknown live message/s);
  });

  it('reconnects after 1 s, then 2 s if it drops again, back to 1 s once a connection opened', async () => {
    const time = clock.fake();
    setup();
    FakeSocket.last!.onclose!();
    await time.advance(999);
    expect(FakeSocket.opened).toHaveLength(1);
    await time.advance(1);
    expect(FakeSocket.opened).toHaveLength(2);

    FakeSocket.last!.onclose!(); // dropped before it opened: wait longer
    await time.advance(1_999);
    expect(FakeSocket.opened).toHaveLength(2);
    await time.advance(1);
    expect(FakeSocket.opened).toHaveLength(3);

    FakeSocket.last!.onopen!();
    FakeSocket.last!.onclose!();
    await time.advance(1_000);
    expect(FakeSocket.opened).toHaveLength(4);
  });

  it('does not reconnect once disconnected', async () => {
    const time = clock.fake();
    const { off } = setup();
    FakeSocket.last!.onclose!();
    off();
    await time.advance(60_000);
    expect(FakeSocket.opened).toHaveLength(1);
  });
});
