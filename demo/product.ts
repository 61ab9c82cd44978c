/**
 * The demo shop's product page (product.html?id=7): what a theme's product page
 * holds — the product with its stock badge, quick add and back-in-stock form, a
 * share bar, a <sd-track-view> recording the view, the product guide with its
 * FAQs (from mock-server/guides.ts, as the shop would give them), and the strip
 * of products viewed before, which fills as you browse from product to product.
 * DOM is built with createElement: no innerHTML with data.
 */
import { startMockShop } from '../mock-server/browser.js';
import { guideFor } from '../mock-server/guides.js';
import { LIVE_URL, catalogProducts, type MockProduct } from '../mock-server/index.js';

await startMockShop({ persist: true });
await import('../src/cdn.js');
const { configure } = window.SmartDairyWidgets;
configure({ liveUrl: LIVE_URL });

type Locale = 'en' | 'bn';
const params = new URLSearchParams(location.search);
let locale: Locale = params.get('lang') === 'bn' ? 'bn' : 'en';
const product = catalogProducts().find((p) => String(p.id) === params.get('id'));

const TEXT = {
  en: { back: '← All products', guide: 'Guide and questions', recent: 'Recently viewed', missing: 'We could not find this product.', shop: 'Smart Dairy' },
  bn: { back: '← সব পণ্য', guide: 'পণ্য নির্দেশিকা ও প্রশ্নোত্তর', recent: 'সম্প্রতি দেখা পণ্য', missing: 'পণ্যটি খুঁজে পাওয়া যায়নি।', shop: 'স্মার্ট ডেইরি' },
} satisfies Record<Locale, Record<string, string>>;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
/** An element with attributes (custom elements read theirs, as a server-rendered page gives them). */
const widget = (tag: string, attributes: Record<string, string | number | boolean>, ...children: Node[]): HTMLElement => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== false) node.setAttribute(name, value === true ? '' : String(value));
  node.append(...children);
  return node;
};

/** A page of this demo in the current language. */
const pageUrl = (path: string, query: Record<string, string | number> = {}) => {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  if (locale === 'bn') search.set('lang', 'bn');
  const text = search.toString();
  return `${path}${text ? `?${text}` : ''}`;
};

function canonical(item: MockProduct): void {
  let link = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  link ??= document.head.appendChild(el('link', { rel: 'canonical' }));
  // What the share bar shares: the product's address, in no particular language.
  link.href = new URL(`product.html?id=${item.id}`, location.href).href;
}

function renderProduct(item: MockProduct): Node[] {
  const t = TEXT[locale];
  const name = locale === 'bn' ? item.name_bn : item.name;
  const image = `/web/image/product.product/${item.id}/image_512`;
  const money = window.SmartDairyWidgets.localize(locale).money;
  document.title = `${name} — ${t.shop}`;
  canonical(item);

  const guide = guideFor(item.category, locale);
  const guideElement = guide
    ? widget('sd-product-guide', { 'product-id': item.id, 'structured-data': true, single: true }, el('script', { type: 'application/json', textContent: JSON.stringify(guide) }))
    : undefined;

  return [
    el('nav', { className: 'crumbs', ariaLabel: 'Breadcrumb' }, el('a', { href: pageUrl('./') }, t.back)),
    el(
      'article',
      { className: 'product' },
      el('img', { src: image, alt: '', width: 512, height: 512 }),
      el(
        'div',
        { className: 'buy' },
        el('h1', {}, name),
        widget('sd-stock-badge', { 'product-id': item.id }),
        el('p', { className: 'price' }, money(item.lst_price)),
        widget(
          'sd-quick-add',
          { 'product-id': item.id, 'with-quantity': true, 'product-name': name, price: item.lst_price, 'image-url': `/web/image/product.product/${item.id}/image_128` },
          // What a shopper gets before the script runs: the shop's own form.
          el('a', { className: 'fallback', href: `/shop/product/${item.id}` }, 'Add to cart'),
        ),
        widget('sd-notify-me', { 'product-id': item.id, 'product-name': name }),
        widget('sd-share-bar', { title: name, text: locale === 'bn' ? `স্মার্ট ডেইরির ${name}` : `${name} from Smart Dairy` }),
      ),
    ),
    // Records this view; the strip below leaves this product out.
    widget('sd-track-view', { 'product-id': item.id, name, price: item.lst_price, 'image-url': `/web/image/product.product/${item.id}/image_128`, url: pageUrl('product.html', { id: item.id }) }),
    ...(guideElement ? [el('section', { className: 'panel', ariaLabel: t.guide }, el('h2', {}, t.guide), guideElement)] : []),
    el('section', { className: 'panel', ariaLabel: t.recent }, el('h2', {}, t.recent), widget('sd-recently-viewed', { 'with-quick-add': true })),
  ];
}

function render(): void {
  const t = TEXT[locale];
  const page = document.getElementById('page')!;
  if (!product) {
    document.title = t.shop;
    page.replaceChildren(el('div', { className: 'not-found' }, el('p', {}, t.missing), el('a', { href: pageUrl('./') }, t.back)));
    return;
  }
  page.replaceChildren(...renderProduct(product));
}

function setLocale(next: Locale): void {
  locale = next;
  document.documentElement.lang = next;
  configure({ locale: next });
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang button')) button.setAttribute('aria-pressed', String(button.dataset.locale === next));
  // The address says the language, so a reload, a shared link and the strip's links keep it.
  const url = new URL(location.href);
  if (next === 'bn') url.searchParams.set('lang', 'bn');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
  for (const brand of document.querySelectorAll<HTMLAnchorElement>('a.brand')) brand.href = pageUrl('./');
  render();
}

document.querySelector('.lang')!.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-locale]');
  if (button) setLocale(button.dataset.locale as Locale);
});

setLocale(locale);
