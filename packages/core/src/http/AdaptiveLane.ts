import { setTimeout as sleep } from 'node:timers/promises';
import PQueue from 'p-queue';
import type { HostPolicy } from '../adapter/ArchiveAdapter.js';
import { AimdController, type LaneOutcome, type LimitChange } from './AimdController.js';
import { HttpError } from './HttpError.js';
import { parseRetryAfter } from './retryDelay.js';

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
          this.feedback({ kind: 'ok', latencyMs: answer.ttfbMs }, inFlightAtStart);
          return answer;
        } catch (error) {
          this.feedback(this.outcomeOf(error), inFlightAtStart);
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

  private outcomeOf(error: unknown): LaneOutcome {
    if (!(error instanceof HttpError)) return { kind: 'other' };
    if (error.kind === 'timeout') {
      this.counts.timeouts += 1;
      return { kind: 'timeout' };
    }
    if (error.status === 429 || error.status === 503) {
      this.counts.throttled += 1;
      const waitMs = parseRetryAfter(error.retryAfter);
      if (waitMs !== null) this.pausedUntil = Math.max(this.pausedUntil, performance.now() + waitMs);
      return { kind: 'throttled' };
    }
    return { kind: 'other' };
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
