import { releaseFreeMallocMemory } from '../memory/mallocPolicy.js';
import type { Reporter } from '../report/Reporter.js';

/**
 * Runs a run's stages, each announced in the log and its duration recorded in `timingsMs` (run-summary.json).
 * What a stage's threads freed goes back to the system as it ends, so the next does not start on top of it.
 */
export function stageTimer(reporter: Reporter, timingsMs: Record<string, number>) {
  return async <T>(stage: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    reporter.log('info', `${stage}…`);
    try {
      return await run();
    } finally {
      timingsMs[stage] = Math.round(performance.now() - started);
      releaseFreeMallocMemory();
    }
  };
}
