export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Where the core tells what it is doing. The CLI renders it as progress bars on a terminal, plain
 * lines otherwise, and a log file; library users may pass their own or `silentReporter`.
 */
export interface Reporter {
  log(level: LogLevel, message: string): void;
  /** `stage` names a long step (e.g. `images`); `done` of `total` units are finished. */
  progress(stage: string, done: number, total: number): void;
}

export const silentReporter: Reporter = {
  log() {},
  progress() {},
};
