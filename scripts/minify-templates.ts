/**
 * Build-time minification of Lit's tagged templates: the CSS of css`…` and the
 * markup of html`…` and svg`…` ship without their indentation and comments.
 * Used by the script-tag build (a Vite plugin, see vite.config.ts), by the size
 * report (scripts/size.ts) and over tsc's npm build (scripts/minify-esm.ts).
 *
 * Hand-written and deliberately lexical: the whitespace and comments go, nothing
 * else changes. The libraries that do this (minify-literals 2, html-minifier-next 8)
 * need Node 22; the ones that run on Node 20 wrap html-minifier (terser, clean-css
 * or lightningcss: 40-odd packages), rewrite attribute values (class="a  b"), remove
 * the space between inline elements unless told not to, and give up on a `${…}`
 * inside a CSS value.
 *
 * The rules, on the text Lit sees (escapes cooked):
 * - `${…}` expressions are never touched: only the static strings between them change,
 *   so every template keeps its number of parts.
 * - CSS: comments go; whitespace collapses to one space and goes next to `{ } ; , >`,
 *   after `:` and `(` and before `)` and `!`; `;}` becomes `}`. Never before `:` or
 *   `(`, where a space means something (`.a :hover`, `and (…)`); nor around `+`, `-`,
 *   `*`, `/` and `~` (calc() needs them). Strings, escapes and url(…) stay as written.
 * - HTML: comments go; runs of whitespace in text become ONE space, never none (between
 *   inline elements a space is content); inside a tag, whitespace between attributes
 *   becomes one space and goes before `>` (and before `/>` after a quoted value).
 *   Attribute values, and everything inside <pre>, <textarea>, <script>, <style> and
 *   SVG's text elements, stay as written.
 * - A comment that holds an expression stays (removing it would drop the expression).
 *
 * This keeps rendering identical under the CSS default `white-space: normal` (and
 * `nowrap`), where a run of whitespace renders as one space. It would not under
 * `white-space: pre*` set by a stylesheet on a node whose template text spans lines;
 * no element here does that.
 */
import MagicString, { type SourceMap } from 'magic-string';
import type { Plugin } from 'vite';

const isSpace = (char: string | undefined) => char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

// ---------------------------------------------------------------------------- CSS

/** No space is needed after these… */
const CSS_TIGHT_AFTER = new Set(['{', '}', ';', ',', '>', ':', '(']);
/** …nor before these. */
const CSS_TIGHT_BEFORE = new Set(['{', '}', ';', ',', '>', ')', '!']);
const HEX = /[0-9a-fA-F]/;

/** Minifies a css`…` template, given its static strings (cooked); returns as many strings. */
export function minifyCss(parts: readonly string[]): string[] {
  let quote = ''; // inside a string, its quote
  let inComment = false; // inside a comment that holds an expression (kept as written)
  let inUrl = false; // inside an unquoted url(…)
  return parts.map((text, index) => {
    const first = index === 0;
    const last = index === parts.length - 1;
    let out = '';
    let space = false;
    let semicolon = -1; // where the last `;` was written, for `;}`
    let i = 0;
    const write = (chunk: string) => {
      if (space) {
        const before = out === '' ? (first ? undefined : '') : out[out.length - 1]!;
        if (before !== undefined && !CSS_TIGHT_AFTER.has(before) && !CSS_TIGHT_BEFORE.has(chunk[0]!)) out += ' ';
        space = false;
      }
      out += chunk;
    };
    while (i < text.length) {
      if (quote) {
        const char = text[i]!;
        const length = char === '\\' ? 2 : 1;
        out += text.slice(i, i + length);
        i += length;
        if (char === quote) quote = '';
        continue;
      }
      if (inComment || inUrl) {
        const end = inComment ? text.indexOf('*/', i) : text.indexOf(')', i);
        const stop = end < 0 ? text.length : end + (inComment ? 2 : 1);
        out += text.slice(i, stop);
        i = stop;
        if (end >= 0) inComment = inUrl = false;
        continue;
      }
      const char = text[i]!;
      if (isSpace(char)) {
        space = true;
        i++;
      } else if (char === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end >= 0) {
          // A comment separates what is on either side, like a space (`a/**/b` is not `ab`).
          space = true;
          i = end + 2;
        } else {
          write('/*');
          inComment = true;
          i += 2;
        }
      } else if (char === '\\') {
        // An escape: the escaped character, or up to six hex digits and the one space that ends them.
        let end = i + 2;
        if (HEX.test(text[i + 1] ?? '')) {
          end = i + 1;
          while (end < i + 7 && HEX.test(text[end] ?? '')) end++;
          if (isSpace(text[end])) end++;
        }
        write(text.slice(i, end));
        i = end;
      } else if (char === '"' || char === "'") {
        write(char);
        quote = char;
        i++;
      } else if (char === '(' && /(?:^|[^\w-])url$/i.test(out) && !/^\s*["']/.test(text.slice(i + 1))) {
        write('(');
        inUrl = true;
        i++;
      } else {
        if (char === '}' && semicolon === out.length - 1) {
          out = out.slice(0, -1);
          semicolon = -1;
        }
        write(char);
        if (char === ';') semicolon = out.length - 1;
        i++;
      }
    }
    // Whitespace before an expression stays (one space) unless what precedes needs none.
    if (space && !last && !(out !== '' && CSS_TIGHT_AFTER.has(out[out.length - 1]!))) out += ' ';
    return out;
  });
}

// --------------------------------------------------------------------------- HTML

/** Elements whose content is kept as written: whitespace is content there, or not HTML. */
const VERBATIM = new Set(['pre', 'textarea', 'listing', 'xmp', 'plaintext', 'script', 'style', 'text', 'tspan', 'textpath']);

type HtmlMode = 'text' | 'tag' | 'quote' | 'comment' | 'bogus' | 'raw';

/** Minifies an html`…` or svg`…` template, given its static strings (cooked); returns as many strings. */
export function minifyHtml(parts: readonly string[]): string[] {
  let mode: HtmlMode = 'text';
  let quote = '';
  let tagName = '';
  let endTag = false;
  let rawName = '';
  return parts.map((text) => {
    let out = '';
    let space = false;
    let i = 0;
    while (i < text.length) {
      const char = text[i]!;
      if (mode === 'quote') {
        const end = text.indexOf(quote, i);
        const stop = end < 0 ? text.length : end + 1;
        out += text.slice(i, stop);
        i = stop;
        if (end >= 0) mode = 'tag';
        continue;
      }
      if (mode === 'comment' || mode === 'bogus') {
        const close = mode === 'comment' ? '-->' : '>';
        const end = text.indexOf(close, i);
        const stop = end < 0 ? text.length : end + close.length;
        out += text.slice(i, stop);
        i = stop;
        if (end >= 0) mode = 'text';
        continue;
      }
      if (mode === 'raw') {
        const found = text.slice(i).search(new RegExp(`</${rawName}[\\s/>]`, 'i'));
        const end = found < 0 ? -1 : i + found;
        const stop = end < 0 ? text.length : end;
        out += text.slice(i, stop);
        i = stop;
        if (end >= 0) mode = 'text';
        continue;
      }
      if (isSpace(char)) {
        space = true;
        i++;
        continue;
      }
      if (mode === 'tag') {
        if (char === '>' || (char === '/' && text[i + 1] === '>' && (out.endsWith('"') || out.endsWith("'")))) space = false;
        if (space) out += ' ';
        space = false;
        out += char;
        i++;
        if (char === '"' || char === "'") {
          quote = char;
          mode = 'quote';
        } else if (char === '>') {
          rawName = !endTag && VERBATIM.has(tagName) ? tagName : '';
          mode = rawName ? 'raw' : 'text';
        }
        continue;
      }
      // Text.
      if (char === '<' && text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end >= 0) {
          // Gone, and the whitespace on either side is one run.
          i = end + 3;
          continue;
        }
        mode = 'comment';
      } else if (char === '<' && /^<\/?[a-zA-Z]/.test(text.slice(i, i + 3))) {
        endTag = text[i + 1] === '/';
        const name = /^[^\s/>]+/.exec(text.slice(i + (endTag ? 2 : 1)))![0];
        tagName = name.toLowerCase();
        if (space) out += ' ';
        space = false;
        out += text.slice(i, i + (endTag ? 2 : 1) + name.length);
        i += (endTag ? 2 : 1) + name.length;
        mode = 'tag';
        continue;
      } else if (char === '<' && (text[i + 1] === '!' || text[i + 1] === '?')) {
        mode = 'bogus';
      }
      if (space) out += ' ';
      space = false;
      out += char;
      i++;
    }
    if (space) out += ' ';
    return out;
  });
}

// ------------------------------------------------------------------ JavaScript

const TAGS = new Map([
  ['css', minifyCss],
  ['html', minifyHtml],
  ['svg', minifyHtml],
]);

/** The source text of a cooked string inside a template literal. */
const toRaw = (cooked: string) => cooked.replace(/\\|`|\$\{|\r/g, (match) => (match === '\r' ? '\\r' : `\\${match}`));

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
interface Quasi extends Node {
  value: { raw: string; cooked: string | null };
  tail: boolean;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) isNode(child) && walk(child, visit);
    else if (isNode(value)) walk(value, visit);
  }
}

/**
 * Minifies every css`…`, html`…` and svg`…` template of a JavaScript or TypeScript
 * module (by `fileName`'s extension); null when nothing changed. Parsed with
 * Vite's own parser (oxc), so the build loads no other.
 */
export async function minifyTemplates(code: string, fileName: string): Promise<{ code: string; map: SourceMap } | null> {
  if (!/\b(?:css|html|svg)\s*`/.test(code)) return null;
  const { parseAstAsync } = await import('vite');
  const program = (await parseAstAsync(code, { lang: /\.[cm]?tsx?$/.test(fileName) ? 'ts' : 'js' }, fileName)) as unknown as Node;
  const edited = new MagicString(code);
  let changed = false;

  walk(program, (node) => {
    const tag = node['tag'] as Node & { name?: string };
    const minify = node.type === 'TaggedTemplateExpression' && tag.type === 'Identifier' ? TAGS.get(tag.name!) : undefined;
    if (!minify) return;
    const quasis = (node['quasi'] as { quasis: Quasi[] }).quasis;
    // An invalid escape (`\xZ`) leaves a part without cooked text: such a template stays as written.
    if (quasis.some((quasi) => quasi.value.cooked === null)) return;
    const cooked = quasis.map((quasi) => quasi.value.cooked!);
    const minified = minify(cooked);
    quasis.forEach((quasi, index) => {
      if (minified[index] === cooked[index]) return;
      // The part's source: the quasi's span in JavaScript (ESTree); in TypeScript
      // (TS-ESTree) the span takes in the delimiters, ` or } before and ${ or ` after.
      const inner = code.slice(quasi.start, quasi.end) === quasi.value.raw;
      const start = inner ? quasi.start : quasi.start + 1;
      const end = inner ? quasi.end : quasi.end - (quasi.tail ? 1 : 2);
      if (code.slice(start, end) !== quasi.value.raw) throw new Error(`minify-templates: ${fileName}: a template part is not where the parser says (${start}–${end}).`);
      if (minified[index] === '') edited.remove(start, end);
      else edited.overwrite(start, end, toRaw(minified[index]!));
      changed = true;
    });
  });

  if (!changed) return null;
  return { code: edited.toString(), map: edited.generateMap({ source: fileName, hires: 'boundary', includeContent: true }) };
}

/** The Vite plugin: templates minified in builds (the script tag, the size report), not in the dev server. */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'smart-dairy-minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: { include: /\.[cm]?[jt]s$/, exclude: /\/node_modules\// }, code: /(?:css|html|svg)\s*`/ },
      handler(code, id) {
        return minifyTemplates(code, id);
      },
    },
  };
}
