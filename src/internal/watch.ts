import type { ReadableAtom } from 'nanostores';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Subscribes the host to a nanostores store — a fixed one, or one chosen from its
 * properties (e.g. the stock of its `product-id`) — switching when the choice
 * changes, and letting go when the host leaves the page. (@nanostores/lit's
 * controller is CommonJS and does not tree-shake; this is the same idea.)
 */
export class Watch<T> implements ReactiveController {
  private current?: ReadableAtom<T> | undefined;
  private unsubscribe?: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    store: ReadableAtom<T> | (() => ReadableAtom<T> | undefined),
  ) {
    this.choose = typeof store === 'function' && !('get' in store) ? store : () => store as ReadableAtom<T>;
    host.addController(this);
  }

  private readonly choose: () => ReadableAtom<T> | undefined;

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = this.current = undefined;
  }

  private sync(): void {
    if (!this.connected) return;
    const next = this.choose();
    if (next === this.current) return;
    this.unsubscribe?.();
    this.current = next;
    this.unsubscribe = next?.listen(() => this.host.requestUpdate());
  }

  /** The store's value (undefined while no store is chosen). */
  get value(): T {
    return (this.current ?? this.choose())?.get() as T;
  }
}
