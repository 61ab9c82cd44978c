import type { Preview } from '@storybook/web-components-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { createMockShop } from '../mock-server/index.js';
import { shop } from '../src/store/index.js';
import manifest from '../dist/custom-elements.json';

// The mock Smart Dairy backend answers every story (see stories/mock.ts for scenarios).
initialize({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: './mockServiceWorker.js' } });
setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [
    // Storybook runs loaders side by side: the story's mock must be in place before
    // the page's one cart asks it anything. Each story starts from its own mock.
    async (context) => {
      await mswLoader(context);
      shop.client().invalidateStock();
      void shop.cart.load({ fresh: true });
      return {};
    },
  ],
  parameters: {
    msw: { handlers: createMockShop().handlers },
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
