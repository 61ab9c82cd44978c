/**
 * What a bundle group of the mini cart says above its lines. The names come from
 * the page's one `/bundles` list (asked for as soon as the cart holds a bundle's
 * lines, or already there for the bundle cards of the page): while it loads the
 * heading is a placeholder, never "#3"; a bundle the list does not hold (ended and
 * deactivated since) is headed "Bundle".
 *
 * The cart holds a bundle's lines at list prices (the seed's backend applies no
 * bundle price), so the group never claims a saving by itself. For a shop whose
 * checkout charges the bundle price (`bundlePriceAtCheckout`), a group holding
 * exactly N whole bundles whose lines add up to more than N × the bundle's price
 * says "Bundle price ৳X applied at checkout". Once the shopper changes the group
 * (removes a product, changes a quantity) it is no longer N whole bundles and the
 * note goes; the heading stays while a line of the bundle remains.
 */
import { css } from 'lit';
import { toPaisa } from '../../client/money.js';
import type { Localized } from '../../i18n/index.js';
import { clampText } from '../../internal/text.js';
import type { ReadableAtom } from 'nanostores';
import { shop, type BundlesState, type CartLineView } from '../../store/index.js';

/** The bundle list, asked for as soon as the cart holds a bundle's lines; nothing for a cart without. */
export function bundlesFor(items: readonly CartLineView[]): ReadableAtom<BundlesState> | undefined {
  if (!items.some((item) => item.bundle_id !== null)) return undefined;
  void shop.bundles.ensure();
  return shop.bundles.$bundles;
}

export interface BundleGroup {
  /** The heading; undefined while the bundle names are loading. */
  title: string | undefined;
  /** "Bundle price ৳X applied at checkout", when the shop's checkout applies it. */
  note?: string;
}

/** How many whole bundles the lines are, exactly (each product N × its quantity in the bundle, nothing else); 0 if they are not. */
export function wholeBundles(items: readonly CartLineView[], products: readonly { id: number; quantity: number }[]): number {
  if (products.length === 0 || items.length !== products.length) return 0;
  const first = items.find((item) => item.product_id === products[0]!.id);
  const count = first ? first.quantity / products[0]!.quantity : 0;
  if (!Number.isInteger(count) || count < 1) return 0;
  return products.every((product) => items.find((item) => item.product_id === product.id)?.quantity === product.quantity * count) ? count : 0;
}

export function bundleGroup(
  bundleId: number,
  items: readonly CartLineView[],
  list: BundlesState | undefined,
  { msg, money }: Localized,
  currency: string,
  priceAtCheckout: boolean,
): BundleGroup {
  const bundle = list?.bundles.find((candidate) => candidate.id === bundleId);
  if (!bundle) return { title: !list || list.state === 'loading' ? undefined : msg.bundleGroup };
  const title = msg.bundleOf(clampText(bundle.name));
  if (!priceAtCheckout) return { title };
  const count = wholeBundles(items, bundle.products);
  const lines = items.reduce((sum, item) => sum + Math.round(toPaisa(item.price) * item.quantity), 0);
  const price = toPaisa(bundle.final_price) * count;
  return count > 0 && lines > price ? { title, note: msg.bundlePriceAtCheckout(money(price / 100, currency)) } : { title };
}

/** The group's placeholder heading and its note (kept here with the words they style). */
export const bundleStyles = css`
  [part='bundle-title'] .skeleton.title {
    display: block;
    width: 10rem;
    max-width: 100%;
    height: 1lh;
    border-radius: 0.25rem;
  }
  [part='bundle-note'] {
    margin: 0.25rem 0 0;
    font-size: 0.8125rem;
    color: var(--sd-color-muted, #52606d);
  }
`;
