import { formatPercent, sortedCounts } from '../figures/index.js';
import type { CardInput } from './CardInput.js';
import { link, paragraph, section, siblingCard, table, type Cell } from './html.js';

const NOTE =
  'Each image keeps the rights of its source record; check them on the record page (doc_url column) ' + 'before any use beyond research.';

/** Rights statements the archive gave with its records, or a pointer to the sources' cards. */
export function rightsSection(input: CardInput): string {
  if (input.dataset.kind === 'merged') {
    const links = input.dataset.summary.sources
      .map(({ dataset }) => dataset)
      .filter((dataset) => input.sourceCards.has(dataset))
      .sort()
      .map((dataset): Cell[] => [siblingCard(dataset)]);
    return section(
      'rights',
      'Rights',
      paragraph(`${NOTE} The cards of the source datasets summarise the rights statements of their archives.`) +
        (links.length > 0 ? table(['source dataset card'], links) : ''),
    );
  }
  const { rights } = input;
  if (!rights || rights.recordsWithRights === 0) {
    return section('rights', 'Rights', paragraph(`This archive's rows carry no rights statement. ${NOTE}`));
  }
  const rows = sortedCounts(rights.statements).map(({ key, count }): Cell[] => [
    /^https?:\/\//.test(key) ? link(key, key) : key,
    count,
    formatPercent(count, rights.recordsWithRights),
  ]);
  return section(
    'rights',
    'Rights',
    paragraph(`${rights.recordsWithRights} of ${rights.records} images carry a rights statement (the rights column). ${NOTE}`) +
      table(['rights statement', 'images', 'share'], rows),
  );
}
