/**
 * Live updates in the page (browser, Storybook, Node tests): MSW's WebSocket
 * link pushes what the shop would push when stock or a cart changes elsewhere.
 * The real HTTP server serves the same messages with a real WebSocket
 * (server/live.ts).
 */
import { ws, type WebSocketHandler } from 'msw';
import type { ChangeMessage, MockDb } from '../db/index.js';

/**
 * One MSW link per URL for the whole process: each `ws.link()` adds a listener to
 * MSW's shared BroadcastChannel that is never removed, so a link per mock shop
 * (tests make dozens) piled them up (MaxListenersExceededWarning). Each mock shop
 * adds its own connection handler to the shared link.
 */
const links = new Map<string, ReturnType<typeof ws.link>>();

export function liveHandler(db: MockDb, url: string): WebSocketHandler {
  let link = links.get(url);
  if (!link) links.set(url, (link = ws.link(url)));
  return link.addEventListener('connection', ({ client }) => {
    const off = db.onChange((message: ChangeMessage) => client.send(JSON.stringify(message)));
    client.addEventListener('close', off);
  });
}
