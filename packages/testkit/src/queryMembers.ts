import { hash32 } from './deterministicHash.js';

/** Queries draw their hits from the first `max(MIN_CANDIDATES, 3 × total)` records, so small queries share many. */
const MIN_CANDIDATES = 300;
/** Hits of a query the test did not size: 0 to this many, by hash. */
const MAX_RANDOM_TOTAL = 40;

/** How many hits a simulated archive has for `query`: the test's figure, else 0–40 by hash. */
export function queryTotal(seed: number, totals: Readonly<Record<string, number>>, query: string): number {
  // hasOwn, not `??`: a query named like an Object.prototype member (`constructor`) is no test's figure.
  return Object.hasOwn(totals, query) ? totals[query]! : hash32(seed, 'total', query) % (MAX_RANDOM_TOTAL + 1);
}

/**
 * The record indices a query matches in a simulated archive's endless pool: a deterministic subset, so
 * one record turns up under several queries. In a stable rank order; the archive sorts them as it serves.
 */
export function queryMembers(seed: number, query: string, total: number): number[] {
  const candidates = Array.from({ length: Math.max(MIN_CANDIDATES, total * 3) }, (_, index) => ({
    index,
    rank: hash32(seed, 'member', query, index),
  }));
  candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return candidates.slice(0, total).map(({ index }) => index);
}

/** Checks a test's `totals` option. */
export function checkTotals(totals: Readonly<Record<string, number>>): void {
  for (const [query, total] of Object.entries(totals)) {
    if (!Number.isSafeInteger(total) || total < 0)
      throw new Error(`total for query "${query}" must be a non-negative integer, got ${total}`);
  }
}
