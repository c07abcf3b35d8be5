import type { SimContext, SimResponse } from '@hx4/testkit';
import { renderItem } from './renderItem.js';
import type { SearchCorpus } from './SearchCorpus.js';
import { decodeCursor, encodeCursor } from './searchCursor.js';

export interface SearchSettings {
  seed: number;
  apiKeys: readonly string[];
}

const DEFAULT_ROWS = 12;
const MAX_ROWS = 100;
const START_PAGING_LIMIT = 1000;
/** The real API counts requests per key; a constant keeps answers byte-identical. */
const REQUEST_NUMBER = 999;
const ERRORS = {
  emptyQuery: ['Empty search query parameter', '400-SE'],
  startAndCursor: ["Parameters 'start' and 'cursorMark' cannot be used together", '400-SD'],
  badCursor: ['Invalid cursor value. Please make sure you encode the cursor value before sending it to the API.', '400-SC'],
  pageLimit: ['It is not possible to paginate beyond the first 1000 search results. Please use cursor-based pagination instead', '400-SL'],
} as const;

/** `GET /record/v2/search.json`, answered like the Europeana Search API. */
export function searchResponse(ctx: SimContext, corpus: SearchCorpus, settings: SearchSettings): SimResponse {
  const { query: params } = ctx;
  const header = ctx.headers['x-api-key'];
  const apiKey = (Array.isArray(header) ? header[0] : header) ?? params.get('wskey') ?? '';
  if (!settings.apiKeys.includes(apiKey)) return ctx.json(401, { apikey: apiKey, success: false, error: 'Invalid API key' });
  const fail = ([error, code]: readonly [string, string]) => ctx.json(400, { apikey: apiKey, success: false, error, code });

  const query = params.get('query')?.trim();
  if (!query) return fail(ERRORS.emptyQuery);
  const requestedRows = whole(params.get('rows'), DEFAULT_ROWS);
  if (requestedRows === null) return fail([`Invalid value for parameter 'rows': ${params.get('rows')}`, '400']);
  const rows = Math.min(requestedRows, MAX_ROWS);
  const cursor = params.get('cursor');
  if (cursor !== null && params.has('start')) return fail(ERRORS.startAndCursor);

  let offset: number;
  if (cursor !== null) {
    const decoded = cursor === '*' ? 0 : decodeCursor(settings.seed, query, cursor);
    if (decoded === null) return fail(ERRORS.badCursor);
    offset = decoded;
  } else {
    const start = whole(params.get('start'), 1);
    if (start === null || start < 1) return fail([`Invalid value for parameter 'start': ${params.get('start')}`, '400']);
    // The API's own check: a 1-based start, so results 1..1000 are reachable and no further.
    if (start - 1 + rows > START_PAGING_LIMIT) return fail(ERRORS.pageLimit);
    offset = start - 1;
  }

  const hits = corpus.hits(query);
  const page = hits.slice(offset, offset + rows);
  const next = offset + page.length;
  const itemContext = {
    phrase: phraseOf(query),
    apiKey,
    endpoint: ctx.endpoint,
    imageUrl: ctx.imageUrl,
    profile: /(^|[\s,+])minimal($|[\s,+])/.test(params.get('profile') ?? '') ? 'minimal' : 'standard',
  } as const;
  return ctx.json(200, {
    apikey: apiKey,
    success: true,
    requestNumber: REQUEST_NUMBER,
    itemsCount: page.length,
    totalResults: hits.length,
    ...(cursor !== null && next < hits.length ? { nextCursor: encodeCursor(settings.seed, query, next) } : {}),
    items: page.map((hit) => renderItem(hit, itemContext)),
  });
}

function whole(raw: string | null, fallback: number): number | null {
  if (raw === null) return fallback;
  return /^\d+$/.test(raw.trim()) ? Number(raw) : null;
}

/** The words a searcher meant: `title:"field gun"` → `field gun`. */
function phraseOf(query: string): string {
  const words = query
    .replace(/\b\w+:/g, ' ')
    .replace(/["()*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /\p{L}/u.test(words) ? words : 'soldiers';
}
