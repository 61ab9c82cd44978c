import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import { withActions } from 'storybook/actions/decorator';
import type { Manifest } from '../scripts/manifest-api.js';
import { shop } from '../src/store/index.js';
import { mockShop, TOOLBAR_SCENARIOS, type StoryMock } from '../stories/mock.js';
import manifest from '../dist/custom-elements.json';
import { DocsPage, extractArgTypes, extractComponentDescription, useManifest } from './docs.js';

// The mock Smart Dairy backend answers every story (see stories/mock.ts for scenarios).
initialize({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: './mockServiceWorker.js' } });
setCustomElementsManifest(manifest);
const elements = useManifest(manifest as Manifest);

/** The story last loaded, and the toolbar scenario it was loaded with. */
let loaded: { id: string; scenario: string } | undefined;
let restock: ReturnType<typeof setTimeout> | undefined;

/**
 * Puts the story's own mock in the state the story starts from, plus the toolbar's
 * scenario — when another story (or scenario) is chosen, not when an arg changes.
 */
function prepareMock(id: string, scenario: string, story: StoryMock | undefined): void {
  clearTimeout(restock);
  if (loaded?.id === id && loaded.scenario === scenario) return;
  const first = loaded === undefined;
  loaded = { id, scenario };
  if (!story) return;
  if (!first || scenario !== 'story') {
    story.mock.controls.reset();
    story.build();
  }
  const later = TOOLBAR_SCENARIOS[scenario]?.apply?.(story.mock);
  if (later) restock = setTimeout(() => shop.stock.refresh(later.run()), later.after);
}

/**
 * The mock's worker answers a page only once it controls it. On a first visit that is a
 * moment after the worker has started (its clients.claim()), and a request sent in that
 * moment goes to the static server instead (a 404 for /cart). Waits for the control, at
 * most 5 s, then says so.
 */
async function mockControlsThePage(): Promise<void> {
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!workers || workers.controller) return;
  const controlled = await new Promise<boolean>((resolve) => {
    const done = (value: boolean) => {
      clearTimeout(timer);
      workers.removeEventListener('controllerchange', onChange);
      resolve(value);
    };
    const onChange = () => done(true);
    const timer = setTimeout(() => done(!!workers.controller), 5000);
    workers.addEventListener('controllerchange', onChange);
  });
  if (!controlled) console.warn('[storybook] The mock shop’s service worker does not control this page yet: its requests go to the network. Reload the page.');
}

const preview: Preview = {
  globalTypes: {
    scenario: {
      description: 'A situation of the mock shop from now on, added to the story’s own mock (what the page already shows stays until an element asks again)',
      toolbar: {
        title: 'Mock scenario',
        icon: 'lightning',
        items: Object.entries(TOOLBAR_SCENARIOS).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scenario: 'story' },
  loaders: [
    // Storybook runs loaders side by side: the story's mock must be in place before
    // the page's one cart asks it anything. Each story starts from its own mock.
    async (context) => {
      prepareMock(context.id, String(context.globals.scenario ?? 'story'), context.parameters.mockShop as StoryMock | undefined);
      await mswLoader(context);
      await mockControlsThePage();
      // Stock asked again: for products a story already showed, the store still holds
      // the answer (their stores stay mounted for a moment after the old story goes).
      shop.stock.refresh();
      void shop.cart.load({ fresh: true });
      return {};
    },
  ],
  decorators: [withActions],
  parameters: {
    ...mockShop(),
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    // Every sd-* event an element fires shows in the Actions panel.
    actions: { handles: [...new Set(elements.flatMap((element) => element.events.map((event) => event.name)).filter((name) => name.startsWith('sd-')))] },
    docs: { page: DocsPage, extractArgTypes, extractComponentDescription },
  },
};

export default preview;
