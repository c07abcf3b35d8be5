/** Rates are measured over this recent stretch, so they follow a change of pace (cached images, a host that slows down). */
const WINDOW_MS = 10_000;
/** One sample per this interval is plenty, and keeps the window small however often progress is reported. */
const SAMPLE_MS = 200;
/** Below this much measured time a rate is noise. */
const MIN_MEASURED_MS = 1_000;
/** A gap between updates longer than this is a stall, and the rate starts falling. */
const STALL_MS = 2_000;

/** One stage of one run (`[europeana] images`): how far it is, how fast it has gone lately, how long it has run. */
export class StageMeter {
  done = 0;
  total = 0;
  private updatedAt: number;
  private readonly samples: { at: number; done: number }[] = [];

  constructor(
    /** The archive (or `merge`), empty when only one run is on screen. */
    readonly label: string,
    readonly stage: string,
    readonly startedAt: number,
  ) {
    this.updatedAt = startedAt;
  }

  get finished(): boolean {
    return this.done >= this.total;
  }

  update(done: number, total: number, now: number): void {
    this.done = done;
    this.total = total;
    this.updatedAt = now;
    const last = this.samples.at(-1);
    if (!last || now - last.at >= SAMPLE_MS) this.samples.push({ at: now, done });
    // The oldest sample kept is the last one at or before the window's start.
    while ((this.samples[1]?.at ?? Infinity) <= now - WINDOW_MS) this.samples.shift();
  }

  /**
   * Units per second lately. Measured up to the last update, so it holds steady between updates of a
   * slow stage (one query every few seconds); once the updates stop for longer, it falls.
   */
  rate(now: number): number | undefined {
    const first = this.samples[0];
    const end = Math.max(this.updatedAt, now - STALL_MS);
    if (!first || end - first.at < MIN_MEASURED_MS) return undefined;
    return ((this.done - first.done) * 1000) / (end - first.at);
  }

  /** Seconds left at the recent rate. */
  eta(now: number): number | undefined {
    const rate = this.rate(now);
    return rate ? Math.max(0, this.total - this.done) / rate : undefined;
  }

  elapsedSeconds(now: number): number {
    return (now - this.startedAt) / 1000;
  }
}
