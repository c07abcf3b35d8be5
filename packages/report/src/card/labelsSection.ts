import { formatPercent, longTailTiers, sortedCounts, tierOfRank, total } from '../figures/index.js';
import type { CardInput } from './CardInput.js';
import { chartFigure } from './chartFigure.js';
import { paragraph, section, table, type Cell } from './html.js';

/** Label charts and the full label table (the charts show the top labels only). */
export function labelsSection(input: CardInput): string {
  const { profile, charts } = input;
  const merged = input.dataset.kind === 'merged';
  const sorted = sortedCounts(profile.labels);
  const spans = longTailTiers(sorted);
  const images = total(profile.labels.values());
  const rows = sorted.map(({ key, count }, index): Cell[] => {
    const train = profile.train.labels.get(key) ?? 0;
    const val = profile.val.labels.get(key) ?? 0;
    return [
      key,
      count,
      formatPercent(count, images),
      train,
      val,
      train + val === 0 ? 'left out' : formatPercent(val, train + val),
      ...(merged ? [tierOfRank(spans, index + 1)] : []),
    ];
  });
  const header = ['label', 'images', 'share', 'train', 'val', 'val share', ...(merged ? ['tier'] : [])];
  const parts = [
    chartFigure(charts.get('label_distribution')),
    chartFigure(charts.get('train_val_labels')),
    `<h3>All labels</h3>`,
    paragraph(
      `From ${profile.table}; train and val from ${profile.train.file ?? 'no train file'} and ` +
        `${profile.val.file ?? 'no val file'}. "left out": too few images of the label to split.`,
    ),
    sorted.length === 0 ? paragraph('No labelled images.') : table(header, rows, `all ${sorted.length} labels`),
  ];
  if (profile.multi.file) parts.push(multiLabelPart(input));
  return section('labels', 'Labels', parts.join('\n'));
}

function multiLabelPart({ profile }: CardInput): string {
  const perImage = [...profile.multi.labelsPerImage]
    .sort(([a], [b]) => a - b)
    .map(([labels, images]): Cell[] => [labels, images, formatPercent(images, profile.multi.rows)]);
  const canonical = sortedCounts(profile.multi.canonicalLabels).map(({ key, count }): Cell[] => [
    key,
    count,
    formatPercent(count, profile.multi.rows),
  ]);
  return (
    `<h3>Multi label (${profile.multi.file})</h3>` +
    table(['canonical labels per image', 'images', 'share'], perImage) +
    table(['canonical label', 'images carrying it', 'share of images'], canonical, `all ${canonical.length} canonical labels`)
  );
}
