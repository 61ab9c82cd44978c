import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether an element is out of the shopper's sight: outside the viewport (by more
 * than 200 px), or not displayed, and without focus. One IntersectionObserver
 * watches every widget from its first render on (not at its upgrade: a listing
 * upgrades 48 quick adds in one task); until it has reported on an element (and
 * where there is none), the element counts as in sight. When an element comes into
 * sight, its host is told (`onSight`).
 */
const sights = new WeakMap<Element, Sight>();
let observer: IntersectionObserver | undefined;

export class Sight implements ReactiveController {
  private watching = false;
  /** What the observer last said: outside the viewport, or not displayed. */
  private outside = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element & { hasUpdated: boolean },
    private readonly onSight: () => void,
  ) {
    host.addController(this);
  }

  /** Out of sight; an element with focus (a screen reader's user may act on it off screen) never is. */
  get away(): boolean {
    return this.outside && !this.host.matches(':focus-within');
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
    sights.set(this.host, this);
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) sights.get(target)?.seen(isIntersecting);
      },
      { rootMargin: '200px' },
    );
    observer.observe(this.host);
  }

  private seen(inSight: boolean): void {
    const cameIntoSight = this.outside && inSight;
    this.outside = !inSight;
    if (cameIntoSight) this.onSight();
  }

  hostDisconnected(): void {
    this.watching = false;
    this.outside = false;
    observer?.unobserve(this.host);
  }
}
