import { hash32, unitHash } from '@hx4/testkit';
import { simRecord, type SimRecord } from './simRecord.js';

export interface Hit {
  record: SimRecord;
  score: number;
}

export interface SearchCorpusOptions {
  seed: number;
  /** Result counts for given queries; other queries get 0–40 by hash. */
  totals: Record<string, number>;
  imageSize: readonly [number, number];
}

/** Queries draw their hits from the first `max(MIN_CANDIDATES, 3 × total)` records, so small queries share many. */
const MIN_CANDIDATES = 300;
const MAX_RANDOM_TOTAL = 40;
const CACHED_QUERIES = 128;

/**
 * An endless, lazily generated pool of records. Each query gets a deterministic subset of it, so one record
 * turns up under several queries, in a stable order (score, then id) so paging never skips or repeats.
 */
export class SearchCorpus {
  readonly #options: SearchCorpusOptions;
  readonly #records = new Map<number, SimRecord>();
  readonly #hits = new Map<string, readonly Hit[]>();

  constructor(options: SearchCorpusOptions) {
    for (const [query, total] of Object.entries(options.totals)) {
      if (!Number.isSafeInteger(total) || total < 0) throw new Error(`total for query "${query}" must be a non-negative integer, got ${total}`);
    }
    this.#options = options;
  }

  hits(query: string): readonly Hit[] {
    const cached = this.#hits.get(query);
    if (cached) return cached;
    const hits = this.#select(query);
    if (this.#hits.size >= CACHED_QUERIES) this.#hits.delete(this.#hits.keys().next().value as string);
    this.#hits.set(query, hits);
    return hits;
  }

  #select(query: string): readonly Hit[] {
    const { seed } = this.#options;
    const total = this.#total(query);
    const candidates = Array.from({ length: Math.max(MIN_CANDIDATES, total * 3) }, (_, index) => ({
      index,
      rank: hash32(seed, 'member', query, index),
    }));
    candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);
    const hits = candidates.slice(0, total).map(({ index }) => ({
      record: this.#record(index),
      score: Math.round((1 + 9 * unitHash(seed, 'score', query, index)) * 10_000) / 10_000,
    }));
    return hits.sort((a, b) => b.score - a.score || compare(a.record.id, b.record.id));
  }

  #total(query: string): number {
    const { totals, seed } = this.#options;
    return Object.hasOwn(totals, query) ? totals[query] : hash32(seed, 'total', query) % (MAX_RANDOM_TOTAL + 1);
  }

  #record(index: number): SimRecord {
    let record = this.#records.get(index);
    if (!record) {
      record = simRecord(this.#options.seed, index, this.#options.imageSize);
      this.#records.set(index, record);
    }
    return record;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
