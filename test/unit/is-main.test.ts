// The build's scripts (size budgets, npm minification, README tables) run their work only
// when run as a script. They used to compare import.meta.url with `file://${argv[1]}`,
// which never matched in a clone whose path has a space or a Bengali folder name: the
// build then skipped its size budgets without a word.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const helper = pathToFileURL(join(process.cwd(), 'scripts/is-main.mjs')).href;
const dir = mkdtempSync(join(tmpdir(), 'sd widgets দুধ '));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(join(dir, 'lib.mjs'), `import { isMain } from ${JSON.stringify(helper)};\nexport const libIsMain = isMain(import.meta.url);\n`);
writeFileSync(join(dir, 'run.mjs'), `import { isMain } from ${JSON.stringify(helper)};\nimport { libIsMain } from './lib.mjs';\nconsole.log(JSON.stringify({ run: isMain(import.meta.url), lib: libIsMain }));\n`);
symlinkSync(dir, `${dir}-link`);
afterAll(() => rmSync(`${dir}-link`, { force: true }));

const run = (path: string) => JSON.parse(execFileSync(process.execPath, [path], { encoding: 'utf8' })) as { run: boolean; lib: boolean };

describe('isMain: is this module the script that was run?', () => {
  it('is true for the script and false for what it imports, in a folder with a space and Bengali letters', () => {
    expect(run(join(dir, 'run.mjs'))).toEqual({ run: true, lib: false });
  });

  it('holds when the script is reached through a symbolic link', () => {
    expect(run(join(`${dir}-link`, 'run.mjs'))).toEqual({ run: true, lib: false });
  });
});
