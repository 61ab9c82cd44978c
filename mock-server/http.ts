/**
 * The mock shop as a real HTTP server, for a theme developer's own page:
 *   npm run mock-server            → http://127.0.0.1:8787/api/v1, live updates at ws://127.0.0.1:8787/__live
 *   PORT=9000 HOST=0.0.0.0 CORS_ORIGINS=http://shop.test:8069 npm run mock-server
 * Only local pages (http://localhost:<port>, http://127.0.0.1:<port>) may call
 * it from a browser, plus CORS_ORIGINS. The guest cookie is `SameSite=None;
 * Secure`, so a page on another local site keeps its cart (Chromium keeps
 * Secure cookies for localhost and 127.0.0.1 over plain HTTP). See README.md.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'msw';
import { createMockShop, type MockShopOptions } from './index.js';
import { originPolicy, parseOrigins } from './server/cors.js';
import { createListener } from './server/listener.js';
import { LIVE_PATH, serveLive } from './server/live.js';

export { LIVE_PATH } from './server/live.js';
export { MAX_BODY } from './server/listener.js';

export interface HttpMockServerOptions extends MockShopOptions {
  port?: number;
  host?: string;
  /** Origins allowed besides local pages (exact, e.g. `http://shop.test:8069`); CORS_ORIGINS adds more. */
  corsOrigins?: string[];
}

export async function startHttpMockServer({ port = 8787, host = '127.0.0.1', corsOrigins = [], ...options }: HttpMockServerOptions = {}) {
  const mock = createMockShop({ ...options, headerCookies: true, sameSite: 'None' });
  const allowOrigin = originPolicy([...corsOrigins, ...parseOrigins(process.env.CORS_ORIGINS)]);
  // The in-page WebSocket mock is replaced by a real one (server/live.ts).
  const handlers = mock.handlers.filter((handler): handler is RequestHandler => !('kind' in handler && handler.kind === 'websocket'));
  let origin = `http://${host}:${port}`;
  const server: Server = createServer(createListener({ handlers, origin: () => origin, allowOrigin }));
  // A malformed request line or header: answer 400 and close; never an uncaught error.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  // CONNECT (a proxy tunnel) is not something a shop answers.
  server.on('connect', (_request, socket) => {
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  const live = serveLive(server, mock.db, allowOrigin);

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address() as AddressInfo;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  origin = `http://${hostPart}:${address.port}`;
  return {
    url: origin,
    /** The live WebSocket, for `configure({ liveUrl })`. */
    liveUrl: `ws://${hostPart}:${address.port}${LIVE_PATH}`,
    port: address.port,
    mock,
    async close() {
      await live.close();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

export type HttpMockServer = Awaited<ReturnType<typeof startHttpMockServer>>;

/** `npm run mock-server`: one clear line and exit code 1 when it cannot listen. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${process.env.PORT} is not a port number; set PORT=… to a number from 1 to 65535`);
    process.exit(1);
  }
  try {
    const { url, liveUrl } = await startHttpMockServer({ port, host });
    console.log(`Smart Dairy mock shop: ${url}/api/v1 (live updates ${liveUrl}, images under ${url}/web/image, controls under ${url}/__mock)`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') console.error(`Port ${port} is in use; set PORT=… to use another (e.g. PORT=${port + 1} npm run mock-server)`);
    else if (code === 'EACCES') console.error(`Port ${port} needs privileges on this machine; set PORT=… to use another (e.g. PORT=8787)`);
    else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') console.error(`HOST=${host} is not an address of this machine; set HOST=… to another (e.g. HOST=127.0.0.1)`);
    else console.error(`The mock shop could not start on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
