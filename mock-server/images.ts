/**
 * Product and bundle pictures, drawn as SVG: nothing is ever fetched from the
 * internet. Served at the paths the API gives (Odoo's /web/image/... routes).
 */
import type { Category, MockBundle, MockProduct } from './catalog.js';

const PALETTE: Record<Category, [string, string]> = {
  milk: ['#e8f1fb', '#2f6fb3'],
  yogurt: ['#fdf0e6', '#c25e1c'],
  ghee: ['#fff6d9', '#b7860b'],
  butter: ['#fffbe0', '#a58a00'],
  cheese: ['#fff3c4', '#b07800'],
  drinks: ['#eaf7ef', '#1f7a4a'],
  sweets: ['#fbe9f0', '#b0285c'],
  cream: ['#f3eefb', '#6a44b0'],
  powder: ['#eef1f4', '#4a5a6a'],
};

const SHAPES: Record<Category, string> = {
  milk: '<path d="M48 30h32l-4 14v46a6 6 0 0 1-6 6H58a6 6 0 0 1-6-6V44z" />',
  yogurt: '<path d="M36 52h56l-8 38a6 6 0 0 1-6 5H50a6 6 0 0 1-6-5z" /><ellipse cx="64" cy="52" rx="28" ry="7" />',
  ghee: '<rect x="40" y="44" width="48" height="50" rx="8" /><rect x="44" y="34" width="40" height="12" rx="4" />',
  butter: '<path d="M30 60l34-16 34 16-34 16z" /><path d="M30 60v14l34 16V76zM98 60v14L64 90V76z" opacity=".75" />',
  cheese: '<path d="M30 80V60l60-24v44z" /><circle cx="52" cy="68" r="4" fill="#fff" /><circle cx="72" cy="60" r="5" fill="#fff" />',
  drinks: '<path d="M46 34h36l-6 60H52z" /><rect x="60" y="24" width="4" height="16" />',
  sweets: '<circle cx="52" cy="66" r="16" /><circle cx="78" cy="70" r="14" opacity=".8" /><circle cx="64" cy="50" r="12" opacity=".9" />',
  cream: '<path d="M44 58h40l-6 36H50z" /><circle cx="64" cy="48" r="16" />',
  powder: '<rect x="42" y="36" width="44" height="58" rx="6" /><rect x="48" y="52" width="32" height="20" rx="3" fill="#fff" />',
};

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function picture(category: Category, label: string, size = 128): string {
  const [background, ink] = PALETTE[category];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128" role="img" aria-label="${escape(label)}">
<rect width="128" height="128" fill="${background}"/>
<g fill="${ink}" transform="translate(0 4)">${SHAPES[category]}</g>
</svg>`;
}

export const productImage = (product: MockProduct): string => picture(product.category, product.name);

export function bundleImage(bundle: MockBundle, categoryOf: (productId: number) => Category): string {
  const first = bundle.lines[0];
  return picture(first ? categoryOf(first.product_id) : 'milk', bundle.name, 256);
}
