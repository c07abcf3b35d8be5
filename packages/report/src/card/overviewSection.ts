import { describeThumbnailSize } from '@hx4/core';
import { escapeXml, formatCount, plural, total } from '../figures/index.js';
import type { CardInput } from './CardInput.js';
import { keyValues, settingText, type Cell } from './html.js';

/** Title, one-line description and the key facts of the dataset. */
export function overviewSection(input: CardInput): string {
  const { dataset, profile } = input;
  const years = [...profile.years.keys()].sort((a, b) => a - b);
  const yearRange = years.length === 0 ? 'no dated images' : years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
  const facts: [string, Cell][] = [
    ['images', profile.rows],
    ['labels (single label)', profile.labels.size],
    ['train / val images', `${formatCount(profile.train.rows)} / ${formatCount(profile.val.rows)}`],
    ['years covered', `${yearRange} (${plural(profile.undated, 'undated image')})`],
    ['thumbnail size', describeThumbnailSize(dataset.summary.settings.thumbnailSize)],
    ['run date', input.runDate],
  ];
  let lead: string;
  let warning = '';
  if (dataset.kind === 'archive') {
    const { summary } = dataset;
    lead =
      `Historical photographs harvested from the ${summary.archive} archive by HX4 ${summary.hx4}, ready for ` +
      `CLIP-style vision–language training: ${plural(profile.rows, 'image')} with single and multi labels.`;
    facts.unshift(['archive', summary.archive]);
    facts.push(['date window', settingText(summary.settings.window)]);
    facts.push(['run time', `${formatCount(total(Object.values(summary.timingsMs)) / 1000)} s`]);
    if (!summary.complete) {
      warning =
        '<p class="warning">This run is incomplete: some queries could not be harvested (failed, or the request ' +
        'budget ran out). Rerun <code>hx4 collect</code> to resume.</p>';
    }
  } else {
    const { summary } = dataset;
    const archives = [...new Set(summary.sources.map(({ archive }) => archive))].sort();
    lead =
      `Merged from ${plural(summary.sources.length, 'source dataset')} (${archives.join(', ')}) by HX4` +
      ` ${summary.hx4}, duplicates removed: ${plural(profile.rows, 'image')} for ` +
      'CLIP-style vision–language training.';
    facts.unshift(['archives', archives.join(', ')]);
  }
  return (
    `<header><h1>${escapeXml(input.dataset.name)}</h1><p class="lead">${escapeXml(lead)}</p>${warning}` +
    `${keyValues(facts)}${nav(dataset.kind === 'merged')}</header>`
  );
}

function nav(merged: boolean): string {
  const links = [
    ['collection', 'Collection'],
    ['stages', 'Counts per stage'],
    ['labels', 'Labels'],
    ['years', 'Years'],
    ...(merged ? [['merge', 'Merge']] : []),
    ['rights', 'Rights'],
    ['loading', 'How to load'],
    ['files', 'Files'],
  ];
  return `<nav>${links.map(([id, name]) => `<a href="#${id}">${name}</a>`).join('')}</nav>`;
}
