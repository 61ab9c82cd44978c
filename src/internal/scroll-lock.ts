import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { singleton } from './registry.js';

interface PageLock {
  /** Everything that holds the lock now (each holder counts once). */
  holders: Set<object>;
  /** The page's own `overflow` before the first holder, restored after the last. */
  saved: string;
}

/**
 * One scroll lock for the page, shared by every element (and by a second copy of
 * the library on the same page, through the `globalThis` registry), as Shoelace's
 * `lockBodyScrolling` does: the page stops scrolling when the first holder locks
 * and scrolls again when the last one lets go, in whatever order they do.
 */
const page = (): PageLock => singleton('scroll-lock', () => ({ holders: new Set<object>(), saved: '' }));

export function lockPageScroll(holder: object): void {
  const lock = page();
  if (lock.holders.has(holder)) return;
  if (lock.holders.size === 0) {
    lock.saved = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
  }
  lock.holders.add(holder);
}

export function unlockPageScroll(holder: object): void {
  const lock = page();
  if (!lock.holders.delete(holder)) return;
  if (lock.holders.size === 0) document.documentElement.style.overflow = lock.saved;
}

/** The page's scroll lock for one element: `lock()`, `unlock()`, and let go when the element leaves the page. */
export class ScrollLock implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether this element holds the page's lock now. */
  get held(): boolean {
    return page().holders.has(this.host);
  }

  lock(): void {
    lockPageScroll(this.host);
  }

  unlock(): void {
    unlockPageScroll(this.host);
  }

  hostDisconnected(): void {
    this.unlock();
  }
}
