/**
 * Which pages may call the real HTTP mock server. By default only local pages:
 * `http://localhost:<port>` and `http://127.0.0.1:<port>` (any port). More origins
 * come from the `corsOrigins` option and the `CORS_ORIGINS` environment variable
 * (comma-separated, exact origins such as `http://shop.test:8069`). `Origin: null`
 * (sandboxed frames, `file:` pages, some redirects) is never allowed.
 */
const LOCAL = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

export function parseOrigins(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

export function originPolicy(extra: readonly string[] = []): (origin: string) => boolean {
  const allowed = new Set(extra.map((origin) => origin.replace(/\/+$/, '')));
  return (origin) => origin !== 'null' && (LOCAL.test(origin) || allowed.has(origin));
}
