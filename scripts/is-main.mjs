// Whether a module is the script node (or tsx) was asked to run, rather than an import.
// Compares paths, not URLs: `file://${argv[1]}` differs from import.meta.url wherever the
// clone's path has a space or any non-ASCII letter (a Bengali folder name), which the URL
// percent-encodes — and the script's work was then silently skipped.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const real = (path) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** `isMain(import.meta.url)`: true when this module was run as a script. */
export function isMain(moduleUrl) {
  return !!process.argv[1] && real(process.argv[1]) === real(fileURLToPath(moduleUrl));
}
