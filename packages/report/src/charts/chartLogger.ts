import type { Reporter } from '@hx4/core';
import type { LoggerInterface } from 'vega';

const LEVELS = { error: 1, warn: 2, info: 3, debug: 4 } as const;

/** Vega's warnings (say, a log scale told about a zero) go to the run's reporter, not to the console. */
export function chartLogger(reporter: Reporter, chart: string): LoggerInterface {
  let threshold: number = LEVELS.warn;
  const forward = (method: keyof typeof LEVELS) =>
    function (this: LoggerInterface, ...args: unknown[]) {
      if (LEVELS[method] <= threshold) {
        reporter.log(method === 'error' ? 'error' : 'debug', `chart ${chart}: ${args.map(String).join(' ')}`);
      }
      return this;
    };
  return {
    level(value?: number) {
      if (value === undefined) return threshold;
      threshold = value;
      return this;
    },
    error: forward('error'),
    warn: forward('warn'),
    info: forward('info'),
    debug: forward('debug'),
  };
}
