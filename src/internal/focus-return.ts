import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that has focus, looking into open shadow roots. */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Focus return for anything that takes focus away and gives it back (a drawer, a
 * dialog, a popover): `capture()` just before moving focus in, `restore()` after
 * closing. Focus goes back to the element that had it — a quick add's button when
 * an add opened the drawer, the cart button when the shopper opened it — or to the
 * fallback when that element is gone, hidden or cannot take focus any more.
 */
export class FocusReturn implements ReactiveController {
  private origin: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Remembers what has focus now. */
  capture(): void {
    const active = deepActiveElement();
    this.origin = active instanceof HTMLElement && active !== document.body ? active : undefined;
  }

  /** Moves focus back to what had it at `capture()`, else to `fallback`. */
  restore(fallback?: HTMLElement | null): void {
    const origin = this.origin;
    this.origin = undefined;
    if (origin?.isConnected && origin.checkVisibility?.() !== false) {
      origin.focus();
      if (deepActiveElement() === origin) return;
    }
    fallback?.focus();
  }

  hostDisconnected(): void {
    this.origin = undefined;
  }
}
