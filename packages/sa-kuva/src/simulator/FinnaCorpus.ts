import { hash32, unitHash } from '@hx4/testkit';
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

/** Queries draw their hits from the first `max(MIN_CANDIDATES, 3 × total)` records, so small queries share many. */
const MIN_CANDIDATES = 300;
const MAX_RANDOM_TOTAL = 40;
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
    for (const [query, total] of Object.entries(options.totals)) {
      if (!Number.isSafeInteger(total) || total < 0) {
        throw new Error(`total for query "${query}" must be a non-negative integer, got ${total}`);
      }
    }
    this.#options = options;
  }

  hits(query: string): readonly Hit[] {
    const cached = this.#hits.get(query);
    if (cached) return cached;
    const { seed } = this.#options;
    const total = this.#total(query);
    const candidates = Array.from({ length: Math.max(MIN_CANDIDATES, total * 3) }, (_, index) => ({
      index,
      rank: hash32(seed, 'member', query, index),
    }));
    candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);
    const hits = candidates.slice(0, total).map(({ index }) => ({
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

  #total(query: string): number {
    const { totals, seed } = this.#options;
    return Object.hasOwn(totals, query) ? totals[query] : hash32(seed, 'total', query) % (MAX_RANDOM_TOTAL + 1);
  }
}
