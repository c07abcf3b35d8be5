import { onExit } from 'signal-exit';
import { formatStageSummary } from './formatStageSummary.js';
import { formatStatusLines } from './formatStatusLines.js';
import { StageMeter } from './StageMeter.js';

/** The part of a terminal stream the area uses (`process.stderr`, or a fake terminal in tests). */
export interface TerminalStream {
  readonly columns?: number;
  readonly rows?: number;
  write(text: string): boolean;
  on(event: 'resize', listener: () => void): unknown;
  off(event: 'resize', listener: () => void): unknown;
}

export interface StatusAreaOptions {
  /** Milliseconds; tests pass a fake clock. */
  now?: () => number;
}

/** Progress alone redraws the area at most ten times a second. */
const FRAME_MS = 100;
/** While stages run the area is redrawn this often anyway, so rates and ETAs move when progress stalls. */
const TICK_MS = 1000;
const CSI = '\u001b[';
const HIDE_CURSOR = `${CSI}?25l`;
const SHOW_CURSOR = `${CSI}?25h`;

/**
 * A live status area at the bottom of a terminal: one line per running stage. A log line is printed
 * above it (area erased, line written, area drawn again, in one write, so a line never lands inside a
 * half-drawn bar); a finished stage leaves the area as a one-line summary above. Archives collected side
 * by side share one area, each stage under its archive's label.
 */
export class StatusArea {
  private readonly meters = new Map<string, StageMeter>();
  private readonly now: () => number;
  /** The lines on screen, and the width they were drawn for. */
  private drawn: string[] = [];
  private drawnColumns = 0;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private timerDue = 0;
  private removeExitHook: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly stream: TerminalStream,
    options: StatusAreaOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    stream.on('resize', this.redraw);
  }

  /** Prints a line above the area; it stays on screen. */
  log(line: string): void {
    this.paint(`${line}\n`);
  }

  /** Moves a stage on. Returns its summary line when this update finished it: the stage then leaves the area. */
  progress(label: string, stage: string, done: number, total: number): string | undefined {
    const now = this.now();
    const key = `${label}\u0000${stage}`;
    let meter = this.meters.get(key);
    if (!meter) this.meters.set(key, (meter = new StageMeter(label, stage, now)));
    meter.update(done, total, now);
    if (!meter.finished) {
      this.schedule(this.lastDraw + FRAME_MS - now);
      return undefined;
    }
    this.meters.delete(key);
    const summary = formatStageSummary(meter, now);
    this.paint(`${summary}\n`);
    return summary;
  }

  /** Collapses the unfinished stages of one label (all without one) into summary lines: a run that stopped early. */
  stop(label?: string): string[] {
    const now = this.now();
    const summaries: string[] = [];
    for (const [key, meter] of this.meters) {
      if (label !== undefined && meter.label !== label) continue;
      this.meters.delete(key);
      summaries.push(formatStageSummary(meter, now));
    }
    if (summaries.length) this.paint(summaries.map((summary) => `${summary}\n`).join(''));
    return summaries;
  }

  /** Stops what still runs, leaves the terminal as it was (cursor shown); later log lines are plain. */
  close(): void {
    if (this.closed) return;
    this.stop();
    this.paint();
    this.closed = true;
    clearTimeout(this.timer);
    this.stream.off('resize', this.redraw);
    if (this.removeExitHook) {
      this.removeExitHook();
      this.stream.write(SHOW_CURSOR);
    }
  }

  private readonly redraw = (): void => this.paint();

  private paint(above = ''): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed) {
      if (above) this.stream.write(above);
      return;
    }
    const now = this.now();
    const columns = this.stream.columns || 80;
    // One row is left for the line the cursor waits on, or the top of the area would scroll out of reach.
    const lines = formatStatusLines([...this.meters.values()], now, columns, (this.stream.rows || Infinity) - 1);
    const unchanged =
      columns === this.drawnColumns && lines.length === this.drawn.length && lines.every((line, i) => line === this.drawn[i]);
    if (!above && unchanged) {
      this.scheduleTick();
      return;
    }
    let text = this.erase(columns) + above + lines.map((line) => `${line}\n`).join('');
    if (lines.length && !this.removeExitHook) {
      // A Ctrl-C or a crash must not leave the terminal without a cursor.
      this.removeExitHook = onExit(() => void this.stream.write(SHOW_CURSOR));
      text = HIDE_CURSOR + text;
    }
    this.stream.write(text);
    this.drawn = lines;
    this.drawnColumns = columns;
    this.lastDraw = now;
    this.scheduleTick();
  }

  /** Back to the area's first row, and everything below it erased. */
  private erase(columns: number): string {
    // A terminal narrowed since the last draw has rewrapped the longer lines over several rows.
    const rows = this.drawn.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / columns)), 0);
    return rows ? `\r${CSI}${rows}A${CSI}J` : '';
  }

  private scheduleTick(): void {
    if (this.meters.size) this.schedule(TICK_MS);
  }

  /** A redraw in `delayMs` at the latest; a sooner one already planned stands. */
  private schedule(delayMs: number): void {
    const wait = Math.max(0, delayMs);
    const due = this.now() + wait;
    if (this.timer && this.timerDue <= due) return;
    clearTimeout(this.timer);
    this.timerDue = due;
    // Never what keeps the process alive: the run's own work decides when it ends.
    this.timer = setTimeout(this.redraw, wait).unref();
  }
}
