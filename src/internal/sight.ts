import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether an element is out of the shopper's sight: outside the viewport, or not
 * displayed. One IntersectionObserver watches every widget from its first render
 * on (not at its upgrade: a listing upgrades 48 quick adds in one task); until it
 * has reported on an element (and where there is none), the element counts as in sight.
 */
const away = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;

export class Sight implements ReactiveController {
  private watching = false;

  constructor(private readonly host: ReactiveControllerHost & Element & { hasUpdated: boolean }) {
    host.addController(this);
  }

  get away(): boolean {
    return away.has(this.host);
  }

  hostConnected(): void {
    // Back in a page after it was drawn: watched again at once.
    if (this.host.hasUpdated) this.watch();
  }

  hostUpdated(): void {
    if (!this.watching) this.watch();
  }

  private watch(): void {
    if (typeof IntersectionObserver !== 'function') return;
    this.watching = true;
    observer ??= new IntersectionObserver((entries) => {
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting) away.delete(target);
        else away.add(target);
      }
    });
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.watching = false;
    observer?.unobserve(this.host);
    away.delete(this.host);
  }
}
