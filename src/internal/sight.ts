import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether an element is out of the shopper's sight: outside the viewport, or not
 * displayed. One IntersectionObserver watches every widget; until it has reported
 * on an element (and where there is none), the element counts as in sight.
 */
const away = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;

export class Sight implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  get away(): boolean {
    return away.has(this.host);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver !== 'function') return;
    observer ??= new IntersectionObserver((entries) => {
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting) away.delete(target);
        else away.add(target);
      }
    });
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
    away.delete(this.host);
  }
}
