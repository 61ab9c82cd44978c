/**
 * The mock shop as a real HTTP server, for a theme developer's own page:
 *   npm run mock-server            → http://127.0.0.1:8787/api/v1
 *   PORT=9000 HOST=0.0.0.0 npm run mock-server
 * CORS is open to any origin with credentials, so a page on another port can
 * keep its guest cart cookie.
 */
import type { AddressInfo } from 'node:net';
import { createMiddleware } from '@mswjs/http-middleware';
import express from 'express';
import type { RequestHandler } from 'msw';
import { RAW_COOKIE } from './handlers/api.js';
import { createMockShop, type MockShopOptions } from './index.js';

export async function startHttpMockServer({ port = 8787, host = '127.0.0.1', ...options }: MockShopOptions & { port?: number; host?: string } = {}) {
  const mock = createMockShop({ ...options, headerCookies: true });
  const app = express();
  app.disable('x-powered-by');
  app.use((request, response, next) => {
    const origin = request.headers.origin;
    if (origin) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Vary', 'Origin');
    }
    // The client's own cookies, before MSW mixes in its shared jar.
    request.headers[RAW_COOKIE] = request.headers.cookie ?? '';
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? 'Content-Type');
      response.setHeader('Access-Control-Max-Age', '600');
      response.status(204).end();
      return;
    }
    next();
  });
  // The live WebSocket is mocked in-page only; over HTTP, widgets use tab sync and refetch.
  const httpHandlers = mock.handlers.filter((handler): handler is RequestHandler => !('kind' in handler && handler.kind === 'websocket'));
  app.use(createMiddleware(...httpHandlers));
  app.use((_request, response) => {
    response.status(404).type('html').send('<!DOCTYPE html><title>404: Not Found</title><h1>Not Found</h1>');
  });

  const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const listening = app.listen(port, host, () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    mock,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startHttpMockServer({ port: Number(process.env.PORT ?? 8787), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Smart Dairy mock shop: ${url}/api/v1 (images under ${url}/web/image, controls under ${url}/__mock)`);
}
