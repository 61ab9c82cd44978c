/**
 * Live updates in the page (browser, Storybook, Node tests): MSW's WebSocket
 * link pushes what the shop would push when stock or a cart changes elsewhere.
 * The real HTTP server serves the same messages with a real WebSocket
 * (server/live.ts).
 */
import { ws, type WebSocketHandler } from 'msw';
import type { ChangeMessage, MockDb } from '../db/index.js';

export function liveHandler(db: MockDb, url: string): WebSocketHandler {
  return ws.link(url).addEventListener('connection', ({ client }) => {
    const off = db.onChange((message: ChangeMessage) => client.send(JSON.stringify(message)));
    client.addEventListener('close', off);
  });
}
