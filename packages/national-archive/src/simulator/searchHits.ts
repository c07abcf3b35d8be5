import type { SearchCorpus } from './SearchCorpus.js';
import type { SimRecord } from './simRecord.js';

export const RESULT_WINDOW = 10_000;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

export interface PagedHits {
  total: number;
  /** Searched with `searchAfter`: hits ordered by naId, each with its `sort` value, no scores. */
  sorted: boolean;
  phrase: string;
  hits: { record: SimRecord; score: number }[];
}

/**
 * One page of a search, as both catalog endpoints page it: `page`/`limit` by relevance within
 * Elasticsearch's 10,000-hit window, or `searchAfter` (`*`, then a naId) by naId with no window.
 * Returns the error message of a 400 instead when the parameters are wrong.
 */
export function searchHits(corpus: SearchCorpus, params: URLSearchParams, allowSearchAfter: boolean): PagedHits | string {
  const phrase = phraseOf(params.get('q') ?? '');
  // The Catalog's answer to refinements without search terms (nara-catalog-mcp docs/API-NOTES.md);
  // the simulator searches by `q` alone.
  if (!phrase) return 'No search terms entered';
  const limit = whole(params.get('limit'), DEFAULT_LIMIT);
  if (limit === null || limit < 1) return `invalid limit: ${params.get('limit')}`;
  const size = Math.min(limit, MAX_LIMIT);
  const searchAfter = params.get('searchAfter');
  if (searchAfter !== null && params.has('page')) return 'page and searchAfter cannot be used together';
  if (searchAfter !== null && params.has('sort')) return 'sort and searchAfter cannot be used together';
  if (searchAfter !== null && !allowSearchAfter) return 'unsupported parameter: searchAfter';
  const hits = corpus.hits(phrase);

  if (searchAfter !== null) {
    if (searchAfter !== '*' && !/^\d+$/u.test(searchAfter)) return `invalid searchAfter value: ${searchAfter}`;
    const start = searchAfter === '*' ? 0 : firstAfter(corpus, hits.byNaId, Number(searchAfter));
    const indices = hits.byNaId.slice(start, start + size);
    return {
      total: hits.total,
      sorted: true,
      phrase,
      hits: indices.map((index) => ({ record: corpus.record(index), score: hits.score(index) })),
    };
  }
  const page = whole(params.get('page'), 1);
  if (page === null || page < 1) return `invalid page: ${params.get('page')}`;
  const from = (page - 1) * size;
  if (from + size > RESULT_WINDOW) {
    return (
      `Result window is too large, from + size must be less than or equal to: [${RESULT_WINDOW}] but was [${from + size}]. ` +
      'See the scroll api for a more efficient way to request large data sets.'
    );
  }
  const indices = hits.byScore.slice(from, from + size);
  return {
    total: hits.total,
    sorted: false,
    phrase,
    hits: indices.map((index) => ({ record: corpus.record(index), score: hits.score(index) })),
  };
}

/** Position of the first hit whose naId is above `naId` (naIds rise with the record index). */
function firstAfter(corpus: SearchCorpus, byNaId: readonly number[], naId: number): number {
  let low = 0;
  let high = byNaId.length;
  while (low < high) {
    // low <= middle < high <= byNaId.length
    const middle = (low + high) >>> 1;
    if (corpus.record(byNaId[middle]!).naId <= naId) low = middle + 1;
    else high = middle;
  }
  return low;
}

function whole(raw: string | null, fallback: number): number | null {
  if (raw === null) return fallback;
  return /^\d+$/u.test(raw.trim()) ? Number(raw) : null;
}

/** The words a searcher meant: `"field gun"` → `field gun`. */
function phraseOf(query: string): string {
  return query
    .replace(/\\(.)/gu, '$1')
    .replace(/["()*]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}
