/**
 * Each element's Docs page, from the custom-elements manifest: its summary and
 * prose, the primary story with its controls, then the reference — attributes,
 * properties, methods, events, slots, parts and custom properties — and a link to
 * every story (./docs-page.ts, loaded for Docs pages only). (Storybook's own reading of the manifest lists private fields, and
 * a part named like an attribute, `quantity`, hid the attribute.)
 */
import { Suspense, createElement as h, lazy } from 'react';
import type { InputType } from 'storybook/internal/types';
import { elementsOf, type ElementApi, type Manifest } from '../scripts/manifest-api.js';

let byTag = new Map<string, ElementApi>();

export function useManifest(manifest: Manifest): ElementApi[] {
  const elements = elementsOf(manifest);
  byTag = new Map(elements.map((element) => [element.tag, element]));
  return elements;
}

const code = (text: string) => `\`${text}\``;
const sentence = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ');

/**
 * The reference rows. Keys are namespaced (`attribute:quantity`, `part:quantity`)
 * so that nothing hides anything, and never match a story's own args; the rows
 * have no control: stories have their own.
 */
export function extractArgTypes(tag: unknown): Record<string, InputType> {
  const element = typeof tag === 'string' ? byTag.get(tag) : undefined;
  if (!element) return {};
  const rows: Record<string, InputType> = {};
  const row = (key: string, name: string, category: string, description: string, type?: string, defaultValue?: string) => {
    rows[key] = {
      name,
      description,
      control: false,
      table: {
        category,
        ...(type ? { type: { summary: type } } : {}),
        ...(defaultValue !== undefined ? { defaultValue: { summary: defaultValue } } : {}),
      },
    };
  };
  for (const a of element.attributes) row(`attribute:${a.name}`, a.name, 'attributes', sentence(a.description, a.field && `Property ${code(a.field)}.`), a.type, a.default);
  for (const p of element.properties)
    row(
      `property:${p.name}`,
      p.name,
      'properties',
      sentence(p.description, p.attribute && `Attribute ${code(p.attribute)}${p.reflects ? ', reflected' : ''}.`, p.readonly && 'Read-only.'),
      p.type,
      p.default,
    );
  for (const m of element.methods) row(`method:${m.name}`, m.name, 'methods', m.description ?? '', m.signature);
  for (const e of element.events) row(`event:${e.name}`, e.name, 'events', e.description ?? '');
  for (const s of element.slots) row(`slot:${s.name}`, s.name || '(default)', 'slots', s.description ?? '');
  for (const p of element.parts) row(`part:${p.name}`, p.name, 'css shadow parts', p.description ?? '');
  for (const c of element.cssProperties) row(`cssprop:${c.name}`, c.name, 'css custom properties', c.description ?? '');
  return rows;
}

/** The summary, then the prose of the element's JSDoc (accessibility, theme CSS, behaviour). */
export function extractComponentDescription(tag: unknown): string {
  const element = typeof tag === 'string' ? byTag.get(tag) : undefined;
  return element ? [`**${element.summary}**`, element.description].filter(Boolean).join('\n\n') : '';
}

const Page = lazy(() => import('./docs-page.js'));

/** The Docs page; its blocks load with the first Docs page, not with every story. */
export const DocsPage = () => h(Suspense, { fallback: null }, h(Page));
