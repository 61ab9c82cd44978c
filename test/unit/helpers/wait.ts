/**
 * Waiting on what a test can observe, instead of sleeping and hoping: answers held
 * until the test lets them go, calls of a callback in order, and a promise that must
 * settle while the (fake) clock stands still.
 *
 * Every wait here is bounded by REAL time, so a broken behaviour fails with a
 * message instead of hanging until the test's timeout. The real timers are taken
 * when this module loads, before any test fakes the clock.
 */
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** How long (real ms) to wait for something that should happen at once. */
const PATIENCE = 2_000;

/** `promise`, or a failure saying `what` did not happen within `ms` real milliseconds. */
export function within<T>(promise: Promise<T>, what: string, ms = PATIENCE): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = realSetTimeout(() => reject(new Error(`${what}: did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => realClearTimeout(timer));
}

/**
 * The promise's outcome, provided it settles while the clock stands still: only work
 * that is already due (promise callbacks, I/O, setImmediate) runs meanwhile. Use it
 * with a fake clock to show that something happened without any time passing, or
 * that it needed none of the time the fake clock holds back.
 */
export async function withoutTime<T>(promise: Promise<T>, what = 'the call', turns = 100): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let turn = 0; turn < turns && !settled; turn++) await new Promise((resolve) => setImmediate(resolve));
  if (!settled) throw new Error(`${what} was still pending with the clock standing still (${turns} turns of the event loop)`);
  return promise;
}

export interface Gate {
  /** In a handler: notes the arrival and waits until the gate lets it through. */
  pass(request?: Request): Promise<void>;
  /** Resolves once `count` requests in all have arrived. */
  arrived(count?: number): Promise<void>;
  /** How many requests have arrived so far. */
  readonly arrivals: number;
  /** Lets every waiting request through, and every later one. */
  open(): void;
  /** Holds later arrivals again (those already let through stay so). */
  close(): void;
}

const waitingEverywhere = new Set<() => void>();

/** Lets every held request through: for `afterEach`, so no handler outlives its test. */
export function releaseGates(): void {
  for (const release of [...waitingEverywhere]) release();
  waitingEverywhere.clear();
}

/** A gate for answers: closed unless `open` is true. A request whose caller aborts stops waiting. */
export function gate({ open: isOpen = false } = {}): Gate {
  let arrivals = 0;
  let opened = isOpen;
  const waiting = new Set<() => void>();
  const watchers: { count: number; resolve(): void }[] = [];

  return {
    get arrivals() {
      return arrivals;
    },
    pass(request?: Request) {
      arrivals += 1;
      for (const watcher of watchers.filter((w) => arrivals >= w.count)) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve();
      }
      if (opened) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const release = () => {
          waiting.delete(release);
          waitingEverywhere.delete(release);
          resolve();
        };
        waiting.add(release);
        waitingEverywhere.add(release);
        request?.signal.addEventListener('abort', release, { once: true });
      });
    },
    arrived(count = 1) {
      if (arrivals >= count) return Promise.resolve();
      const reached = new Promise<void>((resolve) => watchers.push({ count, resolve }));
      return within(reached, `expected ${count} request(s) to arrive (${arrivals} so far)`);
    },
    open() {
      opened = true;
      for (const release of [...waiting]) release();
    },
    close() {
      opened = false;
    },
  };
}

/** A callback to hand to the code under test, and its calls in order, awaited one by one. */
export function calls<T = void>(name = 'the callback') {
  const made: T[] = [];
  const waiters: ((value: T) => void)[] = [];
  let taken = 0;
  return {
    fn: (value: T) => {
      made.push(value);
      waiters.shift()?.(value);
    },
    /** The next call not yet taken (waits for it if need be). */
    next(): Promise<T> {
      const index = taken++;
      if (index < made.length) return Promise.resolve(made[index]!);
      return within(new Promise<T>((resolve) => waiters.push(resolve)), `${name} call #${index + 1}`);
    },
    made,
  };
}
