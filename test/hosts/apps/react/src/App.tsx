// One package entry types every tag in JSX (generated from custom-elements.json).
import type {} from '@smart-dairy/widgets/react';
import type { SdAddedDetail } from '@smart-dairy/widgets/quick-add';
import { useState, type CSSProperties } from 'react';

interface Heard {
  count: number;
  last?: SdAddedDetail;
}

function ProductCard({ quantity, renders, accent, onAdded }: { quantity: number; renders: number; accent: string; onAdded: (detail: SdAddedDetail) => void }) {
  return (
    <article>
      <h2>Fresh Milk 1 L</h2>
      <p>
        Card rendered with parent render <output id="renders">{renders}</output>
      </p>
      <sd-stock-badge product-id={1} compact />
      {/* Attributes (kebab-case), a number property and a style object; a new listener on every render. */}
      <sd-quick-add
        id="qa"
        product-id="1"
        product-name="Fresh Milk 1 L"
        price={95}
        quantity={quantity}
        style={{ '--sd-color-primary': accent } as CSSProperties}
        onsd-added={(event) => onAdded(event.detail)}
      />
    </article>
  );
}

export function App() {
  const [renders, setRenders] = useState(1);
  const [quantity, setQuantity] = useState(2);
  const [accent, setAccent] = useState('#000080');
  const [showCart, setShowCart] = useState(true);
  const [heard, setHeard] = useState<Heard>({ count: 0 });
  return (
    <>
      <header>
        <strong>React 19 host</strong>
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
    </>
  );
}
