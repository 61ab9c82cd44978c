/**
 * Console messages for theme developers. One prefix, so a developer can filter
 * the console for everything the widgets have to say.
 */
const PREFIX = '[smart-dairy-widgets]';

export const log = {
  warn: (message: string, ...details: unknown[]): void => console.warn(`${PREFIX} ${message}`, ...details),
  error: (message: string, ...details: unknown[]): void => console.error(`${PREFIX} ${message}`, ...details),
};
