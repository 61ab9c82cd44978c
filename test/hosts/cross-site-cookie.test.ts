// A theme page on one local site (this test page, on localhost) keeps its guest
// cart with the mock HTTP server on another (127.0.0.1): the server's cookie is
// SameSite=None; Secure, which Chromium keeps for localhost and 127.0.0.1 even
// over plain HTTP. With SameSite=Lax the cookie of a cross-site answer is
// dropped and every add starts a new cart.
import { expect } from '@open-wc/testing';

const MOCK = (window as unknown as { __MOCK_HTTP_CROSS_SITE__?: string }).__MOCK_HTTP_CROSS_SITE__;

interface CartAnswer {
  result: { success: boolean; data: { session_id: string; items: { product_id: number; quantity: number }[] } };
}

const add = async (productId: number): Promise<CartAnswer> => {
  const response = await fetch(`${MOCK}/api/v1/cart/add`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params: { product_id: productId, quantity: 1 }, id: productId }),
  });
  expect(response.status).to.equal(200);
  return response.json() as Promise<CartAnswer>;
};

describe('guest cookie across local sites (mock HTTP server)', () => {
  it('keeps one cart from a page on localhost to a shop on 127.0.0.1', async () => {
    expect(MOCK, 'the cross-site mock HTTP server URL').to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(location.hostname).to.equal('localhost');
    const first = await add(1);
    expect(first.result.success).to.equal(true);
    const second = await add(2);
    expect(second.result.data.session_id).to.equal(first.result.data.session_id);
    const ids = second.result.data.items.map((item) => item.product_id);
    expect(ids).to.include(1);
    expect(ids).to.include(2);
  });
});
