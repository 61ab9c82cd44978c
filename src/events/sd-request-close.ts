/**
 * The shopper asked to close a drawer: Escape, a click on the backdrop, or the
 * close button. Cancel it (`preventDefault()`) to keep the drawer open.
 */
export interface SdRequestCloseDetail {
  source: 'escape' | 'backdrop' | 'close-button';
}
export type SdRequestCloseEvent = CustomEvent<SdRequestCloseDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-request-close': SdRequestCloseEvent;
  }
}
