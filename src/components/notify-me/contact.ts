/**
 * What a shopper types into the back-in-stock form, checked in linear time: these
 * run on every submit, on text that may be pasted from anywhere (a 40 kB paste
 * once froze a tab for over a second under a backtracking regular expression).
 */
import { westernDigits } from '../../i18n/digits.js';

/** The longest address SMTP can carry (RFC 5321: a 256-octet path less the angle brackets). */
export const EMAIL_MAX_LENGTH = 254;

/**
 * Characters no address contains and that change how text reads or is stored:
 * C0 and C1 controls (NUL…), zero-width and direction marks, bidi embeddings and
 * overrides (U+202A–U+202E), isolates (U+2066–U+2069), line and paragraph separators.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/**
 * A plausible email address: one `@`, something before it, a domain with a dot
 * and at least two characters after its last dot, no spaces or invisible
 * characters, at most 254 characters. Every step is a single scan (no nested
 * quantifiers), so 100 kB is checked as fast as it is read.
 */
export function isEmailAddress(text: string): boolean {
  if (text.length === 0 || text.length > EMAIL_MAX_LENGTH) return false;
  if (INVISIBLE.test(text) || /\s/.test(text)) return false;
  const at = text.indexOf('@');
  if (at < 1 || at !== text.lastIndexOf('@')) return false;
  const domain = text.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return dot >= 1 && domain.length - dot - 1 >= 2;
}

/**
 * Bangladeshi mobile numbers as shoppers type them (01XXXXXXXXX, +8801XXXXXXXXX,
 * 8801XXXXXXXXX, with spaces or dashes, in Bengali digits too), as +8801XXXXXXXXX.
 */
export function normaliseBdMobile(typed: string): string | undefined {
  if (typed.length > 40) return undefined;
  const digits = westernDigits(typed).replace(/[\s\-().]/g, '');
  const match = /^(?:\+?88)?(01[3-9]\d{8})$/.exec(digits);
  return match ? `+88${match[1]}` : undefined;
}
