import type { ReadableAtom } from 'nanostores';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Subscribes the host to a store chosen from its properties (e.g. the stock of
 * its `product-id`), switching stores when the choice changes, and letting go
 * when the host leaves the page.
 */
export class Watch<T> implements ReactiveController {
  private store?: ReadableAtom<T> | undefined;
  private unsubscribe?: (() => void) | undefined;
  private connected = false;
  value?: T;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly choose: () => ReadableAtom<T> | undefined,
  ) {
    host.addController(this);
  }

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
    this.unsubscribe = this.store = undefined;
  }

  private sync(): void {
    if (!this.connected) return;
    const next = this.choose();
    if (next === this.store) return;
    this.unsubscribe?.();
    this.store = next;
    this.value = next?.get();
    this.unsubscribe = next?.listen((value) => {
      this.value = value;
      this.host.requestUpdate();
    });
    if (next) this.value = next.get();
  }
}
