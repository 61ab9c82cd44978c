// Writes package.json's version into the npm build's version module, so that the
// library reports the version it was published as (tsc has no `define`).
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'dist/esm/internal/version.js';
const before = readFileSync(file, 'utf8');
const after = before.replace(/typeof __SD_VERSION__ === 'string' \? __SD_VERSION__ : '0\.0\.0-dev'/, JSON.stringify(version));
if (after === before) throw new Error(`${file}: the version expression was not found; nothing stamped.`);
writeFileSync(file, after);
