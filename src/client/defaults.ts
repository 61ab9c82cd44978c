/** The client's defaults; configure()'s defaults (config/config.ts) start from these. */
export const CLIENT_DEFAULTS = {
  apiBase: '/api/v1',
  transport: 'jsonrpc' as 'jsonrpc' | 'rest',
  timeout: 10_000,
  retries: 2,
  retryDelay: 300,
  stockBatchWindow: 10,
  stockBatchSize: 50,
  stockCacheTtl: 5_000,
} as const;
