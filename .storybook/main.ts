import type { StorybookConfig } from '@storybook/web-components-vite';
import { SINGLE_MODULE_CHUNK_LIMIT_KB } from './limits.js';

/**
 * The preview's chunks, one per vendor and one per part of ours, so none mixes a
 * large vendor with the stories and each is cached on its own. Modules only
 * stories use stay in the stories' own chunks (loaded with the story).
 */
const CHUNKS: { name: string; test: RegExp }[] = [
  // Storybook's preview runtime: ONE prebuilt module (1.6 MB of source with its test
  // libraries), loaded by every story; nothing can split a single module.
  { name: 'sb-preview-runtime', test: /[\\/]node_modules[\\/]storybook[\\/]dist[\\/]preview[\\/]runtime\.js$/ },
  // React and Storybook's shared modules (csf, channels' helpers, the instrumenter:
  // every story loads these two), then the Docs pages' UI (sb-components, and the
  // blocks Storybook splits off itself: Docs pages only). Groups a later one depends
  // on come first: a group takes its modules' dependencies that no earlier group took.
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@storybook[\\/]react-dom-shim)[\\/]/ },
  { name: 'sb-manager-api', test: /[\\/]node_modules[\\/](storybook[\\/]dist[\\/](manager-api[\\/]|router[\\/]|csf[\\/]|theming[\\/]|instrumenter[\\/]|_browser-chunks[\\/]chunk-)|semver[\\/]|@storybook[\\/]icons[\\/])/ },
  { name: 'sb-components', test: /[\\/]node_modules[\\/]storybook[\\/]dist[\\/]components[\\/]/ },
  // The mock backend: the cookie jar MSW keeps (with the public suffix list), MSW, our mock shop.
  { name: 'cookie-jar', test: /[\\/]node_modules[\\/](tough-cookie|tldts|tldts-core|tldts-experimental|punycode|url-parse|querystringify|requires-port)[\\/]/ },
  { name: 'msw', test: /[\\/]node_modules[\\/](msw|msw-storybook-addon|@mswjs|rettime|until-async|headers-polyfill|strict-event-emitter|outvariant|is-node-process|@open-draft|path-to-regexp|set-cookie-parser|graphql|@bundled-es-modules|cookie)[\\/]/ },
  // The library: Lit and nanostores, then the shared core (store, client, config, i18n);
  // each element stays with the stories that show it.
  { name: 'lit', test: /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs|nanostores)[\\/]/ },
  { name: 'widgets-core', test: /[\\/]src[\\/](store|client|config|i18n|internal)[\\/]/ },
  { name: 'mock-shop', test: /[\\/]mock-server[\\/]/ },
  { name: 'custom-elements-manifest', test: /[\\/]dist[\\/]custom-elements\.json$/ },
];

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // MSW's worker script is served from the root, so the mock backend answers stories.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config, { configType }) {
    if (configType !== 'PRODUCTION') return config;
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      build: {
        rolldownOptions: { output: { codeSplitting: { groups: CHUNKS.map((chunk, index) => ({ ...chunk, priority: CHUNKS.length - index })) } } },
        // Every chunk that CAN be split is under Vite's 500 kB; two chunks are each ONE
        // prebuilt module that no chunking can divide: Storybook's preview runtime
        // (storybook/dist/preview/runtime.js, 813 kB minified) and axe-core (axe.js,
        // 661 kB, loaded by the accessibility check after a story renders). The limit
        // sits just above the runtime; scripts/test-storybook.ts holds every other chunk
        // to 500 kB and these two to their size today, so neither can grow unnoticed.
        chunkSizeWarningLimit: SINGLE_MODULE_CHUNK_LIMIT_KB,
      },
    });
  },
};

export default config;
