import { formatDuration } from './formatDuration.js';
import { formatRate } from './formatRate.js';
import type { StageMeter } from './StageMeter.js';

/** The one line a stage leaves behind: `[europeana] images: 623/623 in 41 s (15.2 images/s)`. */
export function formatStageSummary(meter: StageMeter, now: number): string {
  const seconds = meter.elapsedSeconds(now);
  const label = meter.label ? `[${meter.label}] ` : '';
  const how = meter.finished ? 'in' : 'stopped after';
  // The whole stage's average: what a reader compares between runs.
  const rate = seconds >= 0.1 ? ` (${formatRate(meter.done / seconds, meter.stage)})` : '';
  return `${label}${meter.stage}: ${meter.done}/${meter.total} ${how} ${formatDuration(seconds)}${rate}`;
}
