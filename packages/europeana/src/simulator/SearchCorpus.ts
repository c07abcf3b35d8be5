import { checkTotals, queryMembers, queryTotal, unitHash } from '@hx4/testkit';
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
    checkTotals(options.totals);
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
    const { seed, totals } = this.#options;
    const hits = queryMembers(seed, query, queryTotal(seed, totals, query)).map((index) => ({
      record: this.#record(index),
      score: Math.round((1 + 9 * unitHash(seed, 'score', query, index)) * 10_000) / 10_000,
    }));
    return hits.sort((a, b) => b.score - a.score || compare(a.record.id, b.record.id));
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
