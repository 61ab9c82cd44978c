'use client';
// Rendered on the server (the elements' light-DOM fallback, e.g. the quick add's
// "View product" link) and hydrated in the browser. The elements are imported only
// in the browser, after hydration (useEffect), so React hydrates plain, not yet
// upgraded elements and finds exactly the HTML it rendered.
import type {} from '@smart-dairy/widgets/react';
import type { SdAddedDetail } from '@smart-dairy/widgets/quick-add';
import { useEffect, useState, type CSSProperties } from 'react';

/**
 * False while React hydrates the server's HTML, true from the next render on.
 * React 19 applies neither the `on…` listeners nor the properties of a custom element
 * while hydrating it (facebook/react#35446, open for 19.2 and 19.3): they take effect
 * only when a later render changes them. So the listener is given from that render on.
 */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

interface Heard {
  count: number;
  last?: SdAddedDetail;
}

function ProductCard({ quantity, renders, accent, onAdded }: { quantity: number; renders: number; accent: string; onAdded: (detail: SdAddedDetail) => void }) {
  const hydrated = useHydrated();
  return (
    <article>
      <h2>Fresh Milk 1 L</h2>
      <p>
        Card rendered with parent render <output id="renders">{renders}</output>
      </p>
      <sd-stock-badge product-id={1} compact />
      {/* On the server: attributes and the style (React renders strings and numbers as attributes, never functions). */}
      <sd-quick-add
        id="qa"
        product-id="1"
        product-name="Fresh Milk 1 L"
        price={95}
        quantity={quantity}
        style={{ '--sd-color-primary': accent } as CSSProperties}
        onsd-added={hydrated ? (event) => onAdded(event.detail) : undefined}
      >
        <a href="/shop/product/1">View product</a>
      </sd-quick-add>
    </article>
  );
}

export function Shop({ api }: { api: string }) {
  const [renders, setRenders] = useState(1);
  const [quantity, setQuantity] = useState(2);
  const [accent, setAccent] = useState('#000080');
  const [showCart, setShowCart] = useState(true);
  const [heard, setHeard] = useState<Heard>({ count: 0 });

  useEffect(() => {
    // <sd-shop> first, so the elements inside it find their configuration as they upgrade.
    void import('@smart-dairy/widgets/shop').then(() =>
      Promise.all([import('@smart-dairy/widgets/mini-cart'), import('@smart-dairy/widgets/quick-add'), import('@smart-dairy/widgets/stock-badge')]),
    );
  }, []);

  return (
    <sd-shop api-base={api}>
      <header>
        <strong>Next.js host</strong>
        {showCart && <sd-mini-cart />}
      </header>
      <main>
        <ProductCard quantity={quantity} renders={renders} accent={accent} onAdded={(detail) => setHeard((before) => ({ count: before.count + 1, last: detail }))} />
        <button id="qty-up" type="button" onClick={() => setQuantity((value) => value + 1)}>
          More per tap
        </button>
        <button id="accent" type="button" onClick={() => setAccent('#800000')}>
          Maroon buttons
        </button>
        <button id="rerender" type="button" onClick={() => setRenders((value) => value + 1)}>
          Re-render
        </button>
        <button id="toggle-cart" type="button" onClick={() => setShowCart((value) => !value)}>
          Toggle the mini cart
        </button>
        <p>
          Last add: <output id="added">{heard.last ? `${heard.last.productId}×${heard.last.quantity}` : ''}</output>, heard{' '}
          <output id="added-count">{heard.count}</output> times; the cart has <output id="cart-count">{heard.last?.cart.item_count ?? ''}</output> items.
        </p>
      </main>
    </sd-shop>
  );
}
