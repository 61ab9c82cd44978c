import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether an element is out of the shopper's sight: outside the viewport (by more
 * than 200 px), or not displayed, and without focus. One IntersectionObserver
 * watches every widget from its first render on (not at its upgrade: a listing
 * upgrades 48 quick adds in one task); until it has reported on an element (and
 * where there is none), the element counts as in sight. When an element comes into
 * sight, its host is told (`onSight`).
 */
const away = new WeakSet<Element>();
const onSights = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;

export class Sight implements ReactiveController {
  private watching = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element & { hasUpdated: boolean },
    private readonly onSight: () => void,
  ) {
    host.addController(this);
  }

  /** Out of sight; an element with focus (a screen reader's user may act on it off screen) never is. */
  get away(): boolean {
    return away.has(this.host) && !this.host.matches(':focus-within');
  }

  hostConnected(): void {
    // Back in a page after it was drawn: watched again at once.
    if (this.host.hasUpdated) this.watch();
  }

  hostUpdated(): void {
    if (!this.watching) this.watch();
  }

  private watch(): void {
    if (typeof IntersectionObserver !== 'function' || !this.host.isConnected) return;
    this.watching = true;
    onSights.set(this.host, this.onSight);
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          if (!isIntersecting) away.add(target);
          else if (away.delete(target)) onSights.get(target)?.();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.watching = false;
    observer?.unobserve(this.host);
    away.delete(this.host);
  }
}
