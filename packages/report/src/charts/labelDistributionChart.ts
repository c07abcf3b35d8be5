import type { TopLevelSpec } from 'vega-lite';
import { formatDecimal, imbalance, plural, sortedCounts, total } from '../figures/index.js';
import { COLORS } from './chartConfig.js';
import { placeholderChart } from './placeholderChart.js';
import { topWithRest } from './topWithRest.js';

const LABEL_CHART_LIMIT = 50;
/** Above this max/min ratio the small labels vanish on a linear axis. */
export const LOG_SCALE_RATIO = 50;

/** Images per label, most frequent first, imbalance figures in the caption. */
export function labelDistributionChart(labels: ReadonlyMap<string, number>): TopLevelSpec {
  const title = 'Label distribution (single label)';
  const sorted = sortedCounts(labels);
  const fewest = sorted.at(-1);
  if (fewest === undefined) return placeholderChart(title, 'No labelled images');
  const figures = imbalance(sorted.map(({ count }) => count));
  const log = figures.maxMinRatio > LOG_SCALE_RATIO;
  const { shown, note } = topWithRest(sorted, LABEL_CHART_LIMIT);
  const subtitle = [
    `${plural(total(labels.values()), 'image')}, ${plural(sorted.length, 'label')}`,
    `imbalance: max/min ${formatDecimal(figures.maxMinRatio)}, median ${formatDecimal(figures.median)} ` +
      `images per label, Gini ${figures.gini.toFixed(3)}`,
    ...(note ? [note] : []),
  ];
  const scale = log ? logScale(fewest.count) : null;
  return {
    title: { text: title, subtitle },
    width: 560,
    height: { step: 16 },
    data: { values: shown.map(({ key, count }) => ({ label: key, count })) },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, axis: { title: null } },
      x: {
        field: 'count',
        type: 'quantitative',
        title: log ? 'images (log scale)' : 'images',
        scale: scale ?? {},
      },
    },
    layer: [
      {
        mark: { type: 'bar', color: COLORS.bar },
        // Vega-Lite has no zero to start a bar from on a log axis: start it at the axis' lower end.
        encoding: scale ? { x2: { datum: scale.domainMin } } : {},
      },
      {
        mark: { type: 'text', align: 'left', dx: 3, color: '#333' },
        encoding: { text: { field: 'count', type: 'quantitative', format: ',d' } },
      },
    ],
  };
}

/** Bars on a log axis start at the power of ten below the smallest count, so the smallest bar still shows. */
export function logScale(min: number) {
  return { type: 'log', domainMin: 10 ** Math.floor(Math.log10(Math.max(min, 1) / 2)) } as const;
}
