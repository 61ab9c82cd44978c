/**
 * Where a locale's wording comes from, for npm hosts: a chunk their bundler splits
 * off. The script-tag build replaces this module with ./load-cdn.ts (vite.config.ts).
 */
import type { Locale } from '../config/config.js';
import type { Messages } from './locales/en.js';

export function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'bn') return import('./locales/bn.js').then((module) => module.bn);
  return Promise.reject(new Error(`No wording for "${locale}"`));
}
