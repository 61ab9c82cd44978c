// The README documents every element from the custom-elements manifest (issue 13): its generated
// parts are exactly what `npm run readme` (scripts/readme-elements.ts) writes from the JSDoc, so
// a changed attribute, event, part or token fails here until the README is regenerated.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { elementsOf, type Manifest } from '../../scripts/manifest-api.js';
import { DRAWS_NOTHING, ROOT, analyzeManifest, firstDifference, readInputs, render, sectionTags, shotsOf, type Inputs } from '../../scripts/readme-elements.js';

const README = resolve(ROOT, 'README.md');
const readme = readFileSync(README, 'utf8');
let manifest: Manifest;
let inputs: Inputs;

beforeAll(async () => {
  manifest = await analyzeManifest();
  inputs = await readInputs(ROOT, manifest);
}, 60_000);

describe('README: a section per element, generated from the manifest', () => {
  it('is what `npm run readme` writes (run it after changing an element’s JSDoc, its tokens or its screenshots)', () => {
    const { text } = render(readme, inputs);
    expect(text === readme, `README.md is out of date: run npm run readme. First difference at ${firstDifference(readme, text)}`).toBe(true);
  });

  it('documents every element, each with an example, an npm entry and (if it draws anything) its screenshots', () => {
    expect(render(readme, inputs).problems).toEqual([]);
    const tags = elementsOf(manifest).map((element) => element.tag);
    expect(tags.length).toBeGreaterThanOrEqual(12);
    expect([...sectionTags(readme)].sort()).toEqual([...tags].sort());
    for (const tag of tags) {
      if (DRAWS_NOTHING.has(tag)) continue;
      const plain = shotsOf(tag, inputs.images).find((shot) => shot.variant === '');
      expect(plain?.light && plain?.dark, `${tag}: a light and a dark screenshot`).toBeTruthy();
    }
  });

  it('keeps the markers other writers fill: performance (bench/readme.ts) and browser support', () => {
    for (const marker of ['perf', 'browsers', 'elements', 'toc', 'config', 'tokens', 'dark-theme', 'events']) {
      expect(readme.split(`<!-- ${marker}:start -->`).length - 1, `one <!-- ${marker}:start -->`).toBe(1);
      expect(readme.indexOf(`<!-- ${marker}:end -->`)).toBeGreaterThan(readme.indexOf(`<!-- ${marker}:start -->`));
    }
  });

  it('links and shows only files that are in the repository', () => {
    let inFence = false;
    const prose = readme
      .split('\n')
      .filter((line) => {
        if (/^\s*```/.test(line)) inFence = !inFence;
        return !inFence;
      })
      .join('\n');
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target!)) continue;
      const path = resolve(dirname(README), decodeURIComponent(target!.split('#')[0]!));
      expect(relative(ROOT, path).startsWith('..'), `${target} leaves the repository`).toBe(false);
      expect(existsSync(path), `${target} exists`).toBe(true);
    }
  });
});
