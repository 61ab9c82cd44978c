import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/recently-viewed/sd-recently-viewed.js';
import '../src/components/track-view/sd-track-view.js';
import '../src/config/sd-shop.js';
import { catalogProducts } from '../mock-server/index.js';
import { recentlyViewed } from '../src/store/index.js';
import { mockShop } from './mock.js';

interface Args {
  productId: number;
  name: string;
  price: number;
  locale: 'en' | 'bn';
}

/** A shopper who has already looked at a few products. */
const earlierViews = (locale: 'en' | 'bn') => () => {
  recentlyViewed.clear();
  for (const id of [14, 9, 6]) {
    const product = catalogProducts().find((p) => p.id === id)!;
    recentlyViewed.record({ productId: id, name: locale === 'bn' ? product.name_bn : product.name, price: product.lst_price, imageUrl: `/web/image/product.product/${id}/image_128` });
  }
  return () => recentlyViewed.clear();
};

/** The history as the store holds it, newest first: the view the track view recorded is at the top. */
let historyList: HTMLOListElement | undefined;
function HistoryList() {
  if (historyList) return historyList;
  const list = (historyList = document.createElement('ol'));
  list.style.cssText = 'margin:.25rem 0 0;padding-left:1.25rem';
  // One subscription for the page: the list is reused by every render.
  recentlyViewed.$viewed.subscribe((items) =>
    list.replaceChildren(...items.map((item) => Object.assign(document.createElement('li'), { textContent: `#${item.productId} ${item.name}` }))),
  );
  return list;
}

const meta: Meta<Args> = {
  title: 'Browsing/Track view',
  component: 'sd-track-view',
  tags: ['autodocs'],
  args: { productId: 7, name: 'Sour Doi 500 g', price: 95.5, locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'bn'] } },
  parameters: mockShop(),
  beforeEach: ({ args }) => earlierViews(args.locale)(),
  render: ({ productId, name, price, locale }) => html`
    <sd-shop locale=${locale}>
      <article style="display:grid;gap:1rem;max-width:56rem">
        <div style="display:flex;gap:1rem;align-items:center">
          <img src="/web/image/product.product/${productId}/image_128" alt="" width="96" height="96" style="border-radius:.5rem" />
          <h1 style="font-size:1.25rem;margin:0">${name}</h1>
        </div>
        <sd-track-view product-id=${productId} name=${name} price=${price} image-url="/web/image/product.product/${productId}/image_128"></sd-track-view>
        <p style="margin:0;color:#52606d">
          ${locale === 'bn'
            ? html`এই পাতায় <code>&lt;sd-track-view&gt;</code> আছে: কিছু দেখায় না, শুধু দেখাটা মনে রাখে।`
            : html`This product page holds an <code>&lt;sd-track-view&gt;</code>: it shows nothing, and records the view.`}
        </p>
        <section>
          <strong>${locale === 'bn' ? 'এই ব্রাউজারের ইতিহাস' : 'The history in this browser'}</strong>
          ${HistoryList()}
        </section>
        <section>
          <h2 style="font-size:1.125rem">${locale === 'bn' ? 'সম্প্রতি দেখা পণ্য' : 'Recently viewed'}</h2>
          <sd-recently-viewed></sd-recently-viewed>
          <p style="color:#52606d;font-size:.875rem">${locale === 'bn' ? 'এই পাতার পণ্যটি তালিকায় নেই।' : 'The product of this page is left out of the strip.'}</p>
        </section>
      </article>
    </sd-shop>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** On a product page: the view goes to the top of the history, and the strip leaves this product out. */
export const OnAProductPage: Story = { name: 'On a product page' };
export const Bengali: Story = { args: { locale: 'bn', name: 'টক দই ৫০০ গ্রাম' } };
/** A product seen before moves to the top instead of showing twice. */
export const SeenBefore: Story = { args: { productId: 9, name: 'Cow Ghee 200 g', price: 390 }, name: 'A product seen before (moves to the top)' };
