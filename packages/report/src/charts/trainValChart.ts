import type { TopLevelSpec } from 'vega-lite';
import { formatCount, formatPercent, imbalance, sortedCounts } from '../figures/index.js';
import { COLORS } from './chartConfig.js';
import { LOG_SCALE_RATIO, logScale } from './labelDistributionChart.js';
import { placeholderChart } from './placeholderChart.js';
import { topWithRest } from './topWithRest.js';

const TRAIN_VAL_CHART_LIMIT = 40;
const ROW_HEIGHT = 22;

export interface SplitCounts {
  train: ReadonlyMap<string, number>;
  val: ReadonlyMap<string, number>;
  /** The requested validation fraction, drawn as a reference line. */
  valFraction?: number;
}

/**
 * Train and validation images per label on one shared label axis (the reference drew each split in its
 * own order, so bars of different labels stood side by side), and the validation share of each label.
 */
export function trainValChart({ train, val, valFraction }: SplitCounts): TopLevelSpec {
  const title = 'Train vs validation per label (single label)';
  const both = new Map<string, number>();
  for (const counts of [train, val]) for (const [label, count] of counts) both.set(label, (both.get(label) ?? 0) + count);
  const sorted = sortedCounts(both);
  if (sorted.length === 0) return placeholderChart(title, 'Both splits are empty: too few images per label to split');
  const { shown, note } = topWithRest(sorted, TRAIN_VAL_CHART_LIMIT);
  const order = shown.map(({ key }) => key);
  const trainRows = [...train.values()].reduce((a, b) => a + b, 0);
  const valRows = [...val.values()].reduce((a, b) => a + b, 0);
  // A split without images of a label has no bar (a log axis has no zero).
  const counts = shown
    .flatMap(({ key }) => [
      { label: key, split: 'train', count: train.get(key) ?? 0 },
      { label: key, split: 'val', count: val.get(key) ?? 0 },
    ])
    .filter(({ count }) => count > 0);
  const positive = counts.map(({ count }) => count);
  const scale = imbalance(positive).maxMinRatio > LOG_SCALE_RATIO ? logScale(Math.min(...positive)) : null;
  const height = ROW_HEIGHT * shown.length;
  const shares = shown.map(({ key, count }) => ({ label: key, valShare: (val.get(key) ?? 0) / count }));
  const y = { field: 'label', type: 'nominal', sort: order, scale: { domain: order }, title: null } as const;
  const subtitle = [
    `train ${formatCount(trainRows)} images, val ${formatCount(valRows)} images ` +
      `(val ${formatPercent(valRows, trainRows + valRows)} overall` +
      `${valFraction === undefined ? '' : `, ${formatPercent(valFraction, 1)} requested`})`,
    ...(note ? [note] : []),
  ];
  return {
    title: { text: title, subtitle },
    hconcat: [
      {
        width: 420,
        height,
        data: { values: counts },
        mark: { type: 'bar' },
        encoding: {
          ...(scale ? { x2: { datum: scale.domainMin } } : {}),
          y,
          yOffset: { field: 'split', type: 'nominal', sort: ['train', 'val'] },
          x: {
            field: 'count',
            type: 'quantitative',
            title: scale ? 'images (log scale)' : 'images',
            scale: scale ?? {},
          },
          color: {
            field: 'split',
            type: 'nominal',
            scale: { domain: ['train', 'val'], range: [COLORS.train, COLORS.val] },
            title: null,
          },
        },
      },
      {
        width: 160,
        height,
        data: { values: shares },
        layer: [
          {
            mark: { type: 'bar', color: COLORS.val, opacity: 0.7 },
            encoding: {
              y: { ...y, axis: { labels: false, ticks: false, title: null } },
              x: { field: 'valShare', type: 'quantitative', title: 'val share', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
            },
          },
          ...(valFraction === undefined
            ? []
            : [{ mark: { type: 'rule' as const, strokeDash: [4, 3], color: '#333' }, encoding: { x: { datum: valFraction } } }]),
        ],
      },
    ],
  };
}
