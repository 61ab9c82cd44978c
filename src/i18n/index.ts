/**
 * All formatting and wording, in one place, for `en` and `bn`. Money is shown with
 * the ৳ sign and South Asian digit grouping (১,২৫,০০০ / 1,25,000); Bengali uses
 * Bengali digits. Whole taka show no decimals, others show two.
 */
import type { ShopError } from '../client/errors.js';
import type { Locale } from '../config/config.js';
import { log } from '../internal/log.js';
import { backendWords } from './backend-messages.js';
import { loadMessages } from './load.js';
import { en, type Messages } from './locales/en.js';

export type { Messages } from './locales/en.js';
export type { Locale } from '../config/config.js';

/**
 * The wording of each locale. English ships with the code; Bengali is loaded the
 * first time a page uses it (a separate chunk for npm hosts, a sibling file of the
 * script tag), so English pages never download it.
 */
const MESSAGES: Partial<Record<Locale, Messages>> = { en };
const loading = new Map<Locale, Promise<void>>();

/** Whether `locale`'s wording is here (English always is). */
export const hasLocale = (locale: Locale): boolean => MESSAGES[locale] !== undefined;

/**
 * Loads `locale`'s wording if it is not here yet; undefined when it already is.
 * Never rejects: a locale that cannot be loaded is said once in the console, and
 * the widgets speak English.
 */
export function loadLocale(locale: Locale): Promise<void> | undefined {
  if (hasLocale(locale) || locale === 'en') return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = loadMessages(locale).then(
      (messages) => {
        MESSAGES[locale] = messages;
        cache.delete(locale);
      },
      (error: unknown) => log.error(`The "${locale}" wording could not be loaded; showing English.`, error),
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Makes `locale`'s wording available from code (a host that bundles it itself, tests). */
export function addLocale(locale: Locale, messages: Messages): void {
  MESSAGES[locale] = messages;
  cache.delete(locale);
}
/**
 * Short month names as Intl writes them for en-IN and bn-BD ("12 Dec", "১২ ডিসে"):
 * written out, because building an Intl.DateTimeFormat cost about 120 ms on a slow
 * phone's first render (a test checks they match Intl).
 */
const MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  bn: ['জানু', 'ফেব', 'মার্চ', 'এপ্রি', 'মে', 'জুন', 'জুল', 'আগ', 'সেপ', 'অক্টো', 'নভে', 'ডিসে'],
};

export interface Localized {
  locale: Locale;
  msg: Messages;
  number(value: number): string;
  money(amount: number, symbol?: string): string;
  /** "12 Dec" from "2026-12-12". */
  date(iso: string): string;
  /** What to tell a shopper about a failure. */
  reason(error: ShopError): string;
}

const cache = new Map<Locale, Localized>();

/** Bengali digits for `bn`. */
const digitsFor = (locale: Locale, text: string): string =>
  locale === 'bn' ? text.replace(/\d/g, (digit) => String.fromCharCode(0x09e6 + Number(digit))) : text;

/** South Asian grouping of whole numbers: 1,25,000 (the last three digits, then pairs). */
function group(whole: string): string {
  if (whole.length <= 3) return whole;
  const head = whole.slice(0, -3);
  return `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${whole.slice(-3)}`;
}

/**
 * A number with up to `decimals` places, grouped the South Asian way (lakh grouping,
 * as Bangladeshi shops write prices). Written by hand rather than with
 * Intl.NumberFormat('en-IN' / 'bn-BD'): identical output in every browser, and no
 * formatter to build (building them cost ~130 ms on a slow phone's first render).
 */
function format(value: number, { min = 0, max = 2 } = {}): string {
  // Rounded on the decimal digits as written (1.005 → 1.01), as Intl does, not on the binary value.
  const abs = Math.abs(value);
  const scaled = Math.round(Number(`${abs}e${max}`));
  const fixed = Number.isFinite(scaled) ? (scaled / 10 ** max).toFixed(max) : abs.toFixed(max);
  let [whole = '0', fraction = ''] = fixed.split('.');
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length < min) fraction = fraction.padEnd(min, '0');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${group(whole)}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Wording and formatting for `locale`. Numbers, money and dates are always in the
 * locale's digits; until its wording has loaded (see `loadLocale`), words are English.
 */
export function localize(locale: Locale = 'en'): Localized {
  const known: Locale = locale === 'bn' ? 'bn' : 'en';
  let localized = cache.get(known);
  if (localized) return localized;
  const msg = MESSAGES[known] ?? en;
  const number = (value: number) => digitsFor(known, format(value));
  localized = {
    locale: known,
    msg,
    number,
    money(amount, symbol = '৳') {
      const paisa = Math.round(amount * 100);
      return `${symbol}${digitsFor(known, paisa % 100 === 0 ? format(paisa / 100, { max: 0 }) : format(paisa / 100, { min: 2, max: 2 }))}`;
    },
    date(iso) {
      const parsed = new Date(`${iso}T00:00:00Z`);
      if (Number.isNaN(parsed.getTime())) return iso;
      return `${digitsFor(known, String(parsed.getUTCDate()))} ${MONTHS[known][parsed.getUTCMonth()]}`;
    },
    reason(error) {
      // Refusals, and the messages of exceptions Odoo raised (ValidationError…).
      const words = error.kind === 'business' || error.kind === 'server' ? backendWords(error, msg, number) : undefined;
      if (words) return words;
      // The backend's own words are better than a vague apology, on an English page.
      if (error.kind === 'business') return known === 'en' ? error.message : msg.errorUnknown;
      switch (error.kind) {
        case 'network':
          return msg.errorNetwork;
        case 'timeout':
          return msg.errorTimeout;
        case 'offline':
          return msg.errorOffline;
        case 'session-expired':
          return msg.errorSession;
        case 'http':
          return error.status === 404 ? msg.errorNoApi : msg.errorServer;
        default:
          return msg.errorServer;
      }
    },
  };
  // Cached once its wording is here; before that, built again when asked.
  if (MESSAGES[known]) cache.set(known, localized);
  return localized;
}
