// npm run test:hosts — the packed library in real host apps (test/hosts/apps/*): each
// app installs the tarball that `npm pack` makes (never a workspace link), is built,
// type-checked, served and driven in Chromium against the mock shop's HTTP server.
//
//   npm run test:hosts                     every app, after `npm run build` and `npm pack`
//   npm run test:hosts -- react vue        only these apps
//   npm run test:hosts -- --no-build       pack dist/ as it is (no build)
//   npm run test:hosts -- --update-locks   npm install instead of npm ci, and write each app's package-lock.json back
//
// Apps are copied to a work directory outside the repository ($HOST_APPS_DIR, else
// <tmp>/smart-dairy-widgets-hosts), so that nothing there resolves a package from the
// repository's own node_modules. There each keeps its node_modules between runs: an
// app whose lock file and tarball have not changed is not installed again; when only
// the tarball changed, npm installs it over the kept tree; otherwise `npm ci
// --prefer-offline` installs from the lock file, reading npm's cache.
//
// Each app folder has a package.json (scripts: build, and typecheck when it has types)
// and host.test.mjs, whose `app` says how it is served and which deliberate type errors
// its checker must report, and whose `run(t)` holds its checks in Chromium.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { startHttpMockServer } from '../mock-server/http.ts';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const APPS = join(ROOT, 'test/hosts/apps');
const WORK = resolve(process.env.HOST_APPS_DIR ?? join(tmpdir(), 'smart-dairy-widgets-hosts'));
const TARBALL = join(WORK, '.pack/smart-dairy-widgets.tgz');
/** Build output and installs: never copied from the repository, never deleted from the work copy by a sync. */
const LOCAL_ONLY = new Set(['node_modules', 'dist', 'build', '.next', '.svelte-kit']);
const CHECK_TIMEOUT = 20_000;
/** Steps that are tests in their own right, counted in the summary's passes. */
const TESTED_STEPS = new Set(['type check', 'deliberate type errors']);
// Next.js never phones home from here (build or start).
process.env.NEXT_TELEMETRY_DISABLED = '1';

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const known = new Set(['--no-build', '--update-locks']);
for (const flag of flags) if (!known.has(flag)) fail(`Unknown option ${flag} (known: ${[...known].join(', ')}).`);
const allApps = readdirSync(APPS).filter((name) => existsSync(join(APPS, name, 'package.json')) && existsSync(join(APPS, name, 'host.test.mjs')));
const ORDER = ['plain', 'bootstrap', 'react', 'vue', 'svelte', 'next'];
allApps.sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
const wanted = args.filter((arg) => !arg.startsWith('--'));
for (const name of wanted) if (!allApps.includes(name)) fail(`No host app "${name}" in test/hosts/apps (there are: ${allApps.join(', ')}).`);
const apps = wanted.length > 0 ? allApps.filter((name) => wanted.includes(name)) : allApps;

function fail(message) {
  console.error(message);
  process.exit(2);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const sha = (data) => createHash('sha512').update(data).digest('base64');

/** Child process groups still running, ended if this script stops early. */
const children = new Set();
const endGroup = (child) => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', () => children.forEach(endGroup));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Starts a command in its own process group (so that ending it ends what it started). */
function start(command, commandArgs, { cwd, env = {} }) {
  const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Runs a command; resolves with its exit code and output. One that hangs is ended after `timeout` ms. */
function run(command, commandArgs, { cwd, env = {}, timeout = 10 * 60_000 } = {}) {
  return new Promise((done) => {
    const child = start(command, commandArgs, { cwd, env });
    let output = '';
    let stdout = '';
    const timer = setTimeout(() => {
      output += `\n${command} ${commandArgs.join(' ')} was still running after ${seconds(timeout)}: ended.`;
      endGroup(child);
    }, timeout);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    // Colour codes go: a checker colours its report when CI or FORCE_COLOR is set, and the
    // expected errors are matched as plain text.
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? 1, output: stripVTControlCharacters(output), stdout: stripVTControlCharacters(stdout) });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: 1, output: `${output}\n${error.message}`, stdout });
    });
  });
}

/** The app's files from the repository, over the work copy (its node_modules and build output stay). */
function sync(name) {
  const from = join(APPS, name);
  const to = join(WORK, name);
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(to)) if (!LOCAL_ONLY.has(entry)) rmSync(join(to, entry), { recursive: true, force: true });
  for (const entry of readdirSync(from)) {
    if (LOCAL_ONLY.has(entry)) continue;
    cpSync(join(from, entry), join(to, entry), { recursive: true, filter: (source) => !source.split(sep).some((part) => LOCAL_ONLY.has(part)) });
  }
  return to;
}

async function pack() {
  const started = Date.now();
  const out = join(WORK, '.pack');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const noBuild = flags.has('--no-build');
  if (noBuild) console.log('Packing dist/ as it is (--no-build)…');
  else {
    // What prepack would do, run on its own so that npm pack's JSON is the only thing on its stdout.
    console.log('npm run build, then npm pack…');
    const built = await run('npm', ['run', '--silent', 'build'], { cwd: ROOT });
    if (built.code !== 0) {
      console.log(built.output.trim().split('\n').slice(-30).join('\n').replace(/^/gm, '    '));
      throw new Error('npm run build failed (see above).');
    }
  }
  const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT });
  if (packed.code !== 0) {
    console.log(packed.output.replace(/^/gm, '    '));
    throw new Error('npm pack failed (see above).');
  }
  const json = JSON.parse(packed.stdout);
  const [{ filename, files }] = json;
  const paths = new Set(files.map((file) => file.path));
  for (const needed of ['dist/cdn/smart-dairy-widgets.js', 'dist/esm/index.js', 'dist/custom-elements.json', 'dist/types/react.d.ts', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts']) {
    if (!paths.has(needed)) throw new Error(`The packed package has no ${needed}: run \`npm run build\` (or drop --no-build).`);
  }
  // One fixed name: the apps' package.json and lock files point at file:../.pack/smart-dairy-widgets.tgz.
  cpSync(join(out, filename.replace(/^@[^/]+\//, '').replace('/', '-')), TARBALL);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  console.log(`  ${filename}: ${files.length} files, ${(statSync(TARBALL).size / 1024).toFixed(0)} kB (${seconds(Date.now() - started)})`);
  return { hash: sha(readFileSync(TARBALL)), version: manifest.version, dependencies: manifest.dependencies ?? {} };
}

/** A lock file with another version or other dependencies for the library than the tarball has is stale: say how to refresh it. */
function staleLock(dir, { version, dependencies }) {
  const lockFile = join(dir, 'package-lock.json');
  if (!existsSync(lockFile)) return 'it has no package-lock.json';
  const entry = JSON.parse(readFileSync(lockFile, 'utf8')).packages?.['node_modules/@smart-dairy/widgets'];
  if (!entry) return 'its package-lock.json has no @smart-dairy/widgets';
  if (entry.version !== version) return `its lock file has @smart-dairy/widgets ${entry.version}, the package is ${version}`;
  const locked = JSON.stringify(entry.dependencies ?? {});
  return locked === JSON.stringify(dependencies) ? undefined : `its lock file has the library's dependencies as ${locked}, the package has ${JSON.stringify(dependencies)}`;
}

async function install(name, dir, tarball) {
  const stampFile = join(dir, 'node_modules/.host-app-install');
  const updateLocks = flags.has('--update-locks');
  if (!updateLocks) {
    const stale = staleLock(dir, tarball);
    if (stale) return { ok: false, detail: `${stale}: run npm run test:hosts -- --update-locks ${name}` };
  }
  // What was installed: the app's dependencies (package.json, lock file) and the library's tarball.
  const dependencies = () => sha([readFileSync(join(dir, 'package.json')), existsSync(join(dir, 'package-lock.json')) ? readFileSync(join(dir, 'package-lock.json')) : ''].join('\n'));
  let before = {};
  try {
    before = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    // Nothing installed yet (or by hand): npm ci.
  }
  const write = () => writeFileSync(stampFile, JSON.stringify({ dependencies: dependencies(), tarball: tarball.hash }));
  if (!updateLocks && before.dependencies === dependencies()) {
    if (before.tarball === tarball.hash) return { ok: true, detail: 'up to date (kept from the last run)' };
    // Only the library changed: npm installs the new tarball over the kept tree (npm ci would reinstall everything).
    const result = await run('npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', TARBALL], { cwd: dir });
    if (result.code !== 0) return { ok: false, detail: result.output.trim().split('\n').slice(-15).join('\n') };
    write();
    return { ok: true, detail: 'the new tarball installed over the kept dependencies' };
  }
  if (updateLocks && existsSync(join(dir, 'package-lock.json'))) {
    // npm keeps a file: dependency's locked metadata while its version stays the same: forget it, so the
    // tarball's own dependencies are read again (a dependency the library dropped leaves the lock too).
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    delete lock.packages?.['node_modules/@smart-dairy/widgets'];
    writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  }
  const result = updateLocks
    ? await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir })
    : await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir });
  if (result.code !== 0) return { ok: false, detail: result.output.trim().split('\n').slice(-15).join('\n') };
  if (updateLocks) {
    // The tarball changes with every build: its integrity is left out of the committed lock (npm ci then takes the file as it is).
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    delete lock.packages['node_modules/@smart-dairy/widgets'].integrity;
    writeFileSync(join(APPS, name, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  }
  write();
  const added = /added \d+ packages?[^\n]*/.exec(result.output)?.[0] ?? 'installed';
  return { ok: true, detail: `npm ${updateLocks ? 'install' : 'ci'}: ${added}` };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** A static server for a built app on localhost (another origin than the mock's, the same site). */
async function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, 'localhost', done));
  const { port } = server.address();
  return { url: `http://localhost:${port}`, close: () => new Promise((done) => server.close(done)) };
}

/** A server the app starts itself (`next start`): `{port}` in its command is replaced; ready when it answers. */
async function serveCommand(dir, command) {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, 'localhost', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  const [program, ...rest] = command.map((part) => part.replace('{port}', String(port)));
  const child = start(program, rest, { cwd: dir, env: { PORT: String(port) } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${command.join(' ')} did not answer on ${url} within 60 s:\n${output}`);
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  return {
    url,
    output: () => output,
    close: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        endGroup(child);
      }),
  };
}

/** What a test module's `run(t)` gets. */
function testContext({ browser, url, mock, results }) {
  const pages = [];
  const t = {
    url,
    mock,
    /** A page in a fresh context (its own cookies, so its own guest cart); console errors and page errors are collected. */
    async newPage(options = {}) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      page.setDefaultTimeout(CHECK_TIMEOUT);
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.problems = problems;
      pages.push(context);
      return page;
    },
    /** One named check: passes unless it throws. */
    async check(name, body) {
      const started = Date.now();
      try {
        await body();
        results.push({ name, ok: true, ms: Date.now() - started });
        console.log(`    ✓ ${name} (${seconds(Date.now() - started)})`);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n').slice(0, 8).join('\n') : String(error);
        results.push({ name, ok: false, ms: Date.now() - started, message });
        console.log(`    ✗ ${name}\n${message.replace(/^/gm, '        ')}`);
      }
    },
    async close() {
      await Promise.all(pages.map((context) => context.close()));
    },
  };
  return t;
}

/** The app's deliberate type errors: its checker must fail on them, and name each. */
async function expectTypeErrors(dir, typeErrors) {
  const result = await run('npm', ['run', '--silent', typeErrors.script], { cwd: dir });
  if (result.code === 0) return { ok: false, detail: `npm run ${typeErrors.script} passed, but its files have deliberate type errors` };
  const missing = typeErrors.expect.filter((pattern) => !pattern.test(result.output));
  if (missing.length > 0) return { ok: false, detail: `npm run ${typeErrors.script} failed without reporting ${missing.join(', ')}:\n${result.output.trim().split('\n').slice(-20).join('\n')}` };
  return { ok: true, detail: `${typeErrors.expect.length} expected errors reported` };
}

async function testApp(name, { browser, mock, tarball }) {
  const steps = [];
  const results = [];
  const step = async (label, body) => {
    const started = Date.now();
    let outcome;
    try {
      outcome = await body();
    } catch (error) {
      outcome = { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
    const entry = { label, ...outcome, ms: Date.now() - started };
    steps.push(entry);
    console.log(`  ${entry.ok ? '✓' : '✗'} ${label}: ${entry.ok ? entry.detail : ''} (${seconds(entry.ms)})${entry.ok ? '' : `\n${entry.detail.replace(/^/gm, '      ')}`}`);
    return entry.ok;
  };
  const started = Date.now();
  const dir = sync(name);
  const module = await import(pathToFileURL(join(APPS, name, 'host.test.mjs')).href);
  const { app } = module;
  console.log(`\n${name}: ${app.title}`);
  const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {};

  if (!(await step('install', () => install(name, dir, tarball)))) return { name, title: app.title, steps, results, ms: Date.now() - started };
  const built = await step('build', async () => {
    const result = await run('npm', ['run', '--silent', 'build'], { cwd: dir });
    return result.code === 0 ? { ok: true, detail: 'built' } : { ok: false, detail: result.output.trim().split('\n').slice(-30).join('\n') };
  });
  // After the build: a framework may generate types there (Next.js writes .next/types and next-env.d.ts).
  if (scripts.typecheck) {
    await step('type check', async () => {
      const result = await run('npm', ['run', '--silent', 'typecheck'], { cwd: dir });
      return result.code === 0 ? { ok: true, detail: 'no errors' } : { ok: false, detail: result.output.trim().split('\n').slice(-30).join('\n') };
    });
  }
  if (app.typeErrors) await step('deliberate type errors', () => expectTypeErrors(dir, app.typeErrors));
  if (built) {
    let server;
    await step('browser checks', async () => {
      server = app.serve.command ? await serveCommand(dir, app.serve.command) : await serveStatic(join(dir, app.serve.dir));
      mock.mock.controls.reset();
      const t = testContext({ browser, url: server.url, mock, results });
      try {
        await module.run(t);
      } finally {
        await t.close();
      }
      const failed = results.filter((result) => !result.ok).length;
      if (results.length === 0) return { ok: false, detail: 'no check ran' };
      return failed === 0 ? { ok: true, detail: `${results.length} passed` } : { ok: false, detail: `${failed} of ${results.length} failed` };
    });
    await server?.close();
  }
  return { name, title: app.title, steps, results, ms: Date.now() - started };
}

async function main() {
  const started = Date.now();
  mkdirSync(WORK, { recursive: true });
  console.log(`Host apps: ${apps.join(', ')} (work directory ${WORK})`);
  const tarball = await pack();
  const { path: executablePath, source } = await findChrome();
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
  console.log(`Chromium ${browser.version()} (${source}); mock shop on localhost`);
  const mock = await startHttpMockServer({ port: 0, host: 'localhost' });
  const reports = [];
  try {
    for (const name of apps) reports.push(await testApp(name, { browser, mock, tarball }));
  } finally {
    await browser.close();
    await mock.close();
  }

  console.log('\nHost apps summary');
  let passed = 0;
  let failed = 0;
  for (const report of reports) {
    const stepsFailed = report.steps.filter((entry) => !entry.ok);
    const checksPassed = report.results.filter((result) => result.ok).length;
    const checksFailed = report.results.length - checksPassed;
    const ok = stepsFailed.length === 0 && checksFailed === 0 && report.results.length > 0;
    // The type checks are tests too (the typed tags, and the mistakes they must reject); install and build are not.
    passed += checksPassed + report.steps.filter((entry) => entry.ok && TESTED_STEPS.has(entry.label)).length;
    // A failed step counts once; browser checks count each check, or once if the app could not be served or checked at all.
    const browserStep = report.steps.find((entry) => entry.label === 'browser checks');
    failed += checksFailed + stepsFailed.filter((entry) => entry.label !== 'browser checks').length + (browserStep && !browserStep.ok && checksFailed === 0 ? 1 : 0);
    const steps = report.steps.map((entry) => `${entry.label} ${entry.ok ? 'ok' : 'FAILED'}`).join(', ');
    console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${report.name.padEnd(10)} ${String(checksPassed).padStart(2)}/${report.results.length} checks  ${seconds(report.ms).padStart(7)}  ${steps}`);
    for (const result of report.results.filter((entry) => !entry.ok)) console.log(`          ✗ ${result.name}`);
  }
  console.log(`Host apps: ${passed} passed, ${failed} failed (${seconds(Date.now() - started)})`);
  process.exitCode = failed === 0 && reports.every((report) => report.results.length > 0) ? 0 : 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
