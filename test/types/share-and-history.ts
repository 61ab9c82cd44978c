/**
 * A type test, checked by `npm run typecheck` (tsc): host code for the share bar,
 * the recently viewed strip and the product guide type-checks without casts, and
 * mistakes do not. Nothing here runs.
 */
import type {} from '../../src/components/share-bar/sd-share-bar.js';
import type {} from '../../src/components/recently-viewed/sd-recently-viewed.js';
import type {} from '../../src/components/product-guide/sd-product-guide.js';
import type {} from '../../src/components/track-view/sd-track-view.js';
import { trackProductView, type ViewedProduct } from '../../src/index.js';

export function hostCode(): void {
  const bar = document.querySelector('sd-share-bar')!;
  bar.addEventListener('sd-share', (event) => {
    const network: 'native' | 'whatsapp' | 'facebook' | 'x' | 'telegram' | 'linkedin' | 'email' | 'copy' = event.detail.network;
    const url: string = event.detail.url;
    void [network, url];
  });
  document.addEventListener('sd-share', (event) => void event.detail.url.startsWith('https:'));
  bar.noUtm = true;
  void bar.copyLink();

  const strip = document.querySelector('sd-recently-viewed')!;
  strip.limit = 5;
  const items: ViewedProduct[] = strip.items;
  void items;
  document.querySelector('sd-track-view')!.productId = 7;
  document.querySelector('sd-product-guide')!.setOpen(0, true);
  const recorded: boolean = trackProductView({ productId: 7, name: 'Sour Doi 500 g', price: 95.5 });
  void recorded;

  // @ts-expect-error: sd-share's detail has no `title`.
  bar.addEventListener('sd-share', (event) => event.detail.title);
  // @ts-expect-error: Messenger is not a network of the share bar.
  bar.addEventListener('sd-share', (event) => event.detail.network === 'messenger');
  // @ts-expect-error: a view needs a name.
  trackProductView({ productId: 7 });
  // @ts-expect-error: the product id is a number.
  trackProductView({ productId: '7', name: 'Sour Doi' });
}
