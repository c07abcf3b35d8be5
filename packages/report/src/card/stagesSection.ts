import type { MergedRunSummary, RecordedRunSummary } from '@hx4/core';
import { escapeXml, formatCount, total } from '../figures/index.js';
import type { CardInput } from './CardInput.js';
import { link, paragraph, raw, section, table, type Cell, type Raw } from './html.js';

/** How many records and images each stage kept, and why the others were dropped or failed. */
export function stagesSection(input: CardInput): string {
  const { dataset, profile } = input;
  const body =
    dataset.kind === 'archive'
      ? archiveStages(dataset.summary) + archiveFailures(dataset.summary)
      : mergedStages(dataset.summary, profile.rows);
  return section('stages', 'Counts per stage', body);
}

function archiveStages(summary: RecordedRunSummary): string {
  const { hits, rows, images, final } = summary;
  const stages: [string, string, Cell][] = [
    ['harvest', 'queries', hits.queries],
    ['harvest', 'queries answered from the cache', hits.cachedQueries],
    ['harvest', 'pages', hits.pages],
    ['harvest', 'records', hits.records],
    ['rows', 'records accepted', rows.accepted],
    ['rows', 'records dropped', total(Object.values(rows.dropped))],
    ['rows', 'distinct images', rows.images],
  ];
  if (images) {
    stages.push(
      ['images', 'stored', images.ok],
      ['images', 'downloaded this run', images.downloaded],
      ['images', 'reused from earlier runs', images.reused],
      ['images', 'failed', total(Object.values(images.failed))],
      ['images', 'earlier failures retried / recovered', counts(images.retried.attempted, images.retried.recovered)],
    );
  } else {
    stages.push(['images', 'not downloaded (metadata-only run)', null]);
  }
  if (final) {
    stages.push(
      ['final', 'images in the final CSVs', final.singleLabel],
      ['final', 'labels', final.labels],
      ['split (single label)', 'train / val / left out', counts(final.singleLabelTrain, final.singleLabelVal, final.singleLabelLeftOut)],
      ['split (multi label)', 'train / val / left out', counts(final.multiLabelTrain, final.multiLabelVal, final.multiLabelLeftOut)],
    );
  }
  if (hits.budget) {
    stages.push(['harvest', 'API requests used this month / limit', counts(hits.budget.used, hits.budget.limit)]);
  }
  return table(['stage', 'count', 'value'], stages);
}

function archiveFailures(summary: RecordedRunSummary): string {
  const reasons = (counts: Record<string, number>) => Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const parts = ['<h3>Failures by reason</h3>'];
  parts.push(
    summary.hits.failedQueries.length === 0
      ? paragraph('Every query was harvested.')
      : table(
          ['failed query', 'reason'],
          summary.hits.failedQueries.map(({ query, reason }) => [query, reason]),
        ),
  );
  const { dropExamples } = summary.rows;
  const dropped = reasons(summary.rows.dropped).map(([reason, count]): Cell[] => [
    reason,
    count,
    examples((dropExamples[reason] ?? []).map(({ id, url }) => (url ? link(url, id ?? url) : id))),
  ]);
  parts.push(
    dropped.length === 0
      ? paragraph('No record was dropped.')
      : table(['records dropped because', 'records', 'for example (at the archive)'], dropped),
  );
  const failedExamples = summary.images?.failedExamples ?? {};
  const failed = reasons(summary.images?.failed ?? {}).map(([reason, count]): Cell[] => [
    reason,
    count,
    examples((failedExamples[reason] ?? []).map(({ id, url }) => link(url, id))),
  ]);
  parts.push(
    failed.length === 0 ? paragraph('No image failed.') : table(['images failed because', 'images', 'for example (image URL)'], failed),
  );
  const formats = reasons(summary.images?.formats ?? {});
  if (formats.length > 0) {
    parts.push('<h3>What the image URLs sent</h3>', table(['format (by the bytes)', 'images'], formats));
  }
  const dated = reasons(summary.rows.dateSources);
  if (dated.length > 0) parts.push('<h3>Where the dates came from</h3>', table(['date read from', 'records'], dated));
  return parts.join('\n');
}

/** A few records or images in one cell, each a link where it has one. */
function examples(items: (Raw | string | null)[]): Cell {
  const shown = items.flatMap((item) => (item === null ? [] : [typeof item === 'string' ? escapeXml(item) : item.html]));
  return shown.length === 0 ? null : raw(shown.join(', '));
}

function mergedStages(summary: MergedRunSummary, rows: number): string {
  const brought = total(summary.sources.map((source) => source.rows));
  const stages: [string, Cell][] = [
    ['source datasets merged', summary.sources.length],
    ['source datasets skipped', summary.skipped.length],
    ['rows brought by the sources', brought],
    ['duplicates: same image URL', summary.duplicates.url],
    ['duplicates: same file bytes', summary.duplicates.bytes],
    ['duplicates: perceptually equal', summary.duplicates.perceptual],
    ['images in the merged single-label CSV', rows],
    ['single-label train / val', counts(summary.final.singleLabelTrain, summary.final.singleLabelVal)],
    ['multi-label train / val', counts(summary.final.multiLabelTrain, summary.final.multiLabelVal)],
  ];
  return table(['stage', 'count'], stages);
}

const counts = (...values: number[]) => values.map(formatCount).join(' / ');
