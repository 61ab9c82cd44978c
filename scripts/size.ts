/**
 * Prints what each way of using the widgets costs a shopper's phone: the script-tag
 * file, and each npm entry bundled with everything it pulls in (lit, nanostores…),
 * minified as the script-tag build is, raw / gzip / brotli. Fails the build when a budget is exceeded.
 */
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { minifyLitTemplates } from './minify-templates.js';

const BUDGETS_GZIP: Record<string, number> = {
  // Five elements and the hardening of the data layer (raised from 36 kB); the size
  // issue replaces this with brotli budgets for the script tag and the npm pair.
  'dist/cdn/smart-dairy-widgets.js': 40 * 1024,
};

const entries: Record<string, string> = {
  '@smart-dairy/widgets (root, no elements)': 'src/index.ts',
  '@smart-dairy/widgets/quantity-selector': 'src/components/quantity-selector/sd-quantity-selector.ts',
  '@smart-dairy/widgets/quick-add': 'src/components/quick-add/sd-quick-add.ts',
  '@smart-dairy/widgets/mini-cart': 'src/components/mini-cart/sd-mini-cart.ts',
  '@smart-dairy/widgets/stock-badge': 'src/components/stock-badge/sd-stock-badge.ts',
  '@smart-dairy/widgets/notify-me': 'src/components/notify-me/sd-notify-me.ts',
  '@smart-dairy/widgets/share-bar': 'src/components/share-bar/sd-share-bar.ts',
  '@smart-dairy/widgets/track-view': 'src/components/track-view/sd-track-view.ts',
  '@smart-dairy/widgets/recently-viewed': 'src/components/recently-viewed/sd-recently-viewed.ts',
  '@smart-dairy/widgets/product-guide': 'src/components/product-guide/sd-product-guide.ts',
  '@smart-dairy/widgets/bundle-card': 'src/components/bundle-card/sd-bundle-card.ts',
  '@smart-dairy/widgets/bundle-list': 'src/components/bundle-list/sd-bundle-list.ts',
};

export interface Size {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
}

const measure = (name: string, code: string | Uint8Array): Size => ({
  name,
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code).length,
});

async function bundle(entry: string): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Templates minified as in the script tag and the npm build.
    plugins: [minifyLitTemplates()],
    build: { write: false, minify: true, target: 'es2021', lib: { entry, formats: ['iife'], name: 'entry', fileName: 'entry' } },
  })) as Rollup.RollupOutput[];
  return result[0]!.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
}

export async function sizes(): Promise<Size[]> {
  const out = [measure('dist/cdn/smart-dairy-widgets.js', readFileSync('dist/cdn/smart-dairy-widgets.js'))];
  for (const [name, entry] of Object.entries(entries)) out.push(measure(name, await bundle(entry)));
  return out;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = await sizes();
  console.log('\nSize (minified, with dependencies)');
  for (const { name, raw, gzip, brotli } of table) {
    console.log(`  ${name.padEnd(46)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(9)} gzip ${kb(brotli).padStart(9)} brotli`);
  }
  const over = table.filter(({ name, gzip }) => BUDGETS_GZIP[name] !== undefined && gzip > BUDGETS_GZIP[name]!);
  for (const { name, gzip } of over) console.error(`Over budget: ${name} is ${kb(gzip)} gzip; the budget is ${kb(BUDGETS_GZIP[name]!)}.`);
  if (over.length > 0) process.exit(1);
}
