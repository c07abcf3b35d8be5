import type { RunSummary } from '@hx4/core';

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([reason, count]) => `${reason}: ${count}`)
    .join(', ') || 'none';

/** The few lines a person reads at the end of a run; run-summary.json has the rest. */
export function formatSummary(summary: RunSummary): string[] {
  const lines = [
    `${summary.dataset}: ${summary.hits.records} hits from ${summary.hits.queries} queries (${summary.hits.cachedQueries} from cache)`,
    `rows: ${summary.rows.accepted} accepted, ${summary.rows.images} distinct images; dropped: ${counts(summary.rows.dropped)}`,
    `dates from: ${counts(summary.rows.dateSources)}`,
  ];
  if (summary.images) {
    lines.push(
      `images: ${summary.images.ok} stored (${summary.images.downloaded} downloaded, ${summary.images.reused} already there); failed: ${counts(summary.images.failed)}`,
    );
  }
  if (summary.final) {
    const f = summary.final;
    lines.push(
      `final: ${f.multiLabel} rows, ${f.labels} labels; single-label split ${f.singleLabelTrain}/${f.singleLabelVal}, multi-label split ${f.multiLabelTrain}/${f.multiLabelVal}`,
    );
  }
  if (summary.stats) {
    const round = (values: number[]) => values.map((v) => v.toFixed(4)).join(', ');
    lines.push(`RGB mean [${round(summary.stats.mean)}], std [${round(summary.stats.std)}]`);
  }
  const budget = summary.hits.budget;
  if (budget) {
    lines.push(
      `API requests this month: ${budget.used} of ${budget.limit}` +
        (budget.exhausted ? `; budget reached, ${budget.unfinishedQueries} queries left for a later run` : ''),
    );
  }
  for (const failure of summary.hits.failedQueries) lines.push(`query "${failure.query}" not finished: ${failure.reason}`);
  if (!summary.complete) lines.push('incomplete: run the same command again to resume');
  return lines;
}
