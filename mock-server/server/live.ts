/**
 * The live WebSocket of the real HTTP mock server, at `/__live` (e.g.
 * `ws://127.0.0.1:8787/__live`, for `configure({ liveUrl })`). It sends the same
 * JSON messages as the in-page mock (handlers/live.ts): `{"type":"cart.updated"}`
 * and `{"type":"stock.updated","product_ids":[…]}`, as soon as they happen.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import type { MockDb } from '../db/index.js';

export const LIVE_PATH = '/__live';

export function serveLive(server: Server, db: MockDb, allowOrigin: (origin: string) => boolean) {
  const sockets = new WebSocket.Server({ noServer: true });
  sockets.on('connection', (socket) => {
    const off = db.onChange((message) => socket.send(JSON.stringify(message)));
    socket.on('close', off);
    socket.on('error', off);
  });
  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = (request.url ?? '').split('?')[0];
    const origin = request.headers.origin;
    // Browsers do not apply CORS to WebSockets: the origin is checked here.
    const refusal = path !== LIVE_PATH ? '404 Not Found' : origin !== undefined && !allowOrigin(origin) ? '403 Forbidden' : undefined;
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close(() => resolve());
      }),
  };
}
