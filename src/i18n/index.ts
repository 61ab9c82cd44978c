/**
 * All formatting and wording, in one place, for `en` and `bn`. Money is shown with
 * the ৳ sign and South Asian digit grouping (১,২৫,০০০ / 1,25,000); Bengali uses
 * Bengali digits. Whole taka show no decimals, others show two.
 */
import type { ShopError } from '../client/errors.js';
import type { Locale } from '../config/config.js';
import { backendWords } from './backend-messages.js';
import { bn } from './locales/bn.js';
import { en, type Messages } from './locales/en.js';

export type { Messages } from './locales/en.js';
export type { Locale } from '../config/config.js';

const MESSAGES: Record<Locale, Messages> = { en, bn };
// en-IN: Western digits with lakh grouping, as Bangladeshi shops write prices.
const INTL: Record<Locale, string> = { en: 'en-IN', bn: 'bn-BD' };

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

export function localize(locale: Locale = 'en'): Localized {
  const known = MESSAGES[locale] ? locale : 'en';
  let localized = cache.get(known);
  if (localized) return localized;
  const msg = MESSAGES[known];
  const integer = new Intl.NumberFormat(INTL[known], { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(INTL[known], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const plain = new Intl.NumberFormat(INTL[known], { maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(INTL[known], { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const number = (value: number) => plain.format(value);
  localized = {
    locale: known,
    msg,
    number,
    money(amount, symbol = '৳') {
      const paisa = Math.round(amount * 100);
      const digits = paisa % 100 === 0 ? integer.format(paisa / 100) : decimal.format(paisa / 100);
      return `${symbol}${digits}`;
    },
    date(iso) {
      const parsed = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? iso : day.format(parsed);
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
  cache.set(known, localized);
  return localized;
}
