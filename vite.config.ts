// The script-tag build: ONE classic script (IIFE) that defines every element and
// sets window.SmartDairyWidgets. The npm build is tsc's unbundled ESM (see package.json).
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // Library mode leaves process.env alone; nanostores reads NODE_ENV.
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), __SD_VERSION__: JSON.stringify(version) },
  publicDir: false,
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
