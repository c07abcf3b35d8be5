import type { DropExample } from './RunSummary.js';
import { sortKeys } from './sortKeys.js';

/** How many examples of each drop reason a summary keeps. */
export const EXAMPLES_PER_REASON = 3;

/** Counts drops by reason and keeps the first few examples of each (first in reading order: deterministic). */
export class DropTally {
  private readonly tally = new Map<string, { count: number; examples: DropExample[] }>();

  /** `example` is only called while the reason still wants examples: naming a record costs a little. */
  add(reason: string, example: () => DropExample): void {
    let entry = this.tally.get(reason);
    if (!entry) this.tally.set(reason, (entry = { count: 0, examples: [] }));
    entry.count += 1;
    if (entry.examples.length < EXAMPLES_PER_REASON) entry.examples.push(example());
  }

  counts(): Record<string, number> {
    return sortKeys(Object.fromEntries([...this.tally].map(([reason, { count }]) => [reason, count])));
  }

  examples(): Record<string, DropExample[]> {
    return sortKeys(Object.fromEntries([...this.tally].map(([reason, { examples }]) => [reason, examples])));
  }
}
