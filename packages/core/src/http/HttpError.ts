/** Why a request failed; `reason` is the short, stable text counted in summaries and logs. */
export type HttpFailureKind = 'status' | 'network' | 'timeout' | 'tls' | 'too-large' | 'malformed' | 'robots';

export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly kind: HttpFailureKind,
    readonly url: string,
    message: string,
    readonly attempts: number,
    readonly status?: number,
    /** The server's `Retry-After` header on a 429 or 503, as sent. */
    readonly retryAfter?: string,
  ) {
    super(message);
  }

  /** e.g. `http-404`, `timeout`, `tls`: stable keys for counting failures. */
  get reason(): string {
    return this.kind === 'status' ? `http-${this.status}` : this.kind;
  }

  /** Transient failures are worth another run; 4xx (other than 429) and oversized bodies are not. */
  get transient(): boolean {
    if (this.kind === 'status') return this.status === 429 || (this.status ?? 0) >= 500;
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'malformed';
  }
}
