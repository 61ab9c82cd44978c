/** The answers the Odoo web server gives besides a controller's result. */
import { HttpResponse } from 'msw';

export const html = (status: number, title: string, text = '') =>
  new HttpResponse(`<!DOCTYPE html><html><head><title>${status} ${title}</title></head><body><h1>${title}</h1>${text ? `<p>${text}</p>` : ''}</body></html>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });

export const html404 = () => html(404, 'Not Found', 'The requested URL was not found on the server.');

/** JSON with an exact body (any JSON value, as a crafted answer may be). */
export const rawJson = (value: unknown, status = 200, headers: Record<string, string> = {}) =>
  new HttpResponse(JSON.stringify(value ?? null), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A Python exception as Odoo's JSON-RPC dispatcher reports it (HTTP 200). */
export const rpcError = (id: unknown, code: number, message: string, name: string, detail: string) =>
  HttpResponse.json({
    jsonrpc: '2.0',
    id,
    error: { code, message, data: { name, message: detail, debug: `Traceback (most recent call last):\n  ${name}: ${detail}`, arguments: [detail], context: {} } },
  });
