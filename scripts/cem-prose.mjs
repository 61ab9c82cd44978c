/**
 * An analyzer plugin for custom-elements-manifest.config.mjs: the prose of an
 * element's JSDoc becomes its `description`.
 *
 * Our elements write their JSDoc as STYLE.md asks — summary and tags first, then
 * paragraphs of prose (accessibility, theme CSS, how it behaves). The analyzer
 * only takes text *before* the first tag as the description, and glues every
 * later paragraph onto the tag above it: the mini cart's "focus moves into the
 * drawer…" ended up as the description of `--sd-font-family`, and every element's
 * description was empty. Storybook's Docs pages and the README are generated from
 * the manifest, so the prose has to be where readers look for it.
 *
 * A tag's text runs until a blank line or the next tag; any other text is prose.
 */

/** The comment's lines without the comment markers. */
function commentLines(text) {
  return text
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd());
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** Splits a class comment into its tags (`kind`, `name`, text) and its prose paragraphs. */
export function splitComment(text) {
  const tags = [];
  const paragraphs = [];
  let tag;
  let paragraph;
  for (const line of commentLines(text)) {
    const start = /^@(\w+)\s*(.*)$/.exec(line.trim());
    if (start) {
      paragraph = undefined;
      tag = { kind: start[1], lines: [start[2]] };
      tags.push(tag);
    } else if (!line.trim()) {
      tag = undefined;
      paragraph = undefined;
    } else if (tag) {
      tag.lines.push(line.trim());
    } else {
      if (!paragraph) paragraphs.push((paragraph = []));
      paragraph.push(line); // as written: a code block keeps its indentation
    }
  }
  return {
    tags: tags.map(({ kind, lines }) => {
      const body = squash(lines.join(' '));
      // `@event name - text`, `@slot - text` (the default slot), `@cssprop --x - text`
      const named = /^(\S*?)\s*-\s+(.*)$/.exec(body) ?? /^(\S+)\s*(.*)$/.exec(body);
      return { kind, name: named?.[1] === '-' ? '' : (named?.[1] ?? ''), text: named?.[2] ?? body };
    }),
    prose: paragraphs.map((lines) => lines.join('\n')).join('\n\n'),
  };
}

const FIELDS = { event: 'events', fires: 'events', slot: 'slots', csspart: 'cssParts', cssprop: 'cssProperties', cssproperty: 'cssProperties' };

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function elementProse() {
  /** Class name → its comment, split. */
  const comments = new Map();
  return {
    name: 'smart-dairy-element-prose',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const doc = node.jsDoc?.at(-1);
      if (doc) comments.set(node.name.getText(), splitComment(doc.getText()));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          const comment = comments.get(declaration.name);
          if (!comment || !declaration.tagName) continue;
          if (comment.prose) declaration.description = comment.prose;
          // Each tag's own text, without the prose the analyzer glued onto it.
          for (const tag of comment.tags) {
            const field = FIELDS[tag.kind];
            const item = field && declaration[field]?.find((entry) => (entry.name ?? '') === tag.name);
            if (item && squash(item.description ?? '').startsWith(tag.text)) item.description = tag.text;
          }
        }
      }
    },
  };
}
