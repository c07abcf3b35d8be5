import { formatPercent, total } from '../figures/index.js';
import type { CardInput } from './CardInput.js';
import { paragraph, section, settingText, siblingCard, table, type Cell } from './html.js';

/** How the dataset was made: the settings and the query vocabulary, or the merged sources. */
export function collectionSection(input: CardInput): string {
  const { dataset } = input;
  const settings = Object.entries(dataset.summary.settings).sort(([a], [b]) => (a < b ? -1 : 1));
  const settingsTable =
    settings.length === 0
      ? paragraph('No settings recorded.')
      : table(
          ['setting', 'value'],
          settings.map(([key, value]) => [key, settingText(value)]),
        );
  if (dataset.kind === 'archive') {
    return section('collection', 'Collection', `<h3>Settings</h3>${settingsTable}<h3>Query vocabulary</h3>${vocabularyTable(input)}`);
  }
  const { summary } = dataset;
  const kept = input.profile.datasets;
  const keptTotal = total(kept.values());
  const sources = [...summary.sources]
    .sort((a, b) => (a.dataset < b.dataset ? -1 : 1))
    .map(({ archive, dataset: name, rows }): Cell[] => [
      input.sourceCards.has(name) ? siblingCard(name) : name,
      archive,
      rows,
      kept.get(name) ?? 0,
      formatPercent(kept.get(name) ?? 0, keptTotal),
    ]);
  const skipped =
    summary.skipped.length === 0
      ? paragraph('No source dataset was skipped.')
      : table(
          ['skipped dataset', 'reason'],
          summary.skipped.map(({ dataset: name, reason }) => [name, reason]),
        );
  return section(
    'collection',
    'Collection',
    `<h3>Sources</h3>${table(['dataset', 'archive', 'rows brought', 'rows kept', 'share'], sources)}` +
      `${skipped}<h3>Settings</h3>${settingsTable}`,
  );
}

function vocabularyTable(input: CardInput): string {
  const queries = new Map(input.harvests.map((harvest) => [harvest.query, harvest]));
  const names = [...new Set([...queries.keys(), ...input.profile.multi.queries.keys()])].sort();
  if (names.length === 0) return paragraph('No query was harvested.');
  const rows = names.map((query): Cell[] => {
    const harvest = queries.get(query);
    return [
      query,
      harvest?.records ?? null,
      harvest?.total ?? null,
      harvest ? (harvest.complete ? 'yes' : 'no') : null,
      input.profile.multi.queries.get(query) ?? 0,
    ];
  });
  return (
    paragraph(
      `${names.length} queries. "records" are what the archive returned (from hits/); "images" are the final ` +
        'images the query found (an image found by several queries counts for each).',
    ) + table(['query', 'records', 'archive total', 'complete', 'images'], rows, `all ${names.length} queries`)
  );
}
