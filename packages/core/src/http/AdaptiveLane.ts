import { setTimeout as sleep } from 'node:timers/promises';
import PQueue from 'p-queue';
import type { HostPolicy } from '../adapter/ArchiveAdapter.js';
import { AimdController, type LaneOutcome, type LimitChange } from './AimdController.js';
import { HttpError } from './HttpError.js';
import { parseRetryAfter } from './retryDelay.js';

/** URLs remembered as refused, so their retries are not taken for new refusals. */
const REFUSED_URLS_KEPT = 10_000;
/** A bare 503 counts as the host asking for less once this many different URLs got refusals among the last answers. */
const BARE_503_SIGNAL = 3;
const RECENT_ANSWERS = 20;

/** What the requests of one lane did to its host, for run-summary.json. */
export interface LaneStats {
  host: string;
  /** `api` (searches, item pages, robots.txt) or `media` (image downloads); `all` when one limit covers both. */
  lane: string;
  requests: number;
  /** 429 and 503 answers. */
  throttled: number;
  timeouts: number;
  /** Where the lane's limits ended, and the declared limits above them. */
  settled: HostPolicy;
  ceiling: HostPolicy;
}

/** A task's answer carries how long the host took to start answering (time to headers). */
export interface TimedAnswer {
  ttfbMs: number;
}

/**
 * The requests of one host and kind: at most `concurrency` in flight (p-queue) and request starts at
 * least 1/rate apart, so no second ever holds more than the rate allows; both limits adapt to how the
 * host answers (`AimdController`). A `Retry-After` pauses the whole lane, not just the refused request.
 */
export class AdaptiveLane {
  private readonly controller: AimdController;
  private readonly queue: PQueue;
  private nextStartAt = 0;
  private pausedUntil = 0;
  private inFlight = 0;
  /** Tasks holding a slot but waiting for their start time: the rate, not the concurrency, holds them. */
  private waitingForRate = 0;
  private readonly counts = { requests: 0, throttled: 0, timeouts: 0 };
  private readonly refusedUrls = new Set<string>();
  private readonly recentRefusals: boolean[] = [];

  constructor(
    readonly host: string,
    readonly lane: string,
    ceiling: HostPolicy,
    private readonly adaptive: boolean,
    private readonly onChange: (lane: AdaptiveLane, change: LimitChange) => void,
  ) {
    this.controller = new AimdController(ceiling, () => performance.now());
    this.queue = new PQueue({ concurrency: this.limits.concurrency });
  }

  /** The limits in force: the controller's, or the ceiling itself when adaptation is off. */
  get limits(): HostPolicy {
    return this.adaptive ? this.controller.limits : this.controller.limitsCeiling;
  }

  setCeiling(ceiling: HostPolicy): void {
    this.apply(this.controller.setCeiling(ceiling));
    if (!this.adaptive) this.queue.concurrency = ceiling.concurrency;
  }

  run<T extends TimedAnswer>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.queue.add(
      async () => {
        await this.waitForStart(signal);
        const inFlightAtStart = ++this.inFlight;
        this.counts.requests += 1;
        this.controller.onStart();
        try {
          const answer = await task();
          this.noteRefusal(false);
          this.feedback({ kind: 'ok', latencyMs: answer.ttfbMs }, inFlightAtStart);
          return answer;
        } catch (error) {
          const known = error instanceof HttpError && this.refusedUrls.has(error.url);
          const outcome = this.outcomeOf(error);
          this.noteRefusal(error instanceof HttpError && (error.status === 429 || error.status === 503) && !known);
          this.feedback(outcome, inFlightAtStart);
          throw error;
        } finally {
          this.inFlight -= 1;
        }
      },
      { signal },
    );
  }

  stats(): LaneStats {
    return { host: this.host, lane: this.lane, ...this.counts, settled: this.limits, ceiling: this.controller.limitsCeiling };
  }

  private async waitForStart(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = performance.now();
      const startAt = Math.max(now, this.nextStartAt, this.pausedUntil);
      if (startAt <= now) {
        this.nextStartAt = now + 1000 / this.limits.requestsPerSecond;
        return;
      }
      this.waitingForRate += 1;
      try {
        await sleep(startAt - now, undefined, { signal });
      } finally {
        this.waitingForRate -= 1;
      }
    }
  }

  /**
   * A 429 always asks for less, and so does a 503 with `Retry-After`. A bare 503 is a load signal only
   * when several different URLs got one among the lane's last answers: one broken file answering 503 at
   * every retry says nothing about the host. A URL refused before (a retry) is never news.
   */
  private outcomeOf(error: unknown): LaneOutcome {
    if (!(error instanceof HttpError)) return { kind: 'other' };
    if (error.kind === 'timeout') {
      this.counts.timeouts += 1;
      return { kind: 'timeout' };
    }
    if (error.status !== 429 && error.status !== 503) return { kind: 'other' };
    this.counts.throttled += 1;
    const waitMs = parseRetryAfter(error.retryAfter);
    if (waitMs !== null) this.pausedUntil = Math.max(this.pausedUntil, performance.now() + waitMs);
    if (this.refusedUrls.has(error.url)) return { kind: 'other' };
    this.refusedUrls.add(error.url);
    if (this.refusedUrls.size > REFUSED_URLS_KEPT) this.refusedUrls.delete(this.refusedUrls.values().next().value!);
    const refusedLately = this.recentRefusals.filter(Boolean).length;
    const loadSignal = error.status === 429 || waitMs !== null || refusedLately + 1 >= BARE_503_SIGNAL;
    return loadSignal ? { kind: 'throttled' } : { kind: 'other' };
  }

  /** Keeps whether each of the last answers was a new refusal, for telling a struggling host from a broken file. */
  private noteRefusal(refused: boolean): void {
    this.recentRefusals.push(refused);
    if (this.recentRefusals.length > RECENT_ANSWERS) this.recentRefusals.shift();
  }

  private feedback(outcome: LaneOutcome, inFlightAtStart: number): void {
    if (!this.adaptive) return;
    this.apply(this.controller.onOutcome(outcome, inFlightAtStart, this.waitingForRate > 0 || this.queue.size > 0));
  }

  private apply(change: LimitChange | null): void {
    if (!change) return;
    if (this.adaptive) this.queue.concurrency = change.to.concurrency;
    this.onChange(this, change);
  }
}
