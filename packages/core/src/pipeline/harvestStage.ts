import PQueue from 'p-queue';
import { createDetailFetcher } from '../hits/createDetailFetcher.js';
import { harvestQuery } from '../hits/harvestQuery.js';
import { SourceChooser } from '../hits/SourceChooser.js';
import { BudgetExhaustedError, RequestBudget } from '../hits/RequestBudget.js';
import { HttpError } from '../http/HttpError.js';
import { describeError } from '../report/describeError.js';
import { querySlug } from '../rows/index.js';
import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import { adapterOptionsOf, requestLimitOf, type CollectOptions } from './CollectOptions.js';
import type { RunSummary } from './RunSummary.js';

/**
 * Harvests every query into `hits/`. Queries run side by side up to the archive's concurrency (the
 * HTTP client's host queue keeps the request rate); one failing query is recorded, never fatal.
 * With a request budget, a spent budget leaves the remaining queries unfinished: cached ones are
 * still read, no further request is made, and a rerun with budget left resumes.
 */
export async function harvestStage(options: CollectOptions, layout: DatasetLayout): Promise<RunSummary['hits']> {
  const { adapter, reporter, vocabulary } = options;
  const adapterOptions = adapterOptionsOf(options);
  const budget = await openBudget(options, layout);
  const details = adapter.expandRecord ? createDetailFetcher(options.http, layout.detailPages) : undefined;
  const declared = adapter.sources?.(adapterOptions);
  const sources = declared ? new SourceChooser(declared, (level, line) => reporter.log(level, `${adapter.id}: ${line}`)) : undefined;
  const servedBy = new Map<string, string>();
  const summary: RunSummary['hits'] = { queries: vocabulary.queries.length, cachedQueries: 0, pages: 0, records: 0, failedQueries: [] };
  const queue = new PQueue({ concurrency: Math.max(1, adapter.politeness.concurrency) });
  let done = 0;
  let unfinishedByBudget = 0;
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
          details,
          budget,
          sources,
          onNote: (note) => reporter.log('warn', `query "${query}": ${note}`),
        });
        summary.pages += result.pages;
        summary.records += result.records;
        if (result.cached) summary.cachedQueries++;
        if (result.source !== undefined) servedBy.set(query, result.source);
        reporter.log(
          'debug',
          `query "${query}": ${result.records} records in ${result.pages} pages${result.cached ? ' (cached)' : ''}${result.source === undefined ? '' : ` from ${result.source}`}`,
        );
      } catch (error) {
        if (error instanceof BudgetExhaustedError) {
          if (unfinishedByBudget++ === 0) reporter.log('warn', error.message);
        } else {
          const reason = describeError(error) + keyHint(error, options);
          summary.failedQueries.push({ query, reason });
          reporter.log('warn', `query "${query}" failed: ${reason} (a rerun resumes it)`);
        }
      } finally {
        reporter.progress('harvest', ++done, vocabulary.queries.length);
      }
    });
  }
  await queue.onIdle();
  summary.failedQueries.sort((a, b) => vocabulary.queries.indexOf(a.query) - vocabulary.queries.indexOf(b.query));
  if (sources)
    summary.sources = Object.fromEntries(
      vocabulary.queries.flatMap((query) => (servedBy.has(query) ? [[query, servedBy.get(query)!]] : [])),
    );
  if (budget) {
    summary.budget = { used: budget.used, limit: budget.limit, exhausted: unfinishedByBudget > 0, unfinishedQueries: unfinishedByBudget };
    if (unfinishedByBudget > 0) reporter.log('warn', `${unfinishedByBudget} queries left unfinished by the request budget`);
    reporter.log('info', `${budget.used} of ${budget.limit} requests used this month (counted in ${budget.file})`);
  }
  return summary;
}

async function openBudget(options: CollectOptions, layout: DatasetLayout): Promise<RequestBudget | undefined> {
  const limit = requestLimitOf(options);
  if (limit === undefined) return undefined;
  return RequestBudget.open({ stateDir: layout.state, apiKey: options.apiKey, limit });
}

/** An archive refusing the request outright is almost always a missing or wrong key. */
function keyHint(error: unknown, { adapter, apiKey }: CollectOptions): string {
  if (!(error instanceof HttpError) || (error.status !== 401 && error.status !== 403) || !adapter.apiKey) return '';
  const source = `${adapter.apiKey.env} or --api-key`;
  return apiKey ? `; the archive refused the API key: check ${source}` : `; the archive wants an API key: set ${source}`;
}
