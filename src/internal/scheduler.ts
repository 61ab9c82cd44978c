/**
 * Time-sliced updates. A listing of 48 cards upgrades about a hundred elements in
 * one task, and one stock answer re-renders them all at once: on a slow phone that
 * blocked the main thread for hundreds of milliseconds. Every element's update goes
 * through `sliced()`: while the current task has spent less than `BUDGET` ms on
 * updates, an update runs at once (a click's one or two updates are never delayed);
 * beyond that, the rest run in later tasks, in the order they asked (document order:
 * the top of the page, what the shopper sees, first), after the browser has had the
 * chance to paint and to handle input.
 */

/** Milliseconds of element updates per task. */
export const BUDGET = 8;

type Job = () => void;

let sliceStart = -1;
let draining = false;
const waiting: Job[] = [];

/** A new task: `scheduler.yield()` where it exists, else a MessageChannel message (no 4 ms clamp). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Starts a slice in this task, and ends it when the task is over. */
function openSlice(now: number): void {
  sliceStart = now;
  void nextTask().then(() => {
    if (!draining) sliceStart = -1;
  });
}

async function drain(): Promise<void> {
  draining = true;
  try {
    while (waiting.length > 0) {
      await nextTask();
      sliceStart = performance.now();
      do waiting.shift()!();
      while (waiting.length > 0 && performance.now() - sliceStart < BUDGET);
    }
  } finally {
    draining = false;
    sliceStart = -1;
  }
}

/** Runs `job` now if this task's budget allows, otherwise in a later task; resolves when it has run. */
export function sliced(job: Job): void | Promise<void> {
  const now = performance.now();
  if (sliceStart < 0) openSlice(now);
  if (!draining && now - sliceStart < BUDGET) return job();
  return new Promise<void>((resolve, reject) => {
    waiting.push(() => {
      try {
        job();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    if (!draining) void drain();
  });
}
