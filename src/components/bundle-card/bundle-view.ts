import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onViewed` once, when at least half of the host has been on screen (or half
 * the screen's height of it, for a host taller than twice the screen) while
 * `ready()` says it shows what counts. For reach figures (`sd-bundle-view`).
 */
export class ViewedOnce implements ReactiveController {
  private observer?: IntersectionObserver | undefined;
  private inView = false;
  private viewed = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly ready: () => boolean,
    private readonly onViewed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.viewed || typeof IntersectionObserver !== 'function') return;
    // Several thresholds: a card taller than twice the screen never reaches 50 %, but half the screen counts.
    this.observer = new IntersectionObserver((entries) => this.handleIntersect(entries), { threshold: [0, 0.25, 0.5, 0.75, 1] });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    this.check();
  }

  private handleIntersect(entries: IntersectionObserverEntry[]): void {
    const entry = entries[entries.length - 1]!;
    const screen = entry.rootBounds?.height ?? innerHeight;
    this.inView = entry.isIntersecting && (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= screen / 2);
    this.check();
  }

  private check(): void {
    if (this.viewed || !this.inView || !this.ready()) return;
    this.viewed = true;
    this.hostDisconnected();
    this.onViewed();
  }
}
