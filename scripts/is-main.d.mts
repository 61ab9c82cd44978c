/** `isMain(import.meta.url)`: true when this module was run as a script (paths compared, so spaces and non-ASCII folders work). */
export declare function isMain(moduleUrl: string): boolean;
