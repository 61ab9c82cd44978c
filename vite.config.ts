// The script-tag build: ONE classic script (IIFE) that defines every element and
// sets window.SmartDairyWidgets. The npm build is tsc's unbundled ESM (see package.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, transformWithOxc, type Plugin } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The script tag speaks English; other locales are sibling files it loads when a
 * page uses them: `src/i18n/load.ts` (a dynamic import npm bundlers split) becomes
 * `load-cdn.ts`, and each locale is written beside the script as an ES module.
 */
export function cdnLocales(): Plugin {
  // Only the script tag's own build: Storybook and other tools that read this config keep the npm loader.
  let scriptTag = false;
  return {
    name: 'smart-dairy-cdn-locales',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      scriptTag = config.command === 'build' && !!lib && String(lib.entry).endsWith('src/cdn.ts');
    },
    async resolveId(source, importer) {
      if (scriptTag && source === './load.js' && importer?.endsWith('/src/i18n/index.ts')) return here('./src/i18n/load-cdn.ts');
      return null;
    },
    async generateBundle() {
      if (!scriptTag) return;
      for (const locale of ['bn']) {
        const source = readFileSync(here(`./src/i18n/locales/${locale}.ts`), 'utf8');
        // Types stripped; the strings stay as written (UTF-8), and the chunk is minified with the script.
        const { code } = await transformWithOxc(source, `${locale}.ts`, { lang: 'ts' });
        this.emitFile({ type: 'asset', fileName: `smart-dairy-widgets.${locale}.js`, source: code });
      }
      // The boxes the elements take before the script runs, for the page's <head> (no layout shift).
      this.emitFile({ type: 'asset', fileName: 'smart-dairy-widgets.css', source: readFileSync(here('./src/styles/smart-dairy-widgets.css'), 'utf8') });
    },
  };
}

export default defineConfig({
  // Library mode leaves process.env alone; nanostores reads NODE_ENV.
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), __SD_VERSION__: JSON.stringify(version) },
  publicDir: false,
  // Lit's css`…` and html`…` without their indentation and comments (the npm build: scripts/minify-esm.ts).
  plugins: [cdnLocales(), minifyLitTemplates()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2021',
    sourcemap: true,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['iife'],
      name: 'SmartDairyWidgetsBundle',
      fileName: () => 'smart-dairy-widgets.js',
    },
  },
});
