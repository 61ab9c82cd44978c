/**
 * The page's localStorage, or undefined where it is missing or blocked (privacy
 * settings, a sandboxed iframe: reading it may throw a SecurityError).
 */
export function localStorageOf(scope: { localStorage?: Storage | null } = globalThis): Storage | undefined {
  try {
    return scope.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
