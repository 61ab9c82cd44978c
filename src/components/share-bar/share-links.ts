/**
 * The share links, as plain functions: which networks there are, the address each
 * one opens, and the UTM parameters added to the shared URL. Every value is encoded
 * with encodeURIComponent (a space is %20, never "+", which mail apps show as is).
 *
 * Messenger is left out on purpose: its only link forms need a Facebook app id
 * (`facebook.com/dialog/send?app_id=…`, which Facebook also does not support on
 * phones) or the Messenger app (`fb-messenger://share?link=…`, which does nothing
 * on a computer or a phone without the app). On phones the "Share…" button opens
 * the system share sheet, which offers Messenger when it is installed.
 */
import type { ShareNetwork } from '../../events/sd-share.js';

/** The networks that have a link, in their default order. */
export const LINK_NETWORKS = ['whatsapp', 'facebook', 'x', 'telegram', 'linkedin', 'email'] as const;
export type LinkNetwork = (typeof LINK_NETWORKS)[number];
/** What `networks="…"` may name: the links and "copy". (The share sheet always comes first where there is one.) */
export type ListedNetwork = LinkNetwork | 'copy';
export const DEFAULT_NETWORKS: readonly ListedNetwork[] = [...LINK_NETWORKS, 'copy'];

/** The names shown to shoppers (the same in every language). */
export const NETWORK_NAMES: Record<LinkNetwork, string> = {
  whatsapp: 'WhatsApp',
  facebook: 'Facebook',
  x: 'X',
  telegram: 'Telegram',
  linkedin: 'LinkedIn',
  email: 'Email',
};

const ALIASES: Record<string, ListedNetwork> = { twitter: 'x', mail: 'email' };

/**
 * `networks="whatsapp, facebook copy"` → the networks to show, in that order, each
 * once. Names that are not networks are returned in `unknown` (to say so once).
 */
export function parseNetworks(value: string | undefined): { networks: ListedNetwork[]; unknown: string[] } {
  if (value === undefined || value.trim() === '') return { networks: [...DEFAULT_NETWORKS], unknown: [] };
  const networks: ListedNetwork[] = [];
  const unknown: string[] = [];
  for (const word of value.toLowerCase().split(/[\s,]+/)) {
    if (!word) continue;
    const network = ALIASES[word] ?? ((DEFAULT_NETWORKS as readonly string[]).includes(word) ? (word as ListedNetwork) : undefined);
    if (!network) unknown.push(word);
    else if (!networks.includes(network)) networks.push(network);
  }
  return { networks, unknown };
}

/**
 * `url` with `utm_source=<source>&utm_medium=social&utm_campaign=product_share`
 * added: after the existing query (which is kept byte for byte, without the
 * `utm_*` parameters it had, which described another campaign) and before the
 * fragment. `url` is an absolute URL as `new URL().href` writes it.
 */
export function withUtm(url: string, source: ShareNetwork): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const kept = (queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '').split('&').filter((pair) => pair !== '' && !/^utm_/i.test(decodeKey(pair)));
  const utm = `utm_source=${encodeURIComponent(source)}&utm_medium=social&utm_campaign=product_share`;
  return `${path}?${[...kept, utm].join('&')}${hash}`;
}

/** A query pair's key, decoded where it can be (`utm%5Fsource` is `utm_source`). */
function decodeKey(pair: string): string {
  const key = pair.split('=', 1)[0]!;
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

export interface ShareContent {
  /** The absolute URL to share (UTM included when wanted). */
  url: string;
  title: string;
  /** The message; the title when the host gave none. */
  text: string;
}

const enc = encodeURIComponent;

/** The address a network's share link opens. */
export function shareHref(network: LinkNetwork, { url, title, text }: ShareContent): string {
  const message = text || title;
  switch (network) {
    case 'whatsapp':
      return `https://wa.me/?text=${enc(message ? `${message} ${url}` : url)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`;
    case 'x':
      return `https://x.com/intent/tweet?text=${enc(message)}&url=${enc(url)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${enc(url)}&text=${enc(message)}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
    case 'email':
      return `mailto:?subject=${enc(title)}&body=${enc(text && text !== title ? `${text}\n\n${url}` : url)}`;
  }
}
