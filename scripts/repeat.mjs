#!/usr/bin/env node
// npm run test:repeat [-- N]: runs the unit suite N times in a row (10 by default)
// and stops at the first failure, to catch tests that pass only on a quiet machine.
// Each run's seeded tests draw a new seed (named in the test's title); a failed
// run's output shows it, and TEST_SEED=<seed> npx vitest run <file> replays it.
// Not part of `npm test`.
import { spawnSync } from 'node:child_process';

const arg = process.argv[2];
const runs = arg === undefined ? 10 : Number(arg);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`usage: npm run test:repeat [-- N]  (N a whole number of runs above 0, not ${arg})`);
  process.exit(2);
}

const started = Date.now();
for (let run = 1; run <= runs; run++) {
  const begun = Date.now();
  // Quiet while passing; the output of a failing run is shown in full.
  const result = spawnSync('npx', ['vitest', 'run', '--reporter=dot'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const seconds = ((Date.now() - begun) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    if (result.error) console.error(result.error);
    console.error(`run ${run}/${runs} FAILED after ${seconds} s (${run - 1} passed before it)`);
    process.exit(result.status ?? 1);
  }
  console.log(`run ${run}/${runs} passed (${seconds} s)`);
}
console.log(`all ${runs} runs passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
