// Writes dist/types/{react,vue,svelte}.d.ts from dist/custom-elements.json: each tag's
// attributes, properties and sd-* events typed for JSX (React 19), Vue templates and
// Svelte 5, shipped as @smart-dairy/widgets/react, /vue and /svelte. Run by `npm run
// build` after `cem analyze`.
//
// The manifest says WHICH attributes, properties and events an element has (and their
// docs); their TypeScript types come from the element classes themselves through
// HTMLElementTagNameMap (`SdQuickAdd['productId']`) and GlobalEventHandlersEventMap
// (`'sd-added'`), so a type here can never drift from the element's own .d.ts.
//
// How each framework passes a value decides the type it is given here:
// - React 19, Vue 3 and Svelte 5 all set a PROPERTY when the element (once defined)
//   has one of that name, and an ATTRIBUTE (the value as a string) otherwise, e.g.
//   before the element is defined or while server rendering. So:
//   - a kebab-case attribute whose name is no property (`product-id`) is always set as
//     an attribute: it takes what its converter reads (a number or its digits);
//   - a name that is both (`quantity`, `open`) becomes a property on a defined element
//     and must have the property's own type (a number, not "2");
//   - a camelCase property (`productId`) only works on a defined element: in server-
//     rendered HTML it would be an attribute `productid`, which the element ignores.
//     Its doc says so; prefer the attribute in server-rendered markup.
// - Events: React 19 listens for `on` + the rest of the prop name as written, so
//   `onsd-added` listens for `sd-added`, while `onSdAdded` would listen for "SdAdded"
//   (an event nobody fires): it is typed `never` so that mistake fails the type check.
//   Vue turns `@sd-added` into `onSdAdded`; Svelte 5 has `onsd-added` and `on:sd-added`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isMain } from './is-main.mjs';

const MANIFEST = 'dist/custom-elements.json';
const OUT = 'dist/types';

/** The custom elements of the manifest, with the d.ts of the module that defines each tag. */
export function readElements(manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'))) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const tag = declaration.tagName;
      // src/components/quick-add/quick-add.component.ts is defined by sd-quick-add.ts beside it.
      const defineFile = join('dist/esm', dirname(module.path).replace(/^src\/?/, ''), `${tag}.d.ts`);
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        field: attribute.fieldName,
        description: attribute.description ?? '',
      }));
      const attributeFields = new Set(attributes.map((attribute) => attribute.field).filter(Boolean));
      const properties = (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public')
        .filter((member) => !member.name.startsWith('_') && !member.name.startsWith('#'))
        .map((member) => ({ name: member.name, attribute: member.attribute, description: member.description ?? '', hasAttribute: attributeFields.has(member.name) }));
      const events = (declaration.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, description: event.description ?? '' }));
      elements.push({ tag, className: declaration.name, summary: declaration.summary ?? declaration.description ?? '', defineFile, attributes, properties, events });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (letter) => letter.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** One JSDoc block (indented), or nothing. */
function doc(indent, ...lines) {
  const text = lines.filter(Boolean).join('\n').replaceAll('*/', '*\\/').trim();
  if (!text) return '';
  const body = text.split('\n').map((line) => `${indent} * ${line}`.trimEnd());
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}

/**
 * Members shared by every framework: what each name is and the type expression of its value.
 * `El` is the element's class type (HTMLElementTagNameMap[tag]).
 */
function members(element) {
  const result = [];
  const fieldNames = new Set(element.properties.map((property) => property.name));
  for (const attribute of element.attributes) {
    const field = attribute.field;
    const sameName = field === attribute.name;
    if (sameName && fieldNames.has(field)) {
      result.push({ name: attribute.name, type: `El['${field}']`, docs: [attribute.description, `Attribute and property \`${field}\`.`] });
    } else if (field) {
      result.push({ name: attribute.name, type: `AttributeValue<El['${field}']>`, docs: [attribute.description, `Attribute \`${attribute.name}\` (property \`${field}\`).`] });
    } else {
      result.push({ name: attribute.name, type: 'string', docs: [attribute.description, `Attribute \`${attribute.name}\`.`] });
    }
  }
  const taken = new Set(result.map((member) => member.name));
  for (const property of element.properties) {
    if (taken.has(property.name)) continue;
    const onlyDefined = property.hasAttribute
      ? `Property: applies once the element is defined; in server-rendered markup use the attribute \`${property.attribute}\`.`
      : 'Property (no attribute): applies once the element is defined.';
    result.push({ name: property.name, type: `El['${property.name}']`, docs: [property.description, onlyDefined] });
  }
  return result;
}

function header(title) {
  return `// ${title}\n// Generated from dist/custom-elements.json by scripts/framework-types.mjs at build time: do not edit.\n`;
}

/** Imports of every element's define module: they add the tags to HTMLElementTagNameMap and the events to GlobalEventHandlersEventMap. */
function defineImports(elements) {
  return elements.map((element) => `import type {} from '${relative(OUT, element.defineFile).replace(/\.d\.ts$/, '.js')}';`).join('\n');
}

const SHARED = `/** What an attribute takes: a number or its digits for numbers, the value itself otherwise. */
type AttributeValue<T> = T extends boolean ? boolean : T extends number ? number | \`\${number}\` : T;
/** The element's own event type for a name, else a plain Event. */
type EventOf<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;
`;

export function reactTypes(elements) {
  let out = header('React 19 JSX types for the Smart Dairy elements: `import type {} from \'@smart-dairy/widgets/react\'` once in your app.');
  out += `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n${defineImports(elements)}\n\n${SHARED}`;
  out += `/** React's own props of an HTML element, without the names the element defines itself. */\ntype Base<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own>;\n\n`;
  const entries = [];
  for (const element of elements) {
    const name = `${pascal(element.tag)}Props`;
    out += `type ${name}Own<El extends HTMLElementTagNameMap['${element.tag}'] = HTMLElementTagNameMap['${element.tag}']> = {\n`;
    for (const member of members(element)) out += doc('  ', ...member.docs) + `  ${key(member.name)}?: ${member.type} | undefined;\n`;
    for (const event of element.events.filter((event) => event.name.includes('-'))) {
      out += doc('  ', event.description, `Listens for \`${event.name}\`.`) + `  ${key(`on${event.name}`)}?: ((event: EventOf<'${event.name}'>) => void) | undefined;\n`;
      out +=
        doc('  ', `@deprecated React 19 would listen for an event named "${pascal(event.name)}", which is never fired: write \`on${event.name}\`.`) +
        `  ${key(`on${pascal(event.name)}`)}?: never;\n`;
    }
    out += `};\n`;
    out += doc('', element.summary, `\`<${element.tag}>\` in JSX.`) + `export type ${name} = Base<HTMLElementTagNameMap['${element.tag}'], ${name}Own> & ${name}Own;\n\n`;
    entries.push(`      '${element.tag}': ${name};`);
  }
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${entries.join('\n')}\n    }\n  }\n}\n`;
  return out;
}

export function vueTypes(elements) {
  let out = header('Vue 3 template types for the Smart Dairy elements: `import type {} from \'@smart-dairy/widgets/vue\'` once in your app (and tell the compiler `isCustomElement: (tag) => tag.startsWith(\'sd-\')`).');
  out += `import type { DefineComponent, HTMLAttributes } from 'vue';\n${defineImports(elements)}\n\n${SHARED}\n`;
  const entries = [];
  for (const element of elements) {
    const name = `${pascal(element.tag)}VueProps`;
    // Vue matches `product-id` and `productId` to the same prop, camelCased.
    out += doc('', element.summary, `The attributes, properties and events of \`<${element.tag}>\` in a Vue template.`);
    out += `export interface ${name}<El extends HTMLElementTagNameMap['${element.tag}'] = HTMLElementTagNameMap['${element.tag}']> {\n`;
    const seen = new Set();
    for (const member of members(element)) {
      const prop = camel(member.name);
      if (seen.has(prop)) continue;
      seen.add(prop);
      out += doc('  ', ...member.docs) + `  ${key(prop)}?: ${member.type} | undefined;\n`;
    }
    for (const event of element.events) {
      out += doc('  ', event.description, `\`@${event.name}\`.`) + `  ${key(`on${pascal(event.name)}`)}?: ((event: EventOf<'${event.name}'>) => void) | undefined;\n`;
    }
    out += `}\n\n`;
    // With Vue's own attributes (id, class, style, aria-*, onClick…) beside the element's.
    entries.push(`    '${element.tag}': DefineComponent<${name} & Omit<HTMLAttributes, keyof ${name}>>;`);
  }
  out += `declare module 'vue' {\n  interface GlobalComponents {\n${entries.join('\n')}\n  }\n}\n`;
  return out;
}

export function svelteTypes(elements) {
  let out = header('Svelte 5 types for the Smart Dairy elements: `import type {} from \'@smart-dairy/widgets/svelte\'` once in your app.');
  out += `import type { HTMLAttributes } from 'svelte/elements';\n${defineImports(elements)}\n\n${SHARED}\n`;
  const entries = [];
  for (const element of elements) {
    const name = `${pascal(element.tag)}SvelteProps`;
    out += `type ${name}Own<El extends HTMLElementTagNameMap['${element.tag}'] = HTMLElementTagNameMap['${element.tag}']> = {\n`;
    for (const member of members(element)) out += doc('  ', ...member.docs) + `  ${key(member.name)}?: ${member.type} | undefined | null;\n`;
    for (const event of element.events.filter((event) => event.name.includes('-'))) {
      const handler = `((event: EventOf<'${event.name}'> & { currentTarget: El }) => void) | undefined | null`;
      out += doc('  ', event.description, `Listens for \`${event.name}\`.`) + `  ${key(`on${event.name}`)}?: ${handler};\n`;
      out += doc('  ', event.description, `Listens for \`${event.name}\` (Svelte 4 syntax).`) + `  ${key(`on:${event.name}`)}?: ${handler};\n`;
    }
    out += `};\n`;
    out += doc('', element.summary, `\`<${element.tag}>\` in Svelte markup.`);
    out += `export type ${name} = Omit<HTMLAttributes<HTMLElementTagNameMap['${element.tag}']>, keyof ${name}Own> & ${name}Own;\n\n`;
    entries.push(`    '${element.tag}': ${name};`);
  }
  out += `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${entries.join('\n')}\n  }\n}\n`;
  return out;
}

function main() {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run \`cem analyze\` first (npm run build does).`);
  const elements = readElements();
  if (elements.length === 0) throw new Error(`${MANIFEST} lists no custom element: nothing to type.`);
  const missing = elements.filter((element) => !existsSync(element.defineFile));
  if (missing.length > 0) {
    throw new Error(`No define module for ${missing.map((element) => `<${element.tag}> (expected ${element.defineFile})`).join(', ')}: each element's folder needs its <tag>.ts define file.`);
  }
  mkdirSync(OUT, { recursive: true });
  for (const [name, text] of [
    ['react', reactTypes(elements)],
    ['vue', vueTypes(elements)],
    ['svelte', svelteTypes(elements)],
  ]) {
    writeFileSync(join(OUT, `${name}.d.ts`), text);
    // Types only; the empty module keeps a plain `import '@smart-dairy/widgets/react'` harmless in a bundle.
    writeFileSync(join(OUT, `${name}.js`), '// Types only: see ' + name + '.d.ts.\nexport {};\n');
  }
  console.log(`Framework types for ${elements.length} elements written to ${OUT}/ (react, vue, svelte).`);
}

if (isMain(import.meta.url)) main();
