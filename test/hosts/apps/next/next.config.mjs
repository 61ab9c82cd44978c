/** @type {import('next').NextConfig} */
export default {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run typecheck` (tsc) checks the app, its type proofs included, before the build.
  typescript: { ignoreBuildErrors: true },
  // This folder is the project, whatever lock files its parent folders hold.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};
