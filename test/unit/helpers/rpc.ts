/**
 * Small builders for the shop API's answers (shared/API-CONTRACT.md), for inline
 * MSW handlers in the client's unit tests. Not a mock backend: every test states
 * exactly what the server answers.
 */
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { BundleInfo, Cart, CartItem, StockInfo } from '../../../src/client/types.js';
import { releaseGates } from './wait.js';

export const API = 'http://shop.test/api/v1';
export const ORIGIN = 'http://shop.test';

/**
 * An MSW server for one test file: unhandled requests fail the test; after each test
 * every held answer is let go and the handlers are reset.
 */
export function useServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    releaseGates();
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return server;
}

/** A JSON-RPC 2.0 request body as the client must send it. */
export interface RpcRequest {
  jsonrpc: string;
  method: string;
  params: Record<string, unknown>;
  id: number | string;
}

/** 200 with `{jsonrpc, id, result}`, echoing the request's id. */
export async function rpcResult(request: Request, result: unknown) {
  const body = (await request.clone().json()) as RpcRequest;
  return HttpResponse.json({ jsonrpc: '2.0', id: body.id, result });
}

/** 200 with a JSON-RPC error, as Odoo sends a Python exception. */
export function rpcError(code: number, message: string, dataMessage?: string, id: number | string = 1) {
  const data = dataMessage === undefined ? undefined : { name: 'odoo.exceptions.ValidationError', message: dataMessage, debug: 'Traceback…' };
  return HttpResponse.json({ jsonrpc: '2.0', id, error: { code, message, ...(data ? { data } : {}) } });
}

export const ok = <T>(data: T, message?: string) => ({ success: true, data, ...(message === undefined ? {} : { message }) });

export const item = (overrides: Partial<CartItem> = {}): CartItem => ({
  product_id: 7,
  name: 'Ghee 200g',
  quantity: 1,
  price: 390.25,
  image_url: '/web/image/product.product/7/image_128',
  uom: 'Units',
  bundle_id: null,
  stock_available: 20,
  ...overrides,
});

export const cart = (items: CartItem[] = [], overrides: Partial<Cart> = {}): Cart => ({
  session_id: 'guest-abc',
  items,
  item_count: items.reduce((sum, line) => sum + line.quantity, 0),
  subtotal: items.reduce((sum, line) => sum + line.quantity * line.price, 0),
  currency: '৳',
  ...overrides,
});

export const stockInfo = (overrides: Partial<StockInfo> = {}): StockInfo => ({
  status: 'in_stock',
  available: null,
  low_stock: false,
  threshold: 10,
  allow_backorder: false,
  expected_restock: null,
  waiting_count: 0,
  ...overrides,
});

export const bundle = (overrides: Partial<BundleInfo> = {}): BundleInfo => ({
  id: 3,
  name: 'Breakfast Pack',
  code: 'BRK',
  type: 'fixed',
  original_price: 215.5,
  final_price: 199,
  savings: 16.5,
  savings_percent: 7.7,
  highlight_text: 'Save 7.7%',
  is_available: true,
  image_url: '/web/image/product.bundle/3/image',
  products: [
    { id: 1, name: 'Fresh Milk 1L', quantity: 1, price: 95.5, image_url: '/web/image/product.product/1/image_128' },
    { id: 2, name: 'Mishti Doi 500g', quantity: 1, price: 120, image_url: '/web/image/product.product/2/image_128' },
  ],
  ...overrides,
});

/** The settled outcome of a promise, for asserting on errors by their fields. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
