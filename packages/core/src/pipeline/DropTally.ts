import type { DropExample } from './RunSummary.js';
import { sortKeys } from './sortKeys.js';

/** How many examples of each drop reason a summary keeps. */
export const EXAMPLES_PER_REASON = 3;

/**
 * Counts drops by reason and keeps the first few distinct records of each (first in reading order:
 * deterministic). A record found by several queries counts once per query, but is shown once.
 */
export class DropTally {
  private readonly tally = new Map<string, { count: number; examples: DropExample[] }>();

  /** `example` is only called while the reason still wants examples: naming a record costs a little. */
  add(reason: string, example: () => DropExample): void {
    let entry = this.tally.get(reason);
    if (!entry) this.tally.set(reason, (entry = { count: 0, examples: [] }));
    entry.count += 1;
    if (entry.examples.length >= EXAMPLES_PER_REASON) return;
    const candidate = example();
    const seen = candidate.id !== null && entry.examples.some(({ id }) => id === candidate.id);
    if (!seen) entry.examples.push(candidate);
  }

  counts(): Record<string, number> {
    return sortKeys(Object.fromEntries([...this.tally].map(([reason, { count }]) => [reason, count])));
  }

  examples(): Record<string, DropExample[]> {
    return sortKeys(Object.fromEntries([...this.tally].map(([reason, { examples }]) => [reason, examples])));
  }
}
