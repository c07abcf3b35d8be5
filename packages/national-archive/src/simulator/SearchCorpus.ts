import { checkTotals, queryMembers, queryTotal, unitHash } from '@hx4/testkit';
import { simRecord, type SimRecord } from './simRecord.js';

export interface Hit {
  record: SimRecord;
  score: number;
}

export interface SearchCorpusOptions {
  seed: number;
  /** Hit counts for given queries; other queries get 0–40 by hash. */
  totals: Record<string, number>;
  imageSize: readonly [number, number];
}

/** A query's hits in the two orders the search serves: by relevance (page paging) and by naId (searchAfter). */
export interface QueryHits {
  total: number;
  /** Record indices by descending score, then naId. */
  byScore: readonly number[];
  /** Record indices by ascending naId (which rises with the index). */
  byNaId: readonly number[];
  score(index: number): number;
}

const CACHED_QUERIES = 64;
const CACHED_RECORDS = 50_000;

/**
 * An endless, lazily generated pool of catalog records. Each query gets a deterministic subset of it,
 * so one record turns up under several queries, always with the same naId and images.
 */
export class SearchCorpus {
  readonly #options: SearchCorpusOptions;
  readonly #records = new Map<number, SimRecord>();
  readonly #hits = new Map<string, QueryHits>();

  constructor(options: SearchCorpusOptions) {
    checkTotals(options.totals);
    this.#options = options;
  }

  hits(phrase: string): QueryHits {
    const cached = this.#hits.get(phrase);
    if (cached) return cached;
    const hits = this.#select(phrase);
    if (this.#hits.size >= CACHED_QUERIES) this.#hits.delete(this.#hits.keys().next().value as string);
    this.#hits.set(phrase, hits);
    return hits;
  }

  record(index: number): SimRecord {
    let record = this.#records.get(index);
    if (!record) {
      record = simRecord(this.#options.seed, index, this.#options.imageSize);
      if (this.#records.size >= CACHED_RECORDS) this.#records.delete(this.#records.keys().next().value as number);
      this.#records.set(index, record);
    }
    return record;
  }

  #select(phrase: string): QueryHits {
    const { seed, totals } = this.#options;
    const total = queryTotal(seed, totals, phrase);
    const chosen = queryMembers(seed, phrase, total);
    const score = (index: number) => Math.round((1 + 19 * unitHash(seed, 'score', phrase, index)) * 1000) / 1000;
    const scored = chosen.map((index) => ({ index, score: score(index) }));
    return {
      total,
      byScore: scored.sort((a, b) => b.score - a.score || a.index - b.index).map(({ index }) => index),
      byNaId: [...chosen].sort((a, b) => a - b),
      score,
    };
  }
}
