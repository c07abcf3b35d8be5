import { checkTotals, queryMembers, queryTotal, unitHash } from '@hx4/testkit';
import { recordIndex, simRecord, type SimRecord } from './simRecord.js';

export interface Hit {
  record: SimRecord;
  /** Relevance, for the default sort. */
  score: number;
}

export interface FinnaCorpusOptions {
  seed: number;
  /** Hits for given queries before any filter; other queries get 0–40 by hash. */
  totals: Record<string, number>;
  imageSize: readonly [number, number];
}

const CACHED_QUERIES = 128;

/**
 * An endless, lazily generated archive. Each query matches a deterministic subset of it, so one record turns up
 * under several queries; filters, sorting and paging are the search's business.
 */
export class FinnaCorpus {
  readonly #options: FinnaCorpusOptions;
  readonly #records = new Map<number, SimRecord>();
  readonly #hits = new Map<string, readonly Hit[]>();

  constructor(options: FinnaCorpusOptions) {
    checkTotals(options.totals);
    this.#options = options;
  }

  hits(query: string): readonly Hit[] {
    const cached = this.#hits.get(query);
    if (cached) return cached;
    const { seed, totals } = this.#options;
    const hits = queryMembers(seed, query, queryTotal(seed, totals, query)).map((index) => ({
      record: this.record(index),
      score: Math.round((1 + 9 * unitHash(seed, 'score', query, index)) * 10_000) / 10_000,
    }));
    if (this.#hits.size >= CACHED_QUERIES) this.#hits.delete(this.#hits.keys().next().value as string);
    this.#hits.set(query, hits);
    return hits;
  }

  record(index: number): SimRecord {
    let record = this.#records.get(index);
    if (!record) {
      record = simRecord(this.#options.seed, index, this.#options.imageSize);
      this.#records.set(index, record);
    }
    return record;
  }

  /** The record with this id, also one no search has returned yet (a fresh simulator serving old links). */
  byId(id: string): SimRecord | null {
    const index = recordIndex(id);
    const record = index === null ? null : this.record(index);
    return record?.id === id ? record : null;
  }
}
