/// <reference types="@smart-dairy/widgets/react" />
// Type-checked (npm run typecheck), never imported by a route; the tags' types come
// from the triple-slash reference above (app/shop.tsx imports them instead). Each @ts-expect-error line is a
// deliberate mistake the generated typings must reject: if one stopped being an
// error, tsc would fail with "Unused '@ts-expect-error' directive".
import type { SdQuickAdd } from '@smart-dairy/widgets/quick-add';
import { useRef } from 'react';

export function Proofs() {
  const ref = useRef<SdQuickAdd>(null);
  return (
    <>
      {/* Right: digits or a number for a number attribute, a number for the quantity property, typed event details. */}
      <sd-quick-add ref={ref} product-id="7" with-quantity quantity={2} price={95.5} onsd-added={(event) => event.detail.cart.item_count.toFixed()} />
      <sd-mini-cart show-on-add open={false} onsd-checkout={(event) => event.detail.url.toUpperCase()} onsd-request-close={(event) => event.preventDefault()} />
      <sd-stock-badge product-id={7} status="low_stock" compact />
      <sd-shop api-base="http://localhost:8787/api/v1" locale="bn" timeout={5000} />
      {/* @ts-expect-error product-id takes a number or its digits, not words */}
      <sd-quick-add product-id="seven" />
      {/* @ts-expect-error quantity is set as a property once defined: a number, not a string */}
      <sd-quick-add quantity="2" />
      {/* @ts-expect-error with-quantity is a boolean attribute */}
      <sd-quick-add with-quantity="yes" />
      {/* @ts-expect-error React 19 would listen for "SdAdded": the typings say to write onsd-added */}
      <sd-quick-add onSdAdded={() => undefined} />
      {/* @ts-expect-error sd-added's detail has no such field */}
      <sd-quick-add onsd-added={(event) => event.detail.nope} />
      {/* @ts-expect-error locale is 'en' or 'bn' */}
      <sd-shop locale="fr" />
      {/* @ts-expect-error not an attribute or property of the element */}
      <sd-stock-badge productID={7} />
    </>
  );
}
