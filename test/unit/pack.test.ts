// A packed package is complete: every target named in package.json's exports,
// types and customElements is in the file list `npm pack` produces. Needs a build
// first (`npm test` builds before the unit tests; `npm pack` builds by `prepack`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  types: string;
  main: string;
  module: string;
  customElements: string;
  scripts: Record<string, string>;
  version: string;
};

const targets = (): string[] => {
  const fromExports = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  return [...new Set([...fromExports, pkg.types, pkg.main, pkg.module, pkg.customElements])].map((path) => path.replace(/^\.\//, ''));
};

describe('npm pack', () => {
  it('builds before packing', () => {
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
  });

  // Spawns npm, which takes a few seconds on a busy 2-core machine: not what is tested here.
  it('ships every target of exports, types, main, module and customElements', { timeout: 60_000 }, () => {
    expect(existsSync('dist/esm/index.js'), 'run `npm run build` first').toBe(true);
    // --ignore-scripts: the build already ran; this lists what the tarball would hold.
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as [{ files: { path: string }[] }];
    const files = new Set(report.files.map((file) => file.path));
    const missing = targets().filter((target) => !files.has(target));
    expect(missing).toEqual([]);
    expect(targets().length).toBeGreaterThan(10);
  });

  it('reports package.json’s version from both builds, with no second copy of it in the source', async () => {
    const { VERSION } = (await import(`${process.cwd()}/dist/esm/internal/version.js`)) as { VERSION: string };
    expect(VERSION).toBe(pkg.version);
    const cdn = readFileSync('dist/cdn/smart-dairy-widgets.js', 'utf8');
    expect(cdn.includes('__SD_VERSION__'), 'the define was not applied').toBe(false);
    const quoted = new RegExp(`[\`'"]${pkg.version.replace(/\./g, '\\.')}[\`'"]`);
    expect(quoted.test(cdn), `the script tag does not carry ${pkg.version}`).toBe(true);
    expect(readFileSync('src/internal/version.ts', 'utf8')).not.toContain(pkg.version);
  });
});
