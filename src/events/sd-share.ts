/**
 * Where a shopper shared: `native` is the system share sheet (`navigator.share`),
 * `copy` the "Copy link" button; the others are the networks' share links.
 */
export type ShareNetwork = 'native' | 'whatsapp' | 'facebook' | 'x' | 'telegram' | 'linkedin' | 'email' | 'copy';

/**
 * The shopper shared the page, or is on the way to: a share link was opened (click,
 * middle-click, Enter), the share sheet finished, or the link was copied. `url` is
 * exactly what was shared, UTM parameters included. Count these against page
 * views for a share rate.
 */
export interface SdShareDetail {
  network: ShareNetwork;
  url: string;
}
export type SdShareEvent = CustomEvent<SdShareDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-share': SdShareEvent;
  }
}
