/**
 * The demo shop: the mock backend in a service worker, the script-tag entry, and
 * a product grid as a theme would render it (server-side in real life; from the
 * mock catalog here). DOM is built with createElement: no innerHTML with data.
 * The mock keeps its state in localStorage, so the cart survives a reload as a
 * real shop's does; "Reset shop" in the controls forgets it.
 */
import { startMockShop } from '../mock-server/browser.js';
import { LIVE_URL, catalogProducts } from '../mock-server/index.js';
import './deals.js';

const mock = await startMockShop({ persist: true });
await import('../src/cdn.js');
const { configure } = window.SmartDairyWidgets;
// The mock pushes `stock.updated` when a designer restocks a product below.
configure({ liveUrl: LIVE_URL });

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

type Locale = 'en' | 'bn';
let locale: Locale = new URLSearchParams(location.search).get('lang') === 'bn' ? 'bn' : 'en';
const money = (amount: number) => window.SmartDairyWidgets.localize(locale).money(amount);

const TEXT: Record<Locale, Record<string, string>> = {
  en: { title: 'Fresh from our farms to your door', lead: 'Milk, doi, ghee and sweets from Smart Dairy. Add to cart without leaving the page.', products: 'Our products' },
  bn: { title: 'খামার থেকে সরাসরি আপনার দরজায়', lead: 'স্মার্ট ডেইরির দুধ, দই, ঘি আর মিষ্টি। পেজ না ছেড়েই কার্টে যোগ করুন।', products: 'আমাদের পণ্য' },
};

/** The demo's product page of a product, in the current language. */
const productPage = (id: number) => `product.html?id=${id}${locale === 'bn' ? '&lang=bn' : ''}`;

function renderGrid(): void {
  const grid = document.getElementById('grid')!;
  const cards = catalogProducts().map((product) => {
    const name = locale === 'bn' ? product.name_bn : product.name;
    const quickAdd = el('sd-quick-add');
    quickAdd.setAttribute('product-id', String(product.id));
    quickAdd.setAttribute('product-name', name);
    quickAdd.setAttribute('price', String(product.lst_price));
    quickAdd.setAttribute('image-url', `/web/image/product.product/${product.id}/image_128`);
    // What a shopper gets before the script runs: a plain link to the product.
    quickAdd.append(el('a', { className: 'fallback', href: `/shop/product/${product.id}` }, 'View product'));
    const badge = el('sd-stock-badge');
    badge.setAttribute('product-id', String(product.id));
    badge.setAttribute('compact', '');
    const notify = el('sd-notify-me');
    notify.setAttribute('product-id', String(product.id));
    return el(
      'li',
      { className: 'card' },
      // The name and the picture lead to the product's page (the picture's link is a second way for the pointer, not a tab stop).
      el('a', { href: productPage(product.id), tabIndex: -1, ariaHidden: 'true' }, el('img', { src: `/web/image/product.product/${product.id}/image_128`, alt: '', width: 128, height: 128, loading: 'lazy' })),
      el('h3', {}, el('a', { href: productPage(product.id), style: 'color:inherit;text-decoration:none' }, name)),
      badge,
      el('p', { className: 'price' }, money(product.lst_price)),
      quickAdd,
      notify,
    );
  });
  grid.replaceChildren(...cards);
}

function setLocale(next: Locale): void {
  locale = next;
  document.documentElement.lang = next;
  configure({ locale: next });
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = TEXT[next][node.dataset.text!] ?? '';
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang button')) button.setAttribute('aria-pressed', String(button.dataset.locale === next));
  renderGrid();
}

document.querySelector('.lang')!.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-locale]');
  if (button) setLocale(button.dataset.locale as Locale);
});

/** Designers' controls over the mock shop: stock, network, errors, and the notification log. */
function renderControls(): void {
  const { controls } = mock;
  const log = el('ol');
  const showLog = () =>
    log.replaceChildren(...controls.notifications().map((n) => el('li', {}, `${n.channel === 'sms' ? 'SMS' : 'Email'} to ${n.address}: "${n.productName}" is back in stock`)));
  const productSelect = el('select', { ariaLabel: 'Product' }, ...catalogProducts().map((p) => el('option', { value: String(p.id) }, `${p.id} · ${p.name}`)));
  const qty = el('input', { type: 'number', value: '25', min: '0', ariaLabel: 'Stock quantity' });
  const setStock = el('button', { type: 'button' }, 'Set stock');
  setStock.addEventListener('click', () => {
    controls.setStock(Number(productSelect.value), Number(qty.value));
    showLog();
  });
  const latency = el('select', { ariaLabel: 'Latency' }, ...[0, 300, 1500, 5000].map((ms) => el('option', { value: String(ms) }, `${ms} ms`)));
  latency.addEventListener('change', () => controls.setLatency(Number(latency.value)));
  const failures = el('select', { ariaLabel: 'Failure rate' }, ...[0, 0.3, 1].map((rate) => el('option', { value: String(rate) }, `${rate * 100}% failures`)));
  failures.addEventListener('change', () => controls.setFailureRate(Number(failures.value)));
  const button = (label: string, action: () => void) => {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', action);
    return b;
  };
  // An unknown ?scenario= name: said here as well as in the console (with the known names).
  const scenarioNote = mock.scenario.message ? el('p', { className: 'note', role: 'status' }, mock.scenario.message) : '';
  if (mock.scenario.message) document.querySelector<HTMLDetailsElement>('.controls details')!.open = true;
  document.getElementById('controls')!.replaceChildren(
    scenarioNote,
    el(
      'fieldset',
      {},
      el('legend', {}, 'Shop'),
      el('p', { className: 'hint' }, 'Carts, stock and subscriptions are kept in this browser across reloads.'),
      button('Reset shop', () => {
        // Back to the catalog as shipped, and nothing kept for the next reload.
        controls.reset();
        mock.persistence?.clear();
        void window.SmartDairyWidgets.cart.load({ fresh: true });
        window.SmartDairyWidgets.stock.refresh();
        showLog();
      }),
    ),
    el('fieldset', {}, el('legend', {}, 'Stock'), productSelect, qty, setStock),
    el('fieldset', {}, el('legend', {}, 'Network'), latency, failures),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Errors'),
      button('Next add fails (server error)', () => controls.forceError('/cart/add', 'server')),
      button('Next add times out', () => controls.forceError('/cart/add', 'timeout')),
      button('Expire session', () => controls.expireSession()),
    ),
    el('h3', {}, 'Notifications sent'),
    log,
  );
  showLog();
}

setLocale(locale);
renderControls();
