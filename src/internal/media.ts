import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows a media query (e.g. `(prefers-reduced-motion: reduce)`) while the host
 * is on the page, and updates the host when it changes. For what CSS cannot do on
 * its own: the `behavior` of a scroll a button starts, the length of a timer.
 */
export class MediaQuery implements ReactiveController {
  private list?: MediaQueryList | undefined;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  /** Whether the query matches now (false where media queries are not available). */
  get matches(): boolean {
    return (this.list ?? globalThis.matchMedia?.(this.query))?.matches ?? false;
  }

  hostConnected(): void {
    this.list = globalThis.matchMedia?.(this.query);
    this.list?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    this.list = undefined;
  }
}

/** The shopper asked for less motion: scroll instantly, animate nothing that moves. */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
