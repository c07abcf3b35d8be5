import { cleanQuery } from './cleanQuery.js';

/** The queries to search for and the canonical label each one stands for. */
export interface Vocabulary {
  /** Cleaned queries in list order, without duplicates (the first occurrence wins). */
  readonly queries: readonly string[];
  /** Canonical labels in the order their first query appears. */
  readonly labels: readonly string[];
  /** The canonical label of a cleaned query; a query the map does not know is its own label. */
  canonical(query: string): string;
  /** Rank of a canonical label (`labels` order) for deterministic tie breaks; unknown labels rank last. */
  order(label: string): number;
  /** Rank of a query (`queries` order); unknown queries rank last. */
  queryOrder(query: string): number;
}

/** Cleaned query → canonical label, as in `canonical_labels.json`. */
export type CanonicalMap = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

/** One raw entry and where it came from, for error messages ("line 4", "query 2"). */
export type SourcedText = readonly [where: string, text: string];

/** A vocabulary for queries given directly (e.g. `--query`), labelled through `canonicalMap`. */
export function vocabularyFromQueries(queries: Iterable<string>, canonicalMap: CanonicalMap = {}): Vocabulary {
  const sourced = [...queries].map((query, index): SourcedText => [`query ${index + 1}`, query]);
  const entries = canonicalMap instanceof Map ? [...canonicalMap] : Object.entries(canonicalMap);
  return buildVocabulary(sourced, entries, 'canonical label map');
}

export function buildVocabulary(
  queries: readonly SourcedText[],
  canonicalEntries: Iterable<readonly [string, unknown]>,
  mapSource: string,
): Vocabulary {
  const canonicalByQuery = cleanCanonicalMap(canonicalEntries, mapSource);
  const uniqueQueries = [...new Set(queries.map(([where, text]) => cleanOrThrow(text, where)))];
  if (uniqueQueries.length === 0) throw new Error('The query list is empty');

  const canonical = (query: string) => canonicalByQuery.get(query) ?? query;
  const queryRank = new Map(uniqueQueries.map((query, index) => [query, index]));
  const labels = [...new Set(uniqueQueries.map(canonical))];
  const labelRank = new Map(labels.map((label, index) => [label, index]));
  return {
    queries: uniqueQueries,
    labels,
    canonical,
    order: (label) => labelRank.get(label) ?? Number.POSITIVE_INFINITY,
    queryOrder: (query) => queryRank.get(query) ?? Number.POSITIVE_INFINITY,
  };
}

export function cleanCanonicalMap(entries: Iterable<readonly [string, unknown]>, source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [rawQuery, rawLabel] of entries) {
    if (typeof rawLabel !== 'string') throw new Error(`${source}: the label of "${rawQuery}" is not a string`);
    const query = cleanOrThrow(rawQuery, `${source} key "${rawQuery}"`);
    const label = cleanOrThrow(rawLabel, `${source} label of "${rawQuery}"`);
    const earlier = map.get(query);
    if (earlier !== undefined && earlier !== label) {
      throw new Error(`${source}: "${query}" maps to both "${earlier}" and "${label}"`);
    }
    map.set(query, label);
  }
  return map;
}

function cleanOrThrow(text: string, where: string): string {
  const cleaned = cleanQuery(text);
  if (cleaned === null) throw new Error(`${where}: "${text}" is empty once cleaned`);
  return cleaned;
}
