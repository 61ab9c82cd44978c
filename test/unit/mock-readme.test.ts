// The mock's docs match its code (issue 7.12): every control route is in
// mock-server/README.md with its body, each documented route answers 2xx on a
// real HTTP mock server, and the docs link only to files in the repository.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_ROUTES } from '../../mock-server/handlers/control.js';
import { LIVE_PATH, startHttpMockServer, type HttpMockServer } from '../../mock-server/http.js';
import { scenarioNames } from '../../mock-server/scenarios.js';
import { FORCED_ERROR_KINDS } from '../../mock-server/types.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MOCK_README = resolve(ROOT, 'mock-server/README.md');
const mockReadme = readFileSync(MOCK_README, 'utf8');
const rootReadme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const mockSection = /^## The mock backend\n[\s\S]*?(?=^## )/m.exec(rootReadme)?.[0] ?? '';

interface Documented {
  method: string;
  path: string;
  bodies: unknown[];
}

/** The rows of the control table: | `METHOD` | `/__mock/…` | bodies in backticks | what it does | */
function documentedRoutes(markdown: string): Documented[] {
  const rows: Documented[] = [];
  for (const line of markdown.split('\n')) {
    const row = /^\| `(GET|POST|PUT|DELETE)` \| `(\/__mock\/[^`]*)` \| (.*?) \| .* \|$/.exec(line);
    if (!row) continue;
    const bodies = [...row[3]!.matchAll(/`([^`]+)`/g)].map((m) => JSON.parse(m[1]!) as unknown);
    rows.push({ method: row[1]!, path: row[2]!, bodies });
  }
  return rows;
}

let server: HttpMockServer;
beforeAll(async () => {
  server = await startHttpMockServer({ port: 0 });
});
afterAll(() => server.close());

describe('mock-server/README.md', () => {
  const routes = documentedRoutes(mockReadme);

  it('documents every control route, and only those', () => {
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([...CONTROL_ROUTES].sort());
    // Every POST shows at least one JSON body.
    for (const route of routes.filter((r) => r.method === 'POST')) expect(route.bodies.length, route.path).toBeGreaterThan(0);
  });

  it('each documented route, with each documented body, answers 2xx on a real HTTP mock server', async () => {
    for (const { method, path, bodies } of routes) {
      for (const body of bodies.length ? bodies : [undefined]) {
        const response = await fetch(server.url + path, {
          method,
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        expect(response.status, `${method} ${path} ${JSON.stringify(body)}: ${await response.clone().text()}`).toBeGreaterThanOrEqual(200);
        expect(response.status).toBeLessThan(300);
        expect((await response.json()).ok).toBe(true);
      }
    }
  });

  it('names the live URL, every forced kind and every scenario', () => {
    expect(mockReadme).toContain(`ws://127.0.0.1:8787${LIVE_PATH}`);
    for (const kind of FORCED_ERROR_KINDS) expect(mockReadme).toMatch(new RegExp(`^\\| \`${kind}\` \\|`, 'm'));
    for (const name of scenarioNames) expect(mockReadme).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });
});

describe('README: The mock backend', () => {
  it('links mock-server/README.md and names the live URL and the stock control as they are', () => {
    expect(mockSection).toContain('](mock-server/README.md');
    expect(mockSection).toContain(`ws://127.0.0.1:8787${LIVE_PATH}`);
    expect(mockSection).toContain('POST /__mock/stock {"product_id": 7, "qty": 0}');
    for (const name of scenarioNames) expect(mockSection).toContain(`\`${name}\``);
  });

  it('links only to files inside the repository, in both documents', () => {
    const documents: [string, string][] = [
      [MOCK_README, mockReadme],
      [resolve(ROOT, 'README.md'), mockSection],
    ];
    for (const [file, text] of documents) {
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        const path = resolve(dirname(file), target!.split('#')[0]!);
        expect(relative(ROOT, path).startsWith('..'), `${target} leaves the repository`).toBe(false);
        expect(existsSync(path), `${target} does not exist`).toBe(true);
      }
    }
  });
});
