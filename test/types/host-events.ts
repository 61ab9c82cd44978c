/**
 * A type test, checked by `npm run typecheck` (tsc): what a host app writes with the
 * elements' entries in scope type-checks without casts, and mistakes do not.
 * Nothing here runs.
 */
import type {} from '../../src/components/quick-add/sd-quick-add.js';
import type {} from '../../src/components/mini-cart/sd-mini-cart.js';
import type {} from '../../src/components/notify-me/sd-notify-me.js';
import type { Cart, ShopError } from '../../src/index.js';

export function hostCode(): void {
  const quickAdd = document.querySelector('sd-quick-add')!;
  quickAdd.addEventListener('sd-added', (event) => {
    const cart: Cart = event.detail.cart;
    const quantity: number = event.detail.quantity;
    void [cart, quantity];
  });
  quickAdd.addEventListener('sd-add-error', (event) => {
    const error: ShopError = event.detail.error;
    const reason: string = event.detail.reason;
    void [error.kind, reason];
  });
  quickAdd.addEventListener('sd-add-to-cart', (event) => {
    if (event.detail.quantity > 10) event.preventDefault();
  });
  // Events bubble and are composed: a listener on the document is typed too.
  document.addEventListener('sd-checkout', (event) => void event.detail.url.toUpperCase());
  document.addEventListener('sd-request-close', (event) => {
    const source: 'escape' | 'backdrop' | 'close-button' = event.detail.source;
    void source;
  });
  document.addEventListener('sd-subscribe', (event) => void event.detail.channels.includes('sms'));

  // @ts-expect-error: sd-added's detail has no `total`.
  quickAdd.addEventListener('sd-added', (event) => event.detail.total);
  // @ts-expect-error: a subscription never carries the address.
  document.addEventListener('sd-subscribe', (event) => event.detail.email);
  // @ts-expect-error: the quick add's product id is a number.
  quickAdd.productId = '7';
}
