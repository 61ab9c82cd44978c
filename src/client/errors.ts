/**
 * One error type for everything that can go wrong between a widget and the shop.
 * `kind` is stable: widgets and host code branch on it, never on `message`.
 */
export type ShopErrorKind =
  /** The backend refused: a `result` with an `error` key (e.g. "Insufficient stock"). */
  | 'business'
  /** A JSON-RPC error (a Python exception in Odoo); `message` is Odoo's `data.message`. */
  | 'server'
  /** JSON-RPC error code 100: the Odoo session is gone. */
  | 'session-expired'
  /** A non-2xx HTTP status that is not a business error. */
  | 'http'
  /** The request never got an answer (offline, DNS, CORS, connection reset). */
  | 'network'
  /** No answer within the configured timeout. */
  | 'timeout'
  /** The browser is offline: nothing was sent. */
  | 'offline'
  /** An answer that is not what the contract promises (not JSON, missing or mistyped field). */
  | 'invalid-response';

export interface ShopErrorInit {
  endpoint: string;
  /** The backend's `code` for business errors, the JSON-RPC code for server errors. */
  code?: number | undefined;
  /** On stock errors of `/cart/add`: how many the shop has. */
  available?: number | null | undefined;
  /** HTTP status, when there was one. */
  status?: number | undefined;
  cause?: unknown;
}

export class ShopError extends Error {
  override readonly name = 'ShopError';
  readonly kind: ShopErrorKind;
  readonly endpoint: string;
  readonly code: number | undefined;
  readonly available: number | null | undefined;
  readonly status: number | undefined;

  constructor(kind: ShopErrorKind, message: string, init: ShopErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.endpoint = init.endpoint;
    this.code = init.code;
    this.available = init.available;
    this.status = init.status;
  }

  /**
   * Anything a call threw, as a ShopError: itself, or (a bug, an exotic fetch
   * failure) a `network` error carrying it as its cause.
   */
  static from(error: unknown, endpoint: string): ShopError {
    if (error instanceof ShopError) return error;
    return new ShopError('network', error instanceof Error ? error.message : String(error), { endpoint, cause: error });
  }

  /** Errors after which the request may or may not have reached the backend. */
  get isUncertain(): boolean {
    return this.kind === 'timeout' || this.kind === 'network';
  }

  /** Errors worth trying again for a read. */
  get isTransient(): boolean {
    return (
      this.isUncertain ||
      (this.kind === 'http' && this.status !== undefined && (this.status >= 500 || this.status === 429))
    );
  }
}

export const isShopError = (value: unknown): value is ShopError => value instanceof ShopError;
