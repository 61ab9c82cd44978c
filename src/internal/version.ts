/**
 * The library's version, from package.json at build time: the script tag's build
 * defines `__SD_VERSION__` (vite.config.ts), and the npm build has it written in
 * after tsc (scripts/stamp-version.mjs). Unbuilt source (tests) says "dev".
 */
declare const __SD_VERSION__: string | undefined;

export const VERSION: string = typeof __SD_VERSION__ === 'string' ? __SD_VERSION__ : '0.0.0-dev';
