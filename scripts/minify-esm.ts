/**
 * The npm build's templates minified as the script tag's are (see minify-templates.ts):
 * run over tsc's output, dist/esm/**\/*.js, after `tsc -p tsconfig.build.json`. Each
 * file's source map is composed with the edit, so it still points into src/.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import remapping, { type SourceMapInput } from '@jridgewell/remapping';
import { minifyTemplates } from './minify-templates.js';
import { isMain } from './is-main.mjs';

export async function minifyEsm(dir: string): Promise<{ files: number; before: number; after: number }> {
  let files = 0;
  let before = 0;
  let after = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.js')) continue;
    const file = join(dir, name);
    const code = readFileSync(file, 'utf8');
    const result = await minifyTemplates(code, file);
    if (!result) continue;
    writeFileSync(file, result.code);
    files++;
    before += code.length;
    after += result.code.length;
    const mapFile = `${file}.map`;
    if (!existsSync(mapFile)) continue;
    const previous = JSON.parse(readFileSync(mapFile, 'utf8')) as { file?: string; sourceRoot?: string };
    const map = remapping([result.map as SourceMapInput, previous as SourceMapInput], () => null);
    writeFileSync(mapFile, JSON.stringify({ ...map, file: previous.file, sourceRoot: previous.sourceRoot }));
  }
  return { files, before, after };
}

if (isMain(import.meta.url)) {
  const { files, before, after } = await minifyEsm(process.argv[2] ?? 'dist/esm');
  if (files === 0) throw new Error('No template was minified: is dist/esm built?');
  console.log(`Templates minified in ${files} files of the npm build: ${before} → ${after} bytes.`);
}
