/**
 * Names come from the shop and can be any length (a 1 MB product name has been
 * seen). Accessible names, announcements and tooltips use a clamped copy; the
 * visible text is clamped to a few lines by CSS (`.clamp` below).
 */
import { css } from 'lit';

/** The longest name used in an accessible name or an announcement. */
export const NAME_MAX = 120;
/** The longest name rendered as text or put in a tooltip (it is clamped visually too). */
export const TEXT_MAX = 300;

/**
 * `text` with runs of whitespace made one space, cut to at most `max` characters
 * with an ellipsis. Reads at most `4 × max` characters of `text`, so it costs the
 * same for 1 MB as for 1 kB.
 */
export function clampText(text: string | null | undefined, max = NAME_MAX): string {
  if (!text) return '';
  // Enough input for `max` characters even if most of it is collapsible space.
  const head = text.slice(0, max * 4);
  const tidy = head.replace(/\s+/g, ' ').trim();
  if (tidy.length <= max && head.length === text.length) return tidy;
  let cut = tidy.slice(0, max - 1);
  // Never split a surrogate pair (an emoji or a rare CJK character).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * `.clamp` shows at most `--_lines` lines (2 by default) and an ellipsis; long
 * words break instead of widening their box.
 */
export const clampStyles = css`
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines, 2);
    line-clamp: var(--_lines, 2);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
`;
