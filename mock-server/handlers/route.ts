/**
 * What a route of the seed's controllers is, for the route table: a path and
 * what the controller returns. The transports (handlers/api.ts: JSON-RPC and
 * REST) only wrap and unwrap this.
 */
import { OdooError, type MockDb } from '../db/index.js';

export interface RouteContext {
  db: MockDb;
  params: Record<string, unknown>;
  /** The `<id>` in the path, if the route has one. */
  id: number;
  /** The cart session of this request (created if the request has none). */
  session(): string;
  /** JSON-RPC's `params.context.lang` (Odoo applies it to the request; the controller never sees it). */
  lang?: string;
}

export interface Route {
  /** A path below the API base, `<id>` for a number. */
  path: string;
  /** The REST transport reads this route with GET (the seed's table). */
  get: boolean;
  /** Whether the route touches the guest's cart (and its cookie). */
  cart: boolean;
  run(context: RouteContext): unknown;
}

/** Odoo passes JSON params to Python as they are; a wrong type fails in Python. */
export function integer(value: unknown, name: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new OdooError(`${name} must be an integer, got ${JSON.stringify(value)}`, 'builtins.TypeError');
}

export function number(value: unknown, name: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new OdooError(`'<' not supported between instances of '${typeof value}' and 'float' (${name})`, 'builtins.TypeError');
}

export const productIdRequired = { error: 'product_id is required', code: 400 };
