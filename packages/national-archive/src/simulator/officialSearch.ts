import type { SimContext, SimResponse } from '@hx4/testkit';
import { renderRecord } from './renderRecord.js';
import type { SearchCorpus } from './SearchCorpus.js';
import { searchHits } from './searchHits.js';

/** Elasticsearch reports how long a search took; a constant keeps answers byte-identical. */
const TOOK_MS = 12;

/** `GET /api/v2/records/search`, answered like the Catalog API v2: the key is checked first. */
export function officialSearch(ctx: SimContext, corpus: SearchCorpus, apiKeys: readonly string[]): SimResponse {
  const header = ctx.headers['x-api-key'];
  const apiKey = Array.isArray(header) ? header[0] : header;
  if (!apiKey) return ctx.json(401, { statusCode: 401, message: 'Unauthorized: send your API key in the x-api-key header' });
  if (!apiKeys.includes(apiKey)) return ctx.json(403, { statusCode: 403, message: 'Forbidden: invalid API key' });

  const result = searchHits(corpus, ctx.query, true);
  if (typeof result === 'string') return ctx.json(400, { statusCode: 400, message: result });
  const context = { phrase: result.phrase, endpoint: ctx.endpoint, imageUrl: ctx.imageUrl };
  const hits = result.hits.map(({ record, score }) => ({
    _id: String(record.naId),
    _index: 'records',
    _score: result.sorted ? null : score,
    _source: { metadata: { ingestTime: '2024-01-01T00:00:00Z' }, record: renderRecord(record, context) },
    ...(result.sorted ? { sort: [record.naId] } : {}),
  }));
  const maxScore = result.sorted || hits.length === 0 ? null : Math.max(...result.hits.map(({ score }) => score));
  return ctx.json(200, {
    statusCode: 200,
    body: { took: TOOK_MS, timed_out: false, hits: { total: { value: result.total, relation: 'eq' }, max_score: maxScore, hits } },
  });
}
