import type { SplitPart } from './ExportFormat.js';
import type { ExportSummary, SkippedRow } from './ExportSummary.js';
import type { SampleSkip } from './readSamples.js';

/** Examples kept per reason: enough to find the cause, bounded however many rows share it. */
const EXAMPLES_PER_REASON = 20;

/** Counts the rows an export leaves out, by reason, keeping the first few of each. */
export class SkipTally {
  private total = 0;
  private readonly reasons = new Map<string, number>();
  private readonly examples = new Map<string, SkippedRow[]>();

  add(split: SplitPart, skip: SampleSkip): void {
    this.total++;
    this.reasons.set(skip.reason, (this.reasons.get(skip.reason) ?? 0) + 1);
    const examples = this.examples.get(skip.reason) ?? [];
    if (examples.length < EXAMPLES_PER_REASON) examples.push({ split, id: skip.id, detail: skip.detail });
    this.examples.set(skip.reason, examples);
  }

  summary(): ExportSummary['skipped'] {
    const reasons = [...this.reasons.keys()].sort();
    return {
      total: this.total,
      reasons: Object.fromEntries(reasons.map((reason) => [reason, this.reasons.get(reason) ?? 0])),
      examples: Object.fromEntries(reasons.map((reason) => [reason, this.examples.get(reason) ?? []])),
    };
  }
}
