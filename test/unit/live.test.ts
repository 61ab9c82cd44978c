// Live updates: the optional WebSocket of `liveUrl` makes tabs refetch what changed.
import { describe, expect, it, vi } from 'vitest';
import { connectBrowser } from '../../src/store/browser.js';
import { createCartStore } from '../../src/store/cart.js';
import { createStockStore } from '../../src/store/stock.js';
import { fakeShop, until } from './helpers/fake-shop.js';

class FakeSocket {
  static last: FakeSocket | undefined;
  onopen?: () => void;
  onmessage?: (event: { data: string }) => void;
  onclose?: () => void;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.last = this;
  }
  close() {
    this.closed = true;
  }
  send(data: string) {
    this.onmessage?.({ data });
  }
}

function setup() {
  const shop = fakeShop({ 1: { name: 'Milk', price: 95, stock: 10 } });
  const cart = createCartStore({ client: () => shop.client });
  const refreshed: (number[] | undefined)[] = [];
  const stock = { refresh: (ids?: Iterable<number>) => refreshed.push(ids ? [...ids] : undefined) } as unknown as ReturnType<typeof createStockStore>;
  const win = { document: new EventTarget(), WebSocket: FakeSocket } as unknown as Window & typeof globalThis;
  const off = connectBrowser({ cart, stock, liveUrl: 'ws://shop.test/live', window: win, channel: `live-${Math.random()}` });
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
    const { refreshed, off } = setup();
    FakeSocket.last!.send('not json');
    FakeSocket.last!.send(JSON.stringify({ type: 'price.changed' }));
    expect(refreshed).toEqual([]);
    expect(warn.mock.calls.map((c) => String(c[0])).join()).toMatch(/not JSON.*Unknown live message|Unknown live message/s);
    off();
    warn.mockRestore();
  });

  it('reconnects with back-off when the connection drops', () => {
    vi.useFakeTimers();
    const { off } = setup();
    const first = FakeSocket.last!;
    first.onclose!();
    vi.advanceTimersByTime(1_000);
    expect(FakeSocket.last).not.toBe(first);
    off();
    vi.useRealTimers();
  });
});
