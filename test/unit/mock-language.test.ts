// The mock reads translatable fields in the language of the request, as Odoo
// does: JSON-RPC's `params.context.lang` (popped by the dispatcher, never seen by
// the controller) names product and bundle names and bundle highlights in
// Bengali for `bn_BD`; cart lines re-read their names on every answer, so a cart
// filled on an English page reads in Bengali when a Bengali page asks. REST has
// no context: it answers the source (English) values.
import { describe, expect, it } from 'vitest';
import { createMockShop } from '../../mock-server/index.js';
import type { BundleInfo, Cart } from '../../src/client/types.js';
import { useServer } from './helpers/rpc.js';

const server = useServer();

let guests = 0;
/** One browser (its own host, so its own cookie), speaking JSON-RPC or REST. */
function guest() {
  server.use(...createMockShop().handlers);
  const base = `http://lang-guest-${++guests}.test/api/v1`;
  let cookie = '';
  const send = async (path: string, init: RequestInit) => {
    const response = await fetch(base + path, { ...init, headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) } });
    cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    return response.json() as Promise<any>;
  };
  return {
    rpc: async (path: string, params: Record<string, unknown> = {}) =>
      (await send(path, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params, id: 1 }) })).result,
    rest: (path: string) => send(path, { method: 'GET' }),
  };
}
const bn = { context: { lang: 'bn_BD' } };
const en = { context: { lang: 'en_US' } };

describe('mock: the language of the request (Odoo context.lang)', () => {
  it('names cart lines in Bengali for bn_BD, in every cart answer, whatever language added them', async () => {
    const shop = guest();
    const added = await shop.rpc('/cart/add', { product_id: 1, quantity: 1, ...en });
    expect(added.data.items[0].name).toBe('Fresh Milk 1 L');

    const cart: Cart = (await shop.rpc('/cart', bn)).data;
    expect(cart.items[0]!.name).toBe('তাজা দুধ ১ লিটার');
    const updated: Cart = (await shop.rpc('/cart/update', { product_id: 1, quantity: 2, ...bn })).data;
    expect(updated.items[0]!.name).toBe('তাজা দুধ ১ লিটার');
    const more: Cart = (await shop.rpc('/cart/add', { product_id: 12, quantity: 1, ...bn })).data;
    expect(more.items.map((line) => line.name)).toEqual(['তাজা দুধ ১ লিটার', expect.not.stringMatching(/[A-Za-z]/)]);
    // The same cart, asked for in English again.
    expect((await shop.rpc('/cart', en)).data.items[0].name).toBe('Fresh Milk 1 L');
  });

  it('names bundles, their highlights and their products in Bengali for bn_BD', async () => {
    const shop = guest();
    const bengali: BundleInfo[] = (await shop.rpc('/bundles', bn)).data;
    const english: BundleInfo[] = (await shop.rpc('/bundles', en)).data;
    const breakfast = bengali.find((bundle) => bundle.id === 1)!;
    expect(breakfast.name).toBe('সকালের নাস্তা প্যাক');
    expect(breakfast.highlight_text).toBe('সেরা মূল্য');
    expect(breakfast.products[0]!.name).toBe('তাজা দুধ ১ লিটার');
    // Only the words change: ids, figures and availability are the same.
    const figures = (list: BundleInfo[]) => list.map(({ id, final_price, original_price, savings, is_available }) => [id, final_price, original_price, savings, is_available]);
    expect(figures(bengali)).toEqual(figures(english));
    for (const bundle of bengali) expect(bundle.name, `bundle ${bundle.id}`).not.toMatch(/[A-Za-z]/);
    expect(english.find((bundle) => bundle.id === 1)!.name).toBe('Breakfast Pack');
  });

  it('answers the source (English) names without a context, with another language, and over REST', async () => {
    const shop = guest();
    await shop.rpc('/cart/add', { product_id: 1, quantity: 1, ...bn });
    expect((await shop.rpc('/cart')).data.items[0].name).toBe('Fresh Milk 1 L');
    expect((await shop.rpc('/cart', { context: { lang: 'fr_FR' } })).data.items[0].name).toBe('Fresh Milk 1 L');
    expect((await shop.rest('/bundles')).data[0].name).toBe('Breakfast Pack');
  });

  it('keeps context out of the controller’s parameters (a context is not a product parameter)', async () => {
    const shop = guest();
    // Odoo pops `context` before calling the controller: an add with only a context is "product_id is required".
    expect(await shop.rpc('/cart/add', bn)).toEqual({ error: 'product_id is required', code: 400 });
  });
});
