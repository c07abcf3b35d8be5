import PQueue from 'p-queue';
import { harvestQuery } from '../hits/harvestQuery.js';
import { describeError } from '../report/describeError.js';
import { querySlug } from '../rows/index.js';
import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import type { CollectOptions } from './CollectOptions.js';
import type { RunSummary } from './RunSummary.js';

/**
 * Harvests every query into `hits/`. Queries run side by side up to the archive's concurrency (the
 * HTTP client's host queue keeps the request rate); one failing query is recorded, never fatal.
 */
export async function harvestStage(options: CollectOptions, layout: DatasetLayout): Promise<RunSummary['hits']> {
  const { adapter, reporter, vocabulary } = options;
  const adapterOptions = { endpoint: options.endpoint, apiKey: options.apiKey, window: options.window };
  const summary: RunSummary['hits'] = { queries: vocabulary.queries.length, cachedQueries: 0, pages: 0, records: 0, failedQueries: [] };
  const queue = new PQueue({ concurrency: Math.max(1, adapter.politeness.concurrency) });
  let done = 0;
  reporter.progress('harvest', 0, vocabulary.queries.length);
  for (const query of vocabulary.queries) {
    void queue.add(async () => {
      try {
        const result = await harvestQuery(query, {
          adapter,
          adapterOptions,
          http: options.http,
          hitsDir: layout.hits,
          slug: querySlug(query),
        });
        summary.pages += result.pages;
        summary.records += result.records;
        if (result.cached) summary.cachedQueries++;
        reporter.log('debug', `query "${query}": ${result.records} records in ${result.pages} pages${result.cached ? ' (cached)' : ''}`);
      } catch (error) {
        const reason = describeError(error);
        summary.failedQueries.push({ query, reason });
        reporter.log('warn', `query "${query}" failed: ${reason} (a rerun resumes it)`);
      } finally {
        reporter.progress('harvest', ++done, vocabulary.queries.length);
      }
    });
  }
  await queue.onIdle();
  summary.failedQueries.sort((a, b) => vocabulary.queries.indexOf(a.query) - vocabulary.queries.indexOf(b.query));
  return summary;
}
