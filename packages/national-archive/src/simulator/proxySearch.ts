import type { SimContext, SimResponse } from '@hx4/testkit';
import { renderAbbreviatedHit } from './renderRecord.js';
import type { SearchCorpus } from './SearchCorpus.js';
import { searchEnvelope } from './searchEnvelope.js';
import { searchHits } from './searchHits.js';
import { webAppPage } from './webAppPage.js';

/**
 * `GET /proxy/records/search`, the catalog web app's older keyless backend: abbreviated hits, page
 * paging only. Like the real one, it answers a client that does not ask for JSON with the web app's
 * HTML and status 200.
 */
export function proxySearch(ctx: SimContext, corpus: SearchCorpus): SimResponse {
  if (!(ctx.headers.accept ?? '').includes('application/json')) return webAppPage(ctx);
  const result = searchHits(corpus, ctx.query, false);
  if (typeof result === 'string') return ctx.json(400, { statusCode: 400, message: result });
  const context = { phrase: result.phrase, endpoint: ctx.endpoint, imageUrl: ctx.imageUrl };
  const hits = result.hits.map(({ record, score }) => renderAbbreviatedHit(record, score, context));
  const maxScore = result.hits.length === 0 ? null : Math.max(...result.hits.map(({ score }) => score));
  return ctx.json(200, searchEnvelope(result.total, hits, maxScore));
}
