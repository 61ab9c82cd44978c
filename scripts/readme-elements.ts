/**
 * Writes the README's generated parts, so the documentation cannot drift from the code:
 *
 * - each element's reference (between `<!-- api:<tag>:start -->` and `<!-- api:<tag>:end -->`,
 *   under the hand-written intro of its section): screenshots, the snippets for the script tag and
 *   for npm, the behaviour and accessibility prose, attributes, properties, methods, events, slots,
 *   parts and custom properties, all read from the custom-elements manifest;
 * - the table of contents (`toc`), the configuration options (`config`), the design tokens
 *   (`tokens`), the dark page's tokens (`dark-theme`) and every event (`events`).
 *
 * The manifest is analysed from the source here, in-process, with the project's own analyzer
 * configuration (custom-elements-manifest.config.mjs): the same result as `npx cem analyze`,
 * without writing dist/ and without needing a build. An element with no section in the README gets
 * one appended (with a "to write" intro), and anything that cannot be documented (an example using
 * an attribute the element does not have, a missing screenshot) is reported: `npm run readme` then
 * exits with 1. test/unit/readme-elements.test.ts fails when the README is not what this writes.
 *
 *   npm run readme          # rewrites README.md
 *   npm run readme -- --check   # says what would change; exits 1 if anything would
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { designTokens, elementsOf, type ElementApi, type Manifest } from './manifest-api.js';
import { tokensIn, isGlobalToken } from './design-tokens.js';
import { isMain } from './is-main.mjs';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const IMAGES_DIR = 'docs/images';

/** The order of the element sections, for elements the README has no section for yet. */
export const ELEMENT_ORDER = [
  'sd-shop',
  'sd-mini-cart',
  'sd-quick-add',
  'sd-quantity-selector',
  'sd-stock-badge',
  'sd-notify-me',
  'sd-bundle-card',
  'sd-bundle-list',
  'sd-share-bar',
  'sd-track-view',
  'sd-recently-viewed',
  'sd-product-guide',
];

/** Elements that draw nothing of their own: no screenshot is expected. */
export const DRAWS_NOTHING = new Set(['sd-shop', 'sd-track-view']);

/**
 * A minimal use of each element, as a theme writes it. Checked against the manifest: every
 * attribute of every `sd-*` tag in it must be one the element has.
 */
export const EXAMPLES: Record<string, string> = {
  'sd-shop': `<sd-shop api-base="/api/v1" locale="bn">
  <sd-stock-badge product-id="7"></sd-stock-badge>
  <sd-quick-add product-id="7"></sd-quick-add>
</sd-shop>`,
  'sd-mini-cart': `<sd-mini-cart show-on-add></sd-mini-cart>`,
  'sd-quick-add': `<sd-quick-add product-id="7" product-name="Sour Doi 500 g" price="95.5" with-quantity>
  <a href="/shop/product/7">View product</a>
</sd-quick-add>`,
  'sd-quantity-selector': `<form action="/shop/cart/update" method="post">
  <sd-quantity-selector name="add_qty" value="1" max="12" product-name="Sour Doi 500 g"></sd-quantity-selector>
  <button>Add to cart</button>
</form>`,
  'sd-stock-badge': `<sd-stock-badge product-id="7" compact></sd-stock-badge>`,
  'sd-notify-me': `<sd-notify-me product-id="13" product-name="Salted Butter 100 g"></sd-notify-me>`,
  'sd-bundle-card': `<sd-bundle-card bundle-id="1" heading-level="3"></sd-bundle-card>`,
  'sd-bundle-list': `<h2>Combo deals</h2>
<sd-bundle-list layout="row" heading-level="3"></sd-bundle-list>`,
  'sd-share-bar': `<sd-share-bar networks="whatsapp,facebook,telegram,copy"></sd-share-bar>`,
  'sd-track-view': `<sd-track-view product-id="7" name="Sour Doi 500 g" price="95.5"
  image-url="/web/image/product.product/7/image_128"></sd-track-view>`,
  'sd-recently-viewed': `<section>
  <h2>Recently viewed</h2>
  <sd-recently-viewed limit="12" with-quick-add></sd-recently-viewed>
</section>`,
  'sd-product-guide': `<sd-product-guide product-id="7" single structured-data>
  <script type="application/json">
    { "faqs": [{ "question": "How long does it keep?", "answer": "Five days in the fridge, below 4 °C." }] }
  </script>
</sd-product-guide>`,
};

/** What the configuration options do, where `ShopConfig` (src/config/config.ts) has no JSDoc for one. */
const OPTION_NOTES: Record<string, string> = {
  transport: '`jsonrpc` (JSON-RPC 2.0 `call`s, as the Odoo controllers expect) or `rest`.',
  locale: '`en` or `bn`: wording, numbers, dates and money; `bn` also asks Odoo for Bengali product names.',
  checkoutUrl: 'Where the mini cart\'s Checkout goes.',
  cartUrl: 'Where "View full cart" goes.',
  shopUrl: 'Where "Start shopping" goes (the empty cart).',
  stockBatchWindow: 'ms during which stock look-ups are gathered into one request.',
  stockBatchSize: 'Product ids per stock request.',
  stockCacheTtl: 'ms a stock answer is reused.',
};

// ---------------------------------------------------------------------------------------------
// Reading the code

/** The manifest, analysed from the source by the project's analyzer with its configuration (what `cem analyze` writes). */
export async function analyzeManifest(root = ROOT): Promise<Manifest> {
  const { cli } = (await import('@custom-elements-manifest/analyzer/cli.js' as string)) as {
    cli: (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<Manifest>;
  };
  return cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
}

function sourceFiles(root: string, dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...sourceFiles(root, path));
    else if (path.endsWith('.ts')) files.push(path);
  }
  return files.sort();
}

export interface Inputs {
  elements: ElementApi[];
  /** Every file in docs/images, relative to it. */
  images: string[];
  /** PNG widths by file name, for laying shots side by side or one under the other. */
  imageWidths: Record<string, number>;
  /** package.json's `exports`: entry → file. */
  exports: Record<string, string>;
  /** The `--sd-*` tokens the source reads, with their fallbacks. */
  tokens: ReturnType<typeof tokensIn>;
  /** The dark page of the screenshots: its colours and tokens (stories/themes.ts). */
  dark: { host: { background: string; color: string }; tokens: Record<string, string> };
  /** The configuration options: name, default, JSDoc. */
  options: { name: string; default: unknown; doc: string }[];
}

/** The width of a PNG, from its header. */
function pngWidth(file: string): number {
  const header = readFileSync(file).subarray(0, 24);
  return header.toString('latin1', 12, 16) === 'IHDR' ? header.readUInt32BE(16) : 0;
}

/** The `ShopConfig` members' JSDoc, read from the source text. */
function optionDocs(source: string): Record<string, string> {
  const body = /export interface ShopConfig \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  const docs: Record<string, string> = {};
  for (const match of body.matchAll(/(?:\/\*\*([\s\S]*?)\*\/\s*)?\n?\s*(\w+)\s*:/g)) {
    const text = (match[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, '').trim())
      .join(' ')
      .trim();
    docs[match[2]!] = text;
  }
  return docs;
}

export async function readInputs(root = ROOT, manifest?: Manifest): Promise<Inputs> {
  const elements = elementsOf(manifest ?? (await analyzeManifest(root)));
  const imagesDir = join(root, IMAGES_DIR);
  const images = existsSync(imagesDir) ? readdirSync(imagesDir).sort() : [];
  const imageWidths = Object.fromEntries(images.filter((name) => name.endsWith('.png')).map((name) => [name, pngWidth(join(imagesDir, name))]));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { default?: string }> };
  const exports = Object.fromEntries(Object.entries(pkg.exports).map(([entry, target]) => [entry, typeof target === 'string' ? target : (target.default ?? '')]));
  const tokens = tokensIn(sourceFiles(root, 'src').map((file) => readFileSync(join(root, file), 'utf8')));
  const themes = (await import(pathToFileURL(join(root, 'stories/themes.ts')).href)) as { DARK_TOKENS: Record<string, string>; HOSTS: { dark: { background: string; color: string } } };
  const { DEFAULT_CONFIG } = (await import(pathToFileURL(join(root, 'src/config/config.ts')).href)) as { DEFAULT_CONFIG: Record<string, unknown> };
  const docs = optionDocs(readFileSync(join(root, 'src/config/config.ts'), 'utf8'));
  const options = Object.entries(DEFAULT_CONFIG).map(([name, value]) => ({ name, default: value, doc: docs[name] || OPTION_NOTES[name] || '' }));
  return { elements, images, imageWidths, exports, tokens, dark: { host: themes.HOSTS.dark, tokens: themes.DARK_TOKENS }, options };
}

// ---------------------------------------------------------------------------------------------
// Writing Markdown

/**
 * JSDoc prose as Markdown: a `<` that starts a tag outside code (`<name>`, `<sd-shop>`) is written
 * `&lt;`, or GitHub would take it for HTML and drop it.
 */
export function safe(text: string): string {
  return text
    .split(/(```[\s\S]*?```|`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/<(?=[a-z/!])/gi, '&lt;')))
    .join('');
}

/** A table cell: one line, pipes escaped (also inside code spans, as GitHub reads tables). */
const oneLine = (text: string | undefined) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const cell = (text: string | undefined) => oneLine(safe(text ?? ''));
const code = (text: string | undefined) => (text ? `\`${oneLine(text)}\`` : '');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The attributes of every `sd-*` tag in a piece of markup. */
export function tagsIn(markup: string): { tag: string; attributes: { name: string; value: string | undefined }[] }[] {
  const tags: { tag: string; attributes: { name: string; value: string | undefined }[] }[] = [];
  for (const match of markup.matchAll(/<(sd-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g)) {
    const attributes = [...match[2]!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => ({ name: m[1]!, value: m[2] }));
    tags.push({ tag: match[1]!, attributes });
  }
  return tags;
}

/** The npm entry that defines an element: the export whose file is named after its tag. */
export function entryOf(tag: string, exports: Record<string, string>): string | undefined {
  return Object.entries(exports).find(([, file]) => file.endsWith(`/${tag}.js`))?.[0];
}

const SHOT_TONES = { light: 'light page, English', dark: 'dark page, Bengali' } as const;
const VARIANT_WORDS: Record<string, string> = { phone: 'on a 360 px phone', 'drawer-phone': 'the drawer open, on a 360 px phone', drawer: 'the drawer open', states: 'its states' };

/** The shots of an element: `<tag>[--<variant>]--<light|dark>.png`, the plain one first. */
export function shotsOf(tag: string, images: string[]): { variant: string; light?: string; dark?: string }[] {
  const variants = new Map<string, { variant: string; light?: string; dark?: string }>();
  for (const image of images) {
    const match = new RegExp(`^${tag}(?:--([a-z0-9-]+))?--(light|dark)\\.png$`).exec(image);
    if (!match) continue;
    const variant = match[1] ?? '';
    const shot = variants.get(variant) ?? { variant };
    shot[match[2] as 'light' | 'dark'] = image;
    variants.set(variant, shot);
  }
  return [...variants.values()].sort((a, b) => (a.variant === '' ? -1 : b.variant === '' ? 1 : a.variant.localeCompare(b.variant)));
}

function screenshots(api: ElementApi, inputs: Inputs): string {
  const shots = shotsOf(api.tag, inputs.images);
  const blocks: string[] = [];
  for (const shot of shots) {
    const words = shot.variant ? VARIANT_WORDS[shot.variant] ?? shot.variant.replace(/-/g, ' ') : '';
    const image = (tone: 'light' | 'dark', file: string) => `![${api.tag}${words ? `, ${words}` : ''}: ${SHOT_TONES[tone]}](${IMAGES_DIR}/${file})`;
    const files = (['light', 'dark'] as const).filter((tone) => shot[tone]).map((tone) => [tone, shot[tone]!] as const);
    const narrow = files.every(([, file]) => (inputs.imageWidths[file] ?? 0) <= 480);
    if (narrow && files.length === 2) {
      blocks.push(table(files.map(([tone]) => `${words ? `${words[0]!.toUpperCase()}${words.slice(1)}: ` : ''}${SHOT_TONES[tone]}`), [files.map(([tone, file]) => image(tone, file))]));
    } else {
      blocks.push(files.map(([tone, file]) => image(tone, file)).join('\n\n'));
    }
  }
  return blocks.join('\n\n');
}

/** A JavaScript literal for an attribute's value, typed as the property is. */
function literal(value: string | undefined, type: string | undefined): string {
  if (value === undefined) return 'true';
  if (type && /\bnumber\b/.test(type) && /^\d+(\.\d+)?$/.test(value)) return value;
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const camel = (tag: string) => tag.replace(/^sd-/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function snippets(api: ElementApi, inputs: Inputs): string {
  const example = EXAMPLES[api.tag] ?? `<${api.tag}></${api.tag}>`;
  const entry = entryOf(api.tag, inputs.exports);
  const lines: string[] = [];
  lines.push('On a theme page (the one script defines every element):');
  lines.push('');
  lines.push('```html');
  lines.push('<script src="/static/smart-dairy-widgets.js" defer></script>');
  lines.push('');
  lines.push(example);
  lines.push('```');
  if (entry) {
    const own = tagsIn(example).find((found) => found.tag === api.tag);
    const simple = own && !new RegExp(`<${api.tag}[^>]*>\\s*\\S[\\s\\S]*</${api.tag}>`).test(example);
    lines.push('');
    const script = own && simple;
    lines.push(`From npm (\`${entry.replace(/^\./, '@smart-dairy/widgets')}\` defines \`<${api.tag}>\`${api.tag === 'sd-mini-cart' || api.tag === 'sd-quick-add' ? ' and the quantity selector it uses' : ''}), with the same markup in your templates${script ? ', or from script' : ''}:`);
    lines.push('');
    lines.push('```ts');
    lines.push(`import '${entry.replace(/^\./, '@smart-dairy/widgets')}';`);
    if (script) {
      const variable = camel(api.tag);
      lines.push('');
      lines.push(`const ${variable} = document.createElement('${api.tag}');`);
      for (const { name, value } of own.attributes) {
        const property = api.attributes.find((attribute) => attribute.name === name);
        lines.push(`${variable}.${property?.field ?? name} = ${literal(value, property?.type)};`);
      }
      lines.push(`document.querySelector('#${api.tag.replace(/^sd-/, '')}-here')?.append(${variable});`);
    }
    lines.push('```');
  }
  return lines.join('\n');
}

function reference(api: ElementApi): string {
  const parts: string[] = [];
  const attributeOf = new Map(api.attributes.map((attribute) => [attribute.field ?? attribute.name, attribute]));
  const rows: string[][] = [];
  const seen = new Set<string>();
  for (const property of api.properties) {
    const attribute = property.attribute ? api.attributes.find((a) => a.name === property.attribute) : undefined;
    if (attribute) seen.add(attribute.name);
    const said = `${property.description ?? ''} ${attribute?.description ?? ''}`;
    const notes = [property.reflects && !/reflect/i.test(said) ? 'reflected' : '', property.readonly && !/read-only/i.test(said) ? 'read-only' : ''].filter(Boolean).join(', ');
    rows.push([
      code(property.attribute),
      code(property.name),
      code(property.type ?? attribute?.type),
      code(property.default ?? attribute?.default),
      cell([property.description || attribute?.description || (api.tag === 'sd-shop' && property.attribute ? 'See [Configuration](#configuration).' : ''), notes ? `(${notes})` : ''].filter(Boolean).join(' ')),
    ]);
  }
  for (const attribute of api.attributes) {
    if (seen.has(attribute.name)) continue;
    rows.push([code(attribute.name), code(attributeOf.get(attribute.field ?? '') ? attribute.field : ''), code(attribute.type), code(attribute.default), cell(attribute.description)]);
  }
  if (rows.length) parts.push(`**Attributes and properties**\n\n${table(['attribute', 'property', 'type', 'default', 'description'], rows)}`);
  if (api.methods.length) parts.push(`**Methods**\n\n${table(['method', 'description'], api.methods.map((method) => [code(method.signature), cell(method.description)]))}`);
  if (api.events.length) parts.push(`**Events**\n\n${table(['event', 'when, and its detail'], api.events.map((event) => [code(event.name), cell(event.description)]))}`);
  if (api.slots.length) parts.push(`**Slots**\n\n${table(['slot', 'description'], api.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]))}`);
  // Styling, folded: long lists that a theme developer opens when styling this element.
  const styling: string[] = [];
  if (api.parts.length) styling.push(`**CSS parts** (\`${api.tag}::part(name)\`)\n\n${table(['part', 'description'], api.parts.map((part) => [code(part.name), cell(part.description)]))}`);
  if (api.cssProperties.length) styling.push(`**CSS custom properties**\n\n${table(['property', 'description'], api.cssProperties.map((property) => [code(property.name), cell(property.description)]))}`);
  if (styling.length) {
    const count = [api.parts.length ? `${api.parts.length} part${api.parts.length === 1 ? '' : 's'}` : '', api.cssProperties.length ? `${api.cssProperties.length} custom propert${api.cssProperties.length === 1 ? 'y' : 'ies'}` : ''].filter(Boolean).join(', ');
    parts.push(`<details><summary>Styling: ${count}</summary>\n\n${styling.join('\n\n')}\n\n</details>`);
  }
  const none = [
    api.events.length ? '' : 'events',
    api.slots.length ? '' : 'slots',
    api.parts.length ? '' : 'parts',
    api.cssProperties.length ? '' : 'custom properties',
  ].filter(Boolean);
  if (none.length) parts.push(`No ${none.join(', ').replace(/, ([^,]*)$/, ' or $1')} of its own.`);
  return parts.join('\n\n');
}

/** The generated part of an element's section. */
export function elementSection(api: ElementApi, inputs: Inputs): string {
  const blocks: string[] = [];
  if (api.summary) blocks.push(`*${safe(api.summary)}*`);
  const shots = screenshots(api, inputs);
  if (shots) blocks.push(shots);
  else if (DRAWS_NOTHING.has(api.tag)) blocks.push('It draws nothing, so there is no screenshot.');
  blocks.push(snippets(api, inputs));
  if (api.description) blocks.push(`**Behaviour and accessibility**\n\n${safe(api.description)}`);
  blocks.push(reference(api));
  blocks.push(`<sub>Generated from the JSDoc of [\`${api.path}\`](${api.path}) by \`npm run readme\`.</sub>`);
  return blocks.join('\n\n');
}

function configTable(inputs: Inputs): string {
  const shop = inputs.elements.find((element) => element.tag === 'sd-shop');
  const show = (value: unknown) => (value === '' ? '(none)' : code(typeof value === 'string' ? value : JSON.stringify(value)));
  return table(
    ['option', '`<sd-shop>` attribute', 'default', 'what it does'],
    inputs.options.map((option) => {
      const attribute = shop?.attributes.find((a) => a.field === option.name)?.name;
      return [code(option.name), attribute ? code(attribute) : '— (`configure()` only)', show(option.default), cell(option.doc)];
    }),
  );
}

function tokenTable(inputs: Inputs): string {
  const documented = new Map(designTokens(inputs.elements).map((token) => [token.name, token]));
  const row = (token: Inputs['tokens'][number]) => {
    const doc = documented.get(token.name);
    const description = doc ? [...new Set(doc.descriptions.map((d) => d.replace(/\s*\((?:#[0-9a-f]{3,8}|[0-9.]+rem|inherited|transparent|currentColor|1055)\)\.?$/i, '').replace(/\.$/, '')))].join('; ') : '';
    const where = doc ? doc.elements.map((tag) => `\`${tag.replace(/^sd-/, '')}\``).join(', ') : '';
    return [code(token.name), cell(token.fallbacks.map((f) => `\`${f}\``).join(' / ')), cell(description), where];
  };
  const global = inputs.tokens.filter((token) => isGlobalToken(token.name));
  const own = inputs.tokens.filter((token) => !isGlobalToken(token.name));
  return [
    '**Global tokens** (every element)',
    '',
    table(['token', 'default', 'used for', 'documented by'], global.map(row)),
    '',
    '**Element tokens**',
    '',
    table(['token', 'default', 'used for', 'documented by'], own.map(row)),
  ].join('\n');
}

function darkTheme(inputs: Inputs): string {
  return [
    '```css',
    `body { background: ${inputs.dark.host.background}; color: ${inputs.dark.host.color}; color-scheme: dark; }`,
    ':root {',
    ...Object.entries(inputs.dark.tokens).map(([name, value]) => `  ${name}: ${value};`),
    '}',
    '```',
  ].join('\n');
}

function eventTable(inputs: Inputs): string {
  const events = new Map<string, { tags: string[]; description: string }>();
  for (const element of inputs.elements) {
    for (const event of element.events) {
      if (!event.name.startsWith('sd-')) continue;
      const entry = events.get(event.name) ?? { tags: [], description: '' };
      entry.tags.push(element.tag);
      // The firing element's own words, not "From each card (see …)".
      if (!entry.description || /^From /.test(entry.description)) entry.description = event.description ?? '';
      events.set(event.name, entry);
    }
  }
  return table(
    ['event', 'fired by', 'when, and its detail'],
    [...events].map(([name, entry]) => [code(name), entry.tags.map((tag) => `[\`<${tag}>\`](#${anchorOf(tag)})`).join(', '), cell(entry.description)]),
  );
}

/** GitHub's anchor for an element section's heading, `### \`<sd-quick-add>\``. */
export const anchorOf = (tag: string) => tag;

/** GitHub's anchor for a heading. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/<[^>]*>/g, (m) => m.replace(/[<>]/g, ''))
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

function tableOfContents(readme: string, inputs: Inputs): string {
  const lines: string[] = [];
  let inFence = false;
  for (const line of readme.split('\n')) {
    if (/^```/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^## (.+)$/.exec(line);
    if (!heading || heading[1] === 'Contents') continue;
    const title = heading[1]!;
    lines.push(`- [${title.replace(/`/g, '')}](#${slug(title)})`);
    if (/^Elements$/.test(title)) {
      const tags = sectionTags(readme).filter((tag) => inputs.elements.some((element) => element.tag === tag));
      lines.push(`  ${tags.map((tag) => `[\`<${tag}>\`](#${anchorOf(tag)})`).join(' · ')}`);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Putting it in the README

const start = (name: string) => `<!-- ${name}:start -->`;
const end = (name: string) => `<!-- ${name}:end -->`;

/** The tags whose sections the README has, in order. */
export function sectionTags(readme: string): string[] {
  return [...readme.matchAll(/<!-- api:(sd-[a-z-]+):start -->/g)].map((match) => match[1]!);
}

function replaceBetween(text: string, name: string, content: string, problems: string[]): string {
  const from = text.indexOf(start(name));
  const to = text.indexOf(end(name));
  if (from < 0 || to < from) {
    problems.push(`README.md has no ${start(name)} … ${end(name)}.`);
    return text;
  }
  return `${text.slice(0, from)}${start(name)}\n${content}\n${text.slice(to)}`;
}

/** A new section for an element the README does not have yet. */
function newSection(tag: string): string {
  return `### \`<${tag}>\`\n\n(To write: what it is for, where it goes on a page.)\n\n${start(`api:${tag}`)}\n${end(`api:${tag}`)}\n\n`;
}

/** The README with every generated part rewritten, and what could not be documented. */
export function render(readme: string, inputs: Inputs): { text: string; problems: string[] } {
  const problems: string[] = [];
  let text = readme;
  const documented = new Set(sectionTags(text));
  // Elements without a section get one, before the end of the elements.
  const missing = ELEMENT_ORDER.filter((tag) => inputs.elements.some((e) => e.tag === tag)).concat(inputs.elements.map((e) => e.tag).filter((tag) => !ELEMENT_ORDER.includes(tag)));
  for (const tag of missing) {
    if (documented.has(tag)) continue;
    problems.push(`<${tag}> had no section in README.md: one was added; write its intro.`);
    const at = text.indexOf(end('elements'));
    if (at < 0) {
      problems.push(`README.md has no ${end('elements')} to add <${tag}>'s section before.`);
      continue;
    }
    text = `${text.slice(0, at)}${newSection(tag)}${text.slice(at)}`;
  }
  for (const tag of sectionTags(text)) {
    const api = inputs.elements.find((element) => element.tag === tag);
    if (!api) {
      problems.push(`README.md has a section for <${tag}>, which the manifest does not have.`);
      continue;
    }
    for (const found of tagsIn(EXAMPLES[tag] ?? '')) {
      const element = inputs.elements.find((e) => e.tag === found.tag);
      for (const { name } of found.attributes) {
        if (!element?.attributes.some((attribute) => attribute.name === name)) problems.push(`The example of <${tag}> uses ${name} on <${found.tag}>, which it does not have.`);
      }
    }
    if (!EXAMPLES[tag]) problems.push(`<${tag}> has no example in scripts/readme-elements.ts.`);
    const shots = shotsOf(tag, inputs.images);
    if (!DRAWS_NOTHING.has(tag) && !shots.some((shot) => shot.variant === '' && shot.light && shot.dark)) {
      problems.push(`<${tag}> has no screenshots (${IMAGES_DIR}/${tag}--light.png and --dark.png): run npm run readme:shots.`);
    }
    if (!entryOf(tag, inputs.exports)) problems.push(`<${tag}> has no npm entry in package.json's exports.`);
    text = replaceBetween(text, `api:${tag}`, elementSection(api, inputs), problems);
  }
  text = replaceBetween(text, 'config', configTable(inputs), problems);
  text = replaceBetween(text, 'tokens', tokenTable(inputs), problems);
  text = replaceBetween(text, 'dark-theme', darkTheme(inputs), problems);
  text = replaceBetween(text, 'events', eventTable(inputs), problems);
  text = replaceBetween(text, 'toc', tableOfContents(text, inputs), problems);
  return { text, problems };
}

/** The lines that differ, for a short report. */
export function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) return `line ${i + 1}:\n  README:    ${left[i] ?? '(end)'}\n  generated: ${right[i] ?? '(end)'}`;
  }
  return '';
}

if (isMain(import.meta.url)) {
  const check = process.argv.includes('--check');
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const { text, problems } = render(readme, await readInputs());
  for (const problem of problems) console.error(`readme: ${problem}`);
  if (check) {
    if (text !== readme) console.error(`readme: README.md is out of date (npm run readme): ${firstDifference(readme, text)}`);
    process.exitCode = text !== readme || problems.length ? 1 : 0;
  } else {
    if (text !== readme) writeFileSync(file, text);
    console.log(text !== readme ? `README.md rewritten (${relative(process.cwd(), file)}).` : 'README.md was up to date.');
    if (problems.length) process.exitCode = 1;
  }
}
