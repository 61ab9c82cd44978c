/**
 * Time-sliced updates. A listing of 48 cards upgrades about a hundred elements in
 * one task, and one stock answer re-renders them all at once: on a slow phone that
 * blocked the main thread for hundreds of milliseconds. Every element's update goes
 * through `sliced()`: while the current task has spent less than `BUDGET` ms on
 * updates, an update runs at once (a click's one or two updates are never delayed);
 * beyond that, the rest run in later tasks, in the order they asked (document order:
 * the top of the page, what the shopper sees, first), after the browser has had the
 * chance to paint and to handle input.
 *
 * A re-render of an element out of sight (`later`) waits for an animation frame
 * instead, `FRAME_BUDGET` ms of them a frame: when one stock answer changes every
 * badge of a listing, the browser lays out the new text of the cards on screen at
 * once and that of the far cards a few a frame, not all in the frame in which the
 * answer arrives (at 4x CPU on a phone, that frame took about 180 ms; now about 110).
 */

/** Milliseconds of element updates per task. */
export const BUDGET = 8;
/** Milliseconds of re-renders out of sight per animation frame (their layout comes on top). */
export const FRAME_BUDGET = 4;

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

const inFrames: Job[] = [];

/** The next animation frame, before its rendering; or 100 ms, where a hidden page draws no frames. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

let drainingFrames = false;

async function drainInFrames(): Promise<void> {
  drainingFrames = true;
  try {
    while (inFrames.length > 0) {
      await nextFrame();
      const start = performance.now();
      do inFrames.shift()!();
      while (inFrames.length > 0 && performance.now() - start < FRAME_BUDGET);
    }
  } finally {
    drainingFrames = false;
  }
}

/** Puts `job` in `queue`; resolves when it has run (rejects with its error). */
function queued(queue: Job[], job: Job): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    queue.push(() => {
      try {
        job();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * Runs `job` now if this task's budget allows, otherwise in a later task; resolves
 * when it has run. With `later` (a re-render out of sight), in an animation frame.
 */
export function sliced(job: Job, later = false): void | Promise<void> {
  if (later) {
    const done = queued(inFrames, job);
    if (!drainingFrames) void drainInFrames();
    return done;
  }
  const now = performance.now();
  if (sliceStart < 0) openSlice(now);
  if (!draining && now - sliceStart < BUDGET) return job();
  const done = queued(waiting, job);
  if (!draining) void drain();
  return done;
}
