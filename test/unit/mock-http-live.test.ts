// npm run mock-server: live updates over a real WebSocket, and one clear line
// when its port is taken.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHttpMockServer, type HttpMockServer } from '../../mock-server/http.js';

let server: HttpMockServer;
beforeAll(async () => {
  server = await startHttpMockServer({ port: 0 });
});
afterAll(() => server.close());

/** Every socket a test opened, closed after it even when the test failed. */
const sockets: WebSocket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.terminate();
});

/** A client of the live URL that collects every message. */
async function liveClient(url: string, origin?: string) {
  const socket = new WebSocket(url, origin ? { origin } : {});
  sockets.push(socket);
  const messages: unknown[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  /** The first `count` messages, once they have come. */
  const received = (count: number) =>
    new Promise<unknown[]>((resolve) => {
      const check = () => (messages.length >= count ? resolve(messages.slice(0, count)) : socket.once('message', () => setImmediate(check)));
      check();
    });
  return { socket, received };
}

describe('mock HTTP server: live updates', () => {
  it('serves the live WebSocket at /__live and pushes a restock at once', async () => {
    expect(server.liveUrl).toBe(`ws://127.0.0.1:${server.port}/__live`);
    const client = await liveClient(server.liveUrl, 'http://localhost:8091');
    const other = await liveClient(server.liveUrl);
    const control = await fetch(`${server.url}/__mock/stock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ product_id: 5, qty: 40 }) });
    expect(control.status).toBe(200);
    expect(await client.received(1)).toEqual([{ type: 'stock.updated', product_ids: [5] }]);
    expect(await other.received(1)).toEqual([{ type: 'stock.updated', product_ids: [5] }]);
    await fetch(`${server.url}/__mock/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect((await client.received(2))[1]).toEqual({ type: 'cart.updated' });
    client.socket.close();
    other.socket.close();
  });

  it('refuses a WebSocket from a page that is not local, and other paths', async () => {
    await expect(liveClient(server.liveUrl, 'http://evil.test')).rejects.toThrow(/403/);
    await expect(liveClient(`ws://127.0.0.1:${server.port}/elsewhere`)).rejects.toThrow(/404/);
    // Still serving.
    const client = await liveClient(server.liveUrl);
    client.socket.close();
  });
});

/** Runs `npx tsx mock-server/http.ts` until it prints its first line or exits. */
function runMockServer(port: number) {
  const child = spawn('npx', ['tsx', 'mock-server/http.ts'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = new Promise<void>((resolve) => child.stdout.on('data', () => stdout.includes('Smart Dairy mock shop') && resolve()));
  return { child, exited, started, output: () => ({ stdout, stderr }) };
}

describe('npm run mock-server', () => {
  it('says in one line that the port is in use, and exits with 1', { timeout: 60_000 }, async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const first = runMockServer(port);
    let second: ReturnType<typeof runMockServer> | undefined;
    try {
      await Promise.race([first.started, first.exited.then(() => Promise.reject(new Error(`first server exited: ${first.output().stderr}`)))]);
      expect(first.output().stdout).toContain(`http://127.0.0.1:${port}/api/v1`);
      expect(first.output().stdout).toContain(`ws://127.0.0.1:${port}/__live`);
      second = runMockServer(port);
      expect(await second.exited).toBe(1);
      const { stdout, stderr } = second.output();
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([`Port ${port} is in use; set PORT=… to use another (e.g. PORT=${port + 1} npm run mock-server)`]);
    } finally {
      // The whole process group of each server this test started (npx, tsx and node).
      for (const run of [first, second]) {
        if (!run) continue;
        if (run.child.exitCode === null && run.child.signalCode === null) process.kill(-run.child.pid!, 'SIGTERM');
        await run.exited;
      }
    }
  });
});
