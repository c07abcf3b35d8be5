import type { TopLevelSpec } from 'vega-lite';
import {
  formatPercent,
  plural,
  HEAD_SHARE,
  imbalance,
  longTailTiers,
  sortedCounts,
  TAIL_SHARE,
  total,
  type Count,
} from '../figures/index.js';
import { COLORS } from './chartConfig.js';
import { LOG_SCALE_RATIO } from './labelDistributionChart.js';
import { placeholderChart } from './placeholderChart.js';

/**
 * Rank–frequency plot of all labels with the head, torso and tail shaded. Runs of equal counts are drawn
 * by their ends only, so ten thousand labels (most with a handful of images) stay a small SVG.
 */
export function longTailChart(labels: ReadonlyMap<string, number>): TopLevelSpec {
  const title = 'Long tail: head, torso and tail labels';
  const sorted = sortedCounts(labels);
  if (sorted.length === 0) return placeholderChart(title, 'No labelled images');
  const images = total(labels.values());
  const spans = longTailTiers(sorted).filter(({ labels: count }) => count > 0);
  const log = imbalance(sorted.map(({ count }) => count)).maxMinRatio > LOG_SCALE_RATIO;
  const x = {
    field: 'rank',
    type: 'quantitative' as const,
    title: 'label rank (most frequent first)',
    scale: { domain: [0.5, sorted.length + 0.5], nice: false, zero: false },
    axis: { format: ',d', tickMinStep: 1 },
  };
  return {
    title: {
      text: title,
      subtitle: [
        `${plural(sorted.length, 'label')}, ${plural(images, 'image')}; tiers by rank: head = top ` +
          `${HEAD_SHARE * 100}% of labels, tail = bottom ${TAIL_SHARE * 100}%, torso = the rest`,
        spans
          .map(
            ({ tier, labels: count, images: tierImages }) =>
              `${tier}: ${plural(count, 'label')}, ${formatPercent(tierImages, images)} of images`,
          )
          .join('; '),
      ],
    },
    width: 720,
    height: 280,
    layer: [
      {
        data: { values: spans.map(({ tier, first, last }) => ({ tier, rank: first - 0.5, end: last + 0.5 })) },
        mark: { type: 'rect', opacity: 0.15 },
        encoding: {
          x,
          x2: { field: 'end' },
          color: {
            field: 'tier',
            type: 'nominal',
            scale: { domain: ['head', 'torso', 'tail'], range: [COLORS.head, COLORS.torso, COLORS.tail] },
            legend: { title: null, symbolOpacity: 0.5 },
          },
        },
      },
      {
        data: { values: runEnds(sorted) },
        mark: { type: 'line', color: '#333', point: sorted.length <= 100 ? { color: '#333', size: 20 } : false },
        encoding: {
          x,
          y: {
            field: 'count',
            type: 'quantitative',
            title: log ? 'images (log scale)' : 'images',
            scale: log ? { type: 'log' } : { zero: true },
            axis: { format: ',d' },
          },
        },
      },
    ],
  };
}

/** The first and last rank of each run of equal counts: the same line, far fewer points. */
function runEnds(sorted: readonly Count[]): { rank: number; count: number }[] {
  const points: { rank: number; count: number }[] = [];
  sorted.forEach(({ count }, index) => {
    const previous = sorted[index - 1]?.count;
    const next = sorted[index + 1]?.count;
    if (count !== previous || count !== next) points.push({ rank: index + 1, count });
  });
  return points;
}
