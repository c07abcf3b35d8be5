import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import cliProgress from 'cli-progress';
import type { LogLevel, Reporter } from '@hx4/core';

export interface CliReporter extends Reporter {
  /** Flushes the log file and ends the progress display. */
  close(): Promise<void>;
}

export interface CliReporterOptions {
  /** Every line, debug included, is appended here. */
  logFile?: string;
  verbose: boolean;
  /** Progress bars when the output is a terminal; plain periodic lines otherwise (logs, Slurm). */
  interactive: boolean;
  /** Seconds between plain progress lines. */
  progressIntervalSeconds?: number;
  /** Prefix for every line, e.g. the archive when several run side by side. */
  prefix?: string;
  /** One progress display shared by archives collected side by side (it is stopped by its owner). */
  sharedBars?: cliProgress.MultiBar;
  stream?: NodeJS.WriteStream;
}

const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function createCliReporter(options: CliReporterOptions): CliReporter {
  const stream = options.stream ?? process.stderr;
  const prefix = options.prefix ? `[${options.prefix}] ` : '';
  if (options.logFile) mkdirSync(dirname(options.logFile), { recursive: true });
  const logFile = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : null;
  const ownsBars = options.interactive && !options.sharedBars;
  const bars = options.sharedBars ?? (ownsBars ? createProgressBars(stream) : null);
  const active = new Map<string, cliProgress.SingleBar>();
  const lastLine = new Map<string, number>();
  const intervalMs = (options.progressIntervalSeconds ?? 10) * 1000;

  const show = (line: string) => (bars ? bars.log(`${line}\n`) : stream.write(`${line}\n`));

  return {
    log(level, message) {
      logFile?.write(`${new Date().toISOString()} ${level.toUpperCase()} ${prefix}${message}\n`);
      if (rank[level] >= rank[options.verbose ? 'debug' : 'info']) {
        show(`${prefix}${level === 'info' || level === 'debug' ? '' : `${level}: `}${message}`);
      }
    },
    progress(stage, done, total) {
      if (bars) {
        let bar = active.get(stage);
        if (!bar) active.set(stage, (bar = bars.create(total, done, { stage: `${prefix}${stage}` })));
        bar.setTotal(total);
        bar.update(done);
        return;
      }
      const now = Date.now();
      const finished = done >= total;
      if (!finished && now - (lastLine.get(stage) ?? 0) < intervalMs) return;
      if (finished && lastLine.get(stage) === -1) return;
      lastLine.set(stage, finished ? -1 : now);
      const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
      const line = `${prefix}${stage}: ${done}/${total} (${percent}%)`;
      stream.write(`${line}\n`);
      logFile?.write(`${new Date().toISOString()} PROGRESS ${line}\n`);
    },
    async close() {
      if (ownsBars) bars?.stop();
      if (logFile) await new Promise<void>((resolve) => logFile.end(resolve));
    },
  };
}

export function createProgressBars(stream: NodeJS.WriteStream = process.stderr): cliProgress.MultiBar {
  return new cliProgress.MultiBar(
    { format: '{stage} [{bar}] {value}/{total} {percentage}% | {duration_formatted}', hideCursor: true, clearOnComplete: false, stream },
    cliProgress.Presets.shades_classic,
  );
}
