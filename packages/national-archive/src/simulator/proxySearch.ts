import type { SimContext, SimResponse } from '@hx4/testkit';
import { renderAbbreviatedHit } from './renderRecord.js';
import type { SearchCorpus } from './SearchCorpus.js';
import { searchHits } from './searchHits.js';

const WEB_APP_SHELL =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>National Archives Catalog</title></head>' +
  '<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>';

/**
 * `GET /proxy/records/search`, the catalog web app's keyless backend: abbreviated hits, page paging
 * only. Like the real one, it answers a client that does not ask for JSON with the web app's HTML
 * and status 200.
 */
export function proxySearch(ctx: SimContext, corpus: SearchCorpus): SimResponse {
  if (!(ctx.headers.accept ?? '').includes('application/json')) return ctx.text(200, WEB_APP_SHELL, 'text/html; charset=utf-8');
  const result = searchHits(corpus, ctx.query, false);
  if (typeof result === 'string') return ctx.json(400, { statusCode: 400, message: result });
  const context = { phrase: result.phrase, endpoint: ctx.endpoint, imageUrl: ctx.imageUrl };
  const hits = result.hits.map(({ record, score }) => renderAbbreviatedHit(record, score, context));
  const maxScore = hits.length === 0 ? null : Math.max(...result.hits.map(({ score }) => score));
  return ctx.json(200, { body: { hits: { total: { value: result.total, relation: 'eq' }, max_score: maxScore, hits } } });
}
