/** Flags every launch uses: this machine has no sandbox, no GPU and a closed network. */
export declare const CHROME_ARGS: string[];
/** The Chrome/Chromium to drive: CHROME_PATH, an installed one, or the one @sparticuz/chromium carries. */
export declare function findChrome(): Promise<{ path: string; source: string }>;
