import type { HostPolicy } from '../adapter/ArchiveAdapter.js';

/** How one request to a lane went, as far as politeness is concerned. */
export type LaneOutcome =
  | { kind: 'ok'; latencyMs: number }
  /** 429 or 503: the host asks for less. */
  | { kind: 'throttled' }
  | { kind: 'timeout' }
  /** Anything else (404, a reset…): says nothing about load. */
  | { kind: 'other' };

export interface LimitChange {
  from: HostPolicy;
  to: HostPolicy;
  reason: string;
}

/** No rate falls below this (one request every 10 s), whatever the host says. */
const MIN_RATE = 0.1;
/** Slow start doubles from here, never above the ceiling. */
const START_CONCURRENCY = 2;
const START_RATE_SHARE = 0.25;
/** After a refusal: back to this share of the rate the host refused (multiplicative decrease). */
const THROTTLED_RATE_FACTOR = 0.8;
/** One refusal event per this long: the requests already in flight when the first came are not news. */
const CUT_QUIET_MS = 1_000;
/** Growth in congestion avoidance, at most once a second while there is more work than the limits let through. */
const GROW_EVERY_MS = 1_000;
/** Below the rate the host last refused: recover quickly; near it: probe slowly (additive increase). */
const RECOVER_FACTOR = 1.25;
const NEAR_LIMIT_SHARE = 0.9;
const PROBE_STEP_SHARE = 0.02;
/** Probed this far past the refused rate without a refusal: that refusal is old news, grow freely again. */
const FORGET_REFUSAL_SHARE = 1.1;
/** Fewer starts than this in the window say nothing about the rate really sent: the nominal rate stands in. */
const OBSERVED_RATE_MIN_STARTS = 8;
const PROBE_STEP_MIN = 0.2;
/** Concurrency is probed above the last refused level only this rarely. */
const CONCURRENCY_PROBE_MS = 15_000;
/** A host answering this much slower than its best (EWMA of time to headers) is struggling. */
const LATENCY_RISE_FACTOR = 3;
const LATENCY_RISE_FLOOR_MS = 250;
const LATENCY_EWMA_WEIGHT = 0.2;
const OBSERVED_RATE_WINDOW_MS = 2_000;
/**
 * Cuts stop at this share of the fastest rate the host ever answered cleanly: a server that refuses a few
 * URLs for good (a broken file answering 503 at every retry) must not drag the lane down to a crawl,
 * while a host that really struggles still gets four times less.
 */
const CUT_FLOOR_SHARE = 0.25;
const REFUSED_RATE = 'refused (429/503): too fast';
const REFUSED_OPEN = 'refused (429/503): too many open';

/**
 * Additive-increase, multiplicative-decrease control of one lane's concurrency and request rate, as TCP
 * and Scrapy's AutoThrottle do: start gently and double while answers stay fast and clean (slow start);
 * cut at once on a refusal (429, 503), a timeout or a clear rise in latency; then recover quickly to
 * just below the level the host refused and probe above it slowly, so a host with a hard limit sees
 * few refusals while the lane runs close to its limit. Never above `ceiling`: the declared limits
 * (robots.txt, the archive's documented quota, the user's cap). Pure: time comes from `now`.
 */
export class AimdController {
  private current: HostPolicy;
  private slowStart = true;
  private okSinceChange = 0;
  private lastChangeAt: number;
  private lastCutAt = -Infinity;
  private lastConcurrencyProbeAt = -Infinity;
  /** The levels the host last refused; null until it has refused. */
  private refusedRate: number | null = null;
  private refusedConcurrency: number | null = null;
  /** The most requests open at once that the host answered without refusing, since the last cut. */
  private okInFlightHigh = 0;
  private peakCleanRate = 0;
  private bestLatencyMs = Infinity;
  private latencyEwmaMs: number | null = null;
  private readonly starts: number[] = [];

  constructor(
    private ceiling: HostPolicy,
    private readonly now: () => number,
  ) {
    this.current = {
      requestsPerSecond: Math.max(Math.min(ceiling.requestsPerSecond, MIN_RATE), ceiling.requestsPerSecond * START_RATE_SHARE),
      concurrency: Math.min(ceiling.concurrency, START_CONCURRENCY),
    };
    this.lastChangeAt = now();
  }

  get limits(): HostPolicy {
    return { ...this.current };
  }

  get limitsCeiling(): HostPolicy {
    return { ...this.ceiling };
  }

  /** A declared limit changed (robots.txt read, a policy set): the current limits never stay above it. */
  setCeiling(ceiling: HostPolicy): LimitChange | null {
    this.ceiling = { ...ceiling };
    return this.change(
      {
        requestsPerSecond: Math.min(this.current.requestsPerSecond, ceiling.requestsPerSecond),
        concurrency: Math.min(this.current.concurrency, ceiling.concurrency),
      },
      'declared limit',
    );
  }

  /** A request left for the host. */
  onStart(): void {
    const now = this.now();
    this.starts.push(now);
    while ((this.starts[0] ?? Infinity) < now - OBSERVED_RATE_WINDOW_MS) this.starts.shift();
  }

  /**
   * A request finished. `inFlightAtStart` is how many of the lane's requests were open when it left,
   * itself included; `backlog` says whether more work was waiting than the limits let through (only
   * then is growing worth anything).
   */
  onOutcome(outcome: LaneOutcome, inFlightAtStart: number, backlog: boolean): LimitChange | null {
    const now = this.now();
    switch (outcome.kind) {
      case 'throttled': {
        // Refused with more open than ever went through: the host counts open requests. Refused at a
        // level that went through before: it counts the rate.
        if (this.okInFlightHigh > 0 && inFlightAtStart > this.okInFlightHigh) {
          return this.cut(now, null, Math.max(1, inFlightAtStart - 1), REFUSED_OPEN, inFlightAtStart);
        }
        return this.cut(now, THROTTLED_RATE_FACTOR, this.current.concurrency, REFUSED_RATE, null);
      }
      case 'timeout':
        return this.cut(now, 0.5, Math.floor(this.current.concurrency / 2), 'timeout', null);
      case 'other':
        return null;
      case 'ok':
        break;
    }
    this.latencyEwmaMs =
      this.latencyEwmaMs === null ? outcome.latencyMs : this.latencyEwmaMs + LATENCY_EWMA_WEIGHT * (outcome.latencyMs - this.latencyEwmaMs);
    this.bestLatencyMs = Math.min(this.bestLatencyMs, this.latencyEwmaMs);
    if (this.latencyEwmaMs > LATENCY_RISE_FACTOR * this.bestLatencyMs + LATENCY_RISE_FLOOR_MS) {
      return this.cut(now, NEAR_LIMIT_SHARE, this.current.concurrency, 'latency rising', null);
    }
    this.okSinceChange += 1;
    this.okInFlightHigh = Math.max(this.okInFlightHigh, inFlightAtStart);
    this.peakCleanRate = Math.max(this.peakCleanRate, Math.min(this.observedRate(now), this.current.requestsPerSecond));
    if (!backlog) return null;
    if (this.slowStart) {
      if (this.okSinceChange < this.current.concurrency) return null;
      return this.change(
        {
          requestsPerSecond: Math.min(this.ceiling.requestsPerSecond, this.current.requestsPerSecond * 2),
          concurrency: Math.min(this.ceiling.concurrency, this.current.concurrency * 2),
        },
        'slow start',
      );
    }
    if (now - this.lastChangeAt < GROW_EVERY_MS) return null;
    return this.change({ requestsPerSecond: this.grownRate(), concurrency: this.grownConcurrency(now) }, 'recovering');
  }

  /**
   * The starts of the last two seconds per second: what the lane really sent, whatever its limits
   * allowed; the nominal rate while too few requests have left to tell.
   */
  private observedRate(now: number): number {
    const recent = this.starts.filter((at) => at >= now - OBSERVED_RATE_WINDOW_MS);
    if (recent.length < OBSERVED_RATE_MIN_STARTS) return this.current.requestsPerSecond;
    const since = Math.min(OBSERVED_RATE_WINDOW_MS, Math.max(1, now - recent[0]!));
    return (recent.length * 1000) / Math.max(since, 1000);
  }

  /** `refusedConcurrency`: the number in flight the host refused, when concurrency was what held. */
  /** `rateFactor` null keeps the rate: the host objected to something else. */
  private cut(
    now: number,
    rateFactor: number | null,
    concurrency: number,
    reason: string,
    refusedConcurrency: number | null,
  ): LimitChange | null {
    this.slowStart = false;
    if (now - this.lastCutAt < CUT_QUIET_MS) return null;
    this.lastCutAt = now;
    this.okInFlightHigh = 0;
    const sent = Math.min(this.observedRate(now), this.current.requestsPerSecond);
    if (reason === REFUSED_RATE) this.refusedRate = sent;
    if (refusedConcurrency !== null) {
      this.refusedConcurrency = refusedConcurrency;
      this.lastConcurrencyProbeAt = now;
    }
    return this.change(
      {
        requestsPerSecond: rateFactor === null ? this.current.requestsPerSecond : Math.max(this.rateFloor(), sent * rateFactor),
        concurrency: Math.max(1, Math.min(this.current.concurrency, concurrency)),
      },
      reason,
    );
  }

  private rateFloor(): number {
    return Math.min(this.ceiling.requestsPerSecond, Math.max(MIN_RATE, CUT_FLOOR_SHARE * this.peakCleanRate));
  }

  private grownRate(): number {
    const rate = this.current.requestsPerSecond;
    if (this.refusedRate !== null && rate > FORGET_REFUSAL_SHARE * this.refusedRate) this.refusedRate = null;
    const refused = this.refusedRate;
    // No rate refused yet: nothing says where the limit is, so keep growing by a factor. Below the refused
    // rate: recover quickly to just under it. Near or above it: probe by small steps.
    let grown: number;
    if (refused === null) grown = rate * RECOVER_FACTOR;
    else if (rate < NEAR_LIMIT_SHARE * refused) grown = Math.min(rate * RECOVER_FACTOR, NEAR_LIMIT_SHARE * refused);
    else grown = rate + Math.max(PROBE_STEP_MIN, PROBE_STEP_SHARE * refused);
    return Math.min(this.ceiling.requestsPerSecond, grown);
  }

  private grownConcurrency(now: number): number {
    const concurrency = this.current.concurrency;
    if (concurrency >= this.ceiling.concurrency) return this.ceiling.concurrency;
    const refused = this.refusedConcurrency;
    if (refused === null || concurrency + 1 < refused) return concurrency + 1;
    if (now - this.lastConcurrencyProbeAt < CONCURRENCY_PROBE_MS) return concurrency;
    this.lastConcurrencyProbeAt = now;
    return concurrency + 1;
  }

  private change(next: HostPolicy, reason: string): LimitChange | null {
    this.okSinceChange = 0;
    this.lastChangeAt = this.now();
    const from = this.current;
    if (next.requestsPerSecond === from.requestsPerSecond && next.concurrency === from.concurrency) return null;
    this.current = next;
    return { from, to: { ...next }, reason };
  }
}
