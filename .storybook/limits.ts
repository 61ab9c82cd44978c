/**
 * Vite's chunk warning limit for the Storybook preview (kB): just above the largest
 * chunk that is one prebuilt module (Storybook's preview runtime, axe-core), which
 * cannot be split. `scripts/test-storybook.ts` holds those chunks to it too.
 */
export const SINGLE_MODULE_CHUNK_LIMIT_KB = 850;
