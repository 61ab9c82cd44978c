/** At least half of a bundle card has been on screen (once per card), for measuring the reach of bundles. */
export interface SdBundleViewDetail {
  bundleId: number;
  /** Whether the bundle could be added when it was seen. */
  available: boolean;
}
export type SdBundleViewEvent = CustomEvent<SdBundleViewDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sd-bundle-view': SdBundleViewEvent;
  }
}
