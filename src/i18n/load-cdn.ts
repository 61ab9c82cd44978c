/**
 * Where a locale's wording comes from for the script tag: a sibling file of the
 * script itself (`smart-dairy-widgets.bn.js` beside `smart-dairy-widgets.js`),
 * loaded as a module. `import()` is allowed by `script-src 'self'` and is no Trusted
 * Types sink, so strict pages keep working. Replaces ./load.ts in the CDN build.
 */
import type { Locale } from '../config/config.js';
import type { Messages } from './locales/en.js';

// Read while the script runs: `document.currentScript` is ours only now.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? '';

export function loadMessages(locale: Locale): Promise<Messages> {
  if (!scriptUrl) return Promise.reject(new Error('the script tag’s own URL is unknown, so its sibling locale file cannot be found'));
  const url = new URL(`smart-dairy-widgets.${locale}.js`, scriptUrl).href;
  return import(/* @vite-ignore */ url).then((module: { [key: string]: Messages | undefined }) => {
    const messages = module[locale];
    if (!messages) throw new Error(`${url} has no "${locale}" export`);
    return messages;
  });
}
