/**
 * The `--sd-*` custom properties the elements' styles read, with the fallback
 * each `var()` gives: the tokens a theme can set. Read from the source text, so
 * the Theming page (stories/theming.stories.ts) and the README's token table
 * (scripts/readme-elements.ts) list what the code reads, documented or not.
 * No Node or browser APIs: both load it.
 */

export interface DesignToken {
  name: string;
  /** The fallback most `var()`s give (elements may differ: see `fallbacks`). */
  fallback: string;
  /** Every distinct fallback, the most used first. */
  fallbacks: string[];
}

/** The text up to the parenthesis that closes the one opened before `start`. */
function untilClose(text: string, start: number): string | undefined {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return text.slice(start, i);
      depth--;
    }
  }
  return undefined;
}

export function tokensIn(sources: Iterable<string>): DesignToken[] {
  const counts = new Map<string, Map<string, number>>();
  for (const source of sources) {
    for (const match of source.matchAll(/var\(\s*(--sd-[a-z0-9-]+)\s*(,?)/g)) {
      const name = match[1]!;
      const seen = counts.get(name) ?? new Map<string, number>();
      counts.set(name, seen);
      if (!match[2]) continue;
      const fallback = untilClose(source, match.index! + match[0].length)?.replace(/\s+/g, ' ').trim();
      if (fallback) seen.set(fallback, (seen.get(fallback) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([name, seen]) => {
      const fallbacks = [...seen].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([fallback]) => fallback);
      return { name, fallback: fallbacks[0] ?? '', fallbacks };
    })
    .sort((a, b) => tokenOrder(a.name) - tokenOrder(b.name) || a.name.localeCompare(b.name));
}

/** Global tokens (`--sd-color-*`, `--sd-radius`, `--sd-font-family`, `--sd-z-index`) first, then each element's. */
export const isGlobalToken = (name: string) => /^--sd-(color-|radius$|font-family$|z-index$)/.test(name);
const tokenOrder = (name: string) => (isGlobalToken(name) ? 0 : 1);

/** Whether a token holds a colour (for a colour picker). */
export const isColorToken = (token: DesignToken) =>
  /(^|-)(color|bg|backdrop|placeholder|head)(-|$)|^--sd-share-(facebook|x|telegram|linkedin|email|copy|whatsapp)$/.test(token.name.slice(5)) ||
  /^(#|rgb|hsl|transparent$|currentColor$)/.test(token.fallback);
