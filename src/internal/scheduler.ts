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
 * A re-render of an element out of sight waits for an animation frame instead
 * (`inAFrame()`), `FRAME_BUDGET` ms of them a frame: when one stock answer changes every
 * badge of a listing, the browser lays out the new text of the cards on screen at
 * once and that of the far cards a few a frame, not all in the frame in which the
 * answer arrives, in front of the shopper's next tap. One that comes into sight
 * meanwhile runs at once (`runNow`); a hidden page, which draws no frames, runs
 * them in tasks.
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

/** Runs the first of `jobs`, then more, in order, while less than `budget` ms have passed since `start`. */
function runBatch(jobs: Job[], budget: number, start: number): void {
  do jobs.shift()!();
  while (jobs.length > 0 && performance.now() - start < budget);
}

async function drain(): Promise<void> {
  draining = true;
  try {
    while (waiting.length > 0) {
      await nextTask();
      sliceStart = performance.now();
      runBatch(waiting, BUDGET, sliceStart);
    }
  } finally {
    draining = false;
    sliceStart = -1;
  }
}

/** A queued job: runs `job` and settles the promise of whoever queued it. */
type Entry = Job & { job: Job };

const inFrames: Entry[] = [];

/**
 * The next animation frame, before its rendering. A hidden page draws none: there
 * the next task, also once a page is hidden while it waits. An iframe out of view
 * may draw none either: at most 100 ms then.
 */
function nextFrame(): Promise<void> {
  if (document.hidden) return nextTask();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    const timer = setTimeout(done, 100);
    document.addEventListener('visibilitychange', done);
    requestAnimationFrame(done);
  });
}

let drainingFrames = false;

async function drainInFrames(): Promise<void> {
  drainingFrames = true;
  try {
    while (inFrames.length > 0) {
      await nextFrame();
      runBatch(inFrames, FRAME_BUDGET, performance.now());
    }
  } finally {
    drainingFrames = false;
  }
}

/** Puts `job` in `queue`; resolves when it has run (rejects with its error). */
function queued(queue: Job[], job: Job): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const entry = () => {
      try {
        job();
        resolve();
      } catch (error) {
        reject(error);
      }
    };
    queue.push(Object.assign(entry, { job }));
  });
}

/** Runs `job` now if this task's budget allows, otherwise in a later task; resolves when it has run. */
export function sliced(job: Job): void | Promise<void> {
  const now = performance.now();
  if (sliceStart < 0) openSlice(now);
  if (!draining && now - sliceStart < BUDGET) return job();
  const done = queued(waiting, job);
  if (!draining) void drain();
  return done;
}

/** Runs `job` in a coming animation frame, within its budget (a re-render out of sight); resolves when it has run. */
export function inAFrame(job: Job): Promise<void> {
  const done = queued(inFrames, job);
  if (!drainingFrames) void drainInFrames();
  return done;
}

/** Runs `job` at once if it waits for an animation frame (its element has come into sight). */
export function runNow(job: Job): void {
  const index = inFrames.findIndex((entry) => entry.job === job);
  if (index >= 0) inFrames.splice(index, 1)[0]!();
}
