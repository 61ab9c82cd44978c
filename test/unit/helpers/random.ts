/**
 * Seeded randomness for tests whose latency or order is random: each run draws a
 * new seed (so repeated runs explore different orders), names it in the test's
 * title, and `TEST_SEED=<seed> npx vitest run <file>` replays a failed run.
 */
import { webcrypto } from 'node:crypto';

/** mulberry32: a tiny, fast 32-bit PRNG; numbers in [0, 1) like Math.random. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function seedOfThisRun(): number {
  const given = process.env.TEST_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`TEST_SEED must be a whole number of 0 or more, not ${given}`);
    return seed >>> 0;
  }
  return webcrypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** This run's seed: from TEST_SEED, or a new one. Put it in the test's title. */
export const SEED = seedOfThisRun();

/** " (seed 123; replay with TEST_SEED=123)", for a test's title. */
export const seedNote = (seed = SEED) => ` (seed ${seed}; replay with TEST_SEED=${seed})`;
