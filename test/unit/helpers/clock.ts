/**
 * A fake clock for tests whose subject is time (the stock batch window, the cache's
 * lifetime, back-off, timeouts): the test moves time itself, so a look-up "5 ms
 * later" is exactly 5 ms later, however busy the machine.
 *
 * Only setTimeout, clearTimeout and Date are faked: MSW and fetch in Node run on
 * promises, nextTick and setImmediate, which stay real, so requests still flow.
 */
import { afterEach, vi } from 'vitest';

export interface Clock {
  /** Milliseconds since the clock was faked. */
  now(): number;
  /** Moves time on by `ms`, running every timer due on the way (and what each one starts). */
  advance(ms: number): Promise<void>;
}

/** Call once per file: restores real timers after each test, even a failed one. */
export function useFakeClock(): { fake(): Clock } {
  afterEach(() => {
    vi.useRealTimers();
  });
  return {
    fake() {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const start = Date.now();
      return {
        now: () => Date.now() - start,
        advance: async (ms) => void (await vi.advanceTimersByTimeAsync(ms)),
      };
    },
  };
}

/**
 * A fetch for the client that logs each request as the client sends it: its path
 * below the API, and on the clock (fake or real) when it was sent and when its
 * signal aborted. The client calls fetch synchronously, so the log is never late.
 */
export function wireLog() {
  const start = Date.now();
  const log: { path: string; sentAt: number; abortedAt?: number }[] = [];
  const wrapped: typeof fetch = (input, init) => {
    const entry: (typeof log)[number] = { path: new URL(String(input)).pathname.replace(/^\/api\/v1/, ''), sentAt: Date.now() - start };
    init?.signal?.addEventListener('abort', () => (entry.abortedAt = Date.now() - start), { once: true });
    log.push(entry);
    return fetch(input, init);
  };
  return { fetch: wrapped, log, paths: () => log.map((entry) => entry.path) };
}
