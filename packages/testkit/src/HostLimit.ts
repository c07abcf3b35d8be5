/**
 * A limit the simulated host enforces as a strict real server would: above `requestsPerSecond` starts in
 * any one-second window, or `maxInFlight` requests open at once, it refuses with 429 and `Retry-After`.
 * Refused requests count toward neither, so a client that backs off is served again at once.
 */
export interface HostLimitOptions {
  /** Requests it applies to, by path and query (default: all). */
  match?: RegExp;
  requestsPerSecond?: number;
  maxInFlight?: number;
  /** Sent with every refusal (default 1). */
  retryAfterSeconds?: number;
}

export class HostLimit {
  private readonly accepted: number[] = [];
  private inFlight = 0;
  /** Accepted and refused requests, with the time each arrived (ms since the limit was made). */
  readonly arrivals: { at: number; refused: boolean }[] = [];
  private readonly startedAt = performance.now();

  constructor(readonly options: HostLimitOptions) {}

  applies(target: string): boolean {
    return this.options.match ? this.options.match.test(target) : true;
  }

  /** Admits a request (call `release` when its answer is done) or says it is refused. */
  admit(): boolean {
    const now = performance.now();
    while ((this.accepted[0] ?? Infinity) <= now - 1000) this.accepted.shift();
    const { requestsPerSecond, maxInFlight } = this.options;
    const refused =
      (requestsPerSecond !== undefined && this.accepted.length >= requestsPerSecond) ||
      (maxInFlight !== undefined && this.inFlight >= maxInFlight);
    this.arrivals.push({ at: now - this.startedAt, refused });
    if (refused) return false;
    this.accepted.push(now);
    this.inFlight += 1;
    return true;
  }

  release(): void {
    this.inFlight -= 1;
  }
}
