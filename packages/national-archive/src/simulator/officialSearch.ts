import type { SimContext, SimResponse } from '@hx4/testkit';
import { renderFullHit } from './renderRecord.js';
import type { SearchCorpus } from './SearchCorpus.js';
import { searchEnvelope } from './searchEnvelope.js';
import { searchHits } from './searchHits.js';

/** `GET /api/v2/records/search`, answered like the Catalog API v2: the key is checked first. */
export function officialSearch(ctx: SimContext, corpus: SearchCorpus, apiKeys: readonly string[]): SimResponse {
  const header = ctx.headers['x-api-key'];
  const apiKey = Array.isArray(header) ? header[0] : header;
  if (!apiKey) return ctx.json(401, { statusCode: 401, message: 'Unauthorized: send your API key in the x-api-key header' });
  if (!apiKeys.includes(apiKey)) return ctx.json(403, { statusCode: 403, message: 'Forbidden: invalid API key' });
  return fullSearch(ctx, corpus, true);
}

/**
 * A search answering whole records, as the official API and proxy v3 do; only the official API is
 * known to page with `searchAfter`.
 */
export function fullSearch(ctx: SimContext, corpus: SearchCorpus, allowSearchAfter: boolean): SimResponse {
  const result = searchHits(corpus, ctx.query, allowSearchAfter);
  if (typeof result === 'string') return ctx.json(400, { statusCode: 400, message: result });
  const context = { phrase: result.phrase, endpoint: ctx.endpoint, imageUrl: ctx.imageUrl };
  const hits = result.hits.map(({ record, score }) => renderFullHit(record, score, result.sorted, context));
  return ctx.json(200, searchEnvelope(result.total, hits));
}
