import type { SimContext, SimResponse } from '@hx4/testkit';
import type { FinnaCorpus, Hit } from './FinnaCorpus.js';
import type { FinnaSearch } from './FinnaSearch.js';
import { matchesFilters } from './matchesFilters.js';
import { readSearch } from './readSearch.js';
import { DEFAULT_FIELDS, renderRecord } from './renderRecord.js';

/**
 * `GET /v1/search`, answered like Finna: `{ resultCount, records, status: "OK" }` with `records` left out
 * when the page holds none, or a 400 with `{ status: "ERROR", statusMessage }` for a request it refuses.
 */
export function searchResponse(ctx: SimContext, corpus: FinnaCorpus, resultWindow: number): SimResponse {
  const search = readSearch(ctx.query, resultWindow);
  if ('error' in search) return ctx.json(400, { status: 'ERROR', statusMessage: search.error });
  const hits = corpus.hits(search.lookfor).filter(({ record }) => matchesFilters(record, search.facets, search.dates));
  const ordered = [...hits].sort(ORDER[search.sort]);
  const offset = (search.page - 1) * search.limit;
  const page = ordered.slice(offset, offset + search.limit);
  const fields = search.fields ?? DEFAULT_FIELDS;
  const phrase = phraseOf(search.lookfor);
  return ctx.json(200, {
    resultCount: ordered.length,
    ...(page.length > 0 ? { records: page.map(({ record }) => renderRecord(record, fields, phrase, search.lng)) } : {}),
    status: 'OK',
  });
}

const byId = (a: Hit, b: Hit) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);

/** Undated records come last either way, as Solr sorts missing values. */
const byYear = (direction: 1 | -1) => (a: Hit, b: Hit) => {
  const [x, y] = [a.record.mainYear, b.record.mainYear];
  if (x !== y) return x === null ? 1 : y === null ? -1 : direction * (x - y);
  return byId(a, b);
};

const ORDER: Record<FinnaSearch['sort'], (a: Hit, b: Hit) => number> = {
  relevance: (a, b) => b.score - a.score || byId(a, b),
  oldest: byYear(1),
  newest: byYear(-1),
};

/** The words a searcher meant: `title:"korsu"` → `korsu`. */
function phraseOf(lookfor: string): string {
  return lookfor
    .replace(/[\p{L}_]+:/gu, ' ')
    .replace(/["()*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
