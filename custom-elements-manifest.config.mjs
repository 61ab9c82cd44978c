// Generates dist/custom-elements.json from the elements' JSDoc, for editors and Storybook docs.
import { elementProse } from './scripts/cem-prose.mjs';

export default {
  globs: ['src/components/**/*.component.ts', 'src/config/shop.component.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [elementProse()],
};
