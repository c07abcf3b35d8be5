import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogLevel, Reporter } from '@hx4/core';
import { StatusArea, type TerminalStream } from './StatusArea.js';

export interface CliReporter extends Reporter {
  /** Flushes the log file and ends the progress display. */
  close(): Promise<void>;
}

export interface CliReporterOptions {
  /** Every line, debug included, is appended here. */
  logFile?: string;
  verbose: boolean;
  /** A live status area when the output is a terminal; plain periodic lines otherwise (logs, Slurm). */
  interactive: boolean;
  /** Seconds between plain progress lines. */
  progressIntervalSeconds?: number;
  /** Prefix for every line, e.g. the archive when several run side by side. */
  prefix?: string;
  /** One status area shared by archives collected side by side (it is closed by its owner). */
  sharedArea?: StatusArea;
  stream?: TerminalStream;
}

const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function createCliReporter(options: CliReporterOptions): CliReporter {
  const stream = options.stream ?? process.stderr;
  const prefix = options.prefix ? `[${options.prefix}] ` : '';
  if (options.logFile) mkdirSync(dirname(options.logFile), { recursive: true });
  const logFile = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : null;
  const ownsArea = options.interactive && !options.sharedArea;
  const area = options.sharedArea ?? (ownsArea ? new StatusArea(stream) : null);
  const lastLine = new Map<string, number>();
  const intervalMs = (options.progressIntervalSeconds ?? 10) * 1000;

  const show = (line: string) => (area ? area.log(line) : stream.write(`${line}\n`));
  const logProgress = (line: string) => logFile?.write(`${new Date().toISOString()} PROGRESS ${line}\n`);

  return {
    log(level, message) {
      logFile?.write(`${new Date().toISOString()} ${level.toUpperCase()} ${prefix}${message}\n`);
      if (rank[level] >= rank[options.verbose ? 'debug' : 'info']) {
        show(`${prefix}${level === 'info' || level === 'debug' ? '' : `${level}: `}${message}`);
      }
    },
    progress(stage, done, total) {
      if (area) {
        const summary = area.progress(options.prefix ?? '', stage, done, total);
        if (summary) logProgress(summary);
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
      logProgress(line);
    },
    async close() {
      // This run's unfinished stages leave the area; a shared one goes on for the other archives.
      for (const summary of area?.stop(options.prefix ?? '') ?? []) logProgress(summary);
      if (ownsArea) area?.close();
      if (logFile) await new Promise<void>((resolve) => logFile.end(resolve));
    },
  };
}
