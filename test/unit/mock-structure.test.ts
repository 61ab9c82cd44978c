// The mock's shape (issue 9): split by domain, no import circles (type-only ones
// included: MockControls lives in types.ts), no file over 300 lines, and only
// types from src/ (the client's types.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MOCK = join(ROOT, 'mock-server');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Import {
  target: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?'([^']+)'/gm)) {
    const specifier = match[2]!;
    if (!specifier.startsWith('.')) continue;
    found.push({ target: resolve(dirname(file), specifier.replace(/\.js$/, '.ts')), typeOnly: Boolean(match[1]) });
  }
  return found;
}

const files = sources(MOCK);
const name = (file: string) => relative(ROOT, file);

describe('mock-server structure', () => {
  it('has handlers and state split by domain', () => {
    for (const domain of ['cart', 'stock', 'subscriptions', 'bundles']) {
      expect(files.map(name)).toContain(`mock-server/handlers/${domain}.ts`);
      expect(files.map(name)).toContain(`mock-server/db/${domain}.ts`);
    }
    expect(readFileSync(join(MOCK, 'types.ts'), 'utf8')).toMatch(/export interface MockControls\b/);
  });

  it('has no file over 300 lines', () => {
    const long = files.map((file) => [name(file), readFileSync(file, 'utf8').split('\n').length] as const).filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it('imports only types from src/, and only the client’s types', () => {
    const fromSrc = files.flatMap((file) => importsOf(file).filter((i) => name(i.target).startsWith('src/')).map((i) => ({ file: name(file), ...i, target: name(i.target) })));
    expect(fromSrc.length).toBeGreaterThan(0);
    for (const i of fromSrc) {
      expect(i.typeOnly, `${i.file} imports ${i.target} for more than types`).toBe(true);
      expect(i.target).toBe('src/client/types.ts');
    }
  });

  it('has no import circle, not even a type-only one', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file).map((i) => i.target).filter((target) => target.startsWith(MOCK))]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });
});
