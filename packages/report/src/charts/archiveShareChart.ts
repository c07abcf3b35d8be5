import type { TopLevelSpec } from 'vega-lite';
import type { MergedSource } from '@hx4/core';
import { formatCount, formatPercent, sortedCounts, total } from '../figures/index.js';
import { COLORS } from './chartConfig.js';
import { placeholderChart } from './placeholderChart.js';

/**
 * Share of the merged dataset per source dataset: the rows it brought (grey) and the rows kept after
 * de-duplication (blue, from the merged CSV's `dataset` column), with the kept share as text.
 */
export function archiveShareChart(kept: ReadonlyMap<string, number>, sources: readonly MergedSource[]): TopLevelSpec {
  const title = 'Share per source dataset';
  const brought = new Map(sources.map(({ dataset, rows }) => [dataset, rows]));
  const all = new Map(kept);
  for (const dataset of brought.keys()) if (!all.has(dataset)) all.set(dataset, 0);
  const sorted = sortedCounts(all);
  if (sorted.length === 0) return placeholderChart(title, 'No source datasets');
  const keptTotal = total(kept.values());
  const values = sorted.map(({ key, count }) => ({
    dataset: key,
    kept: count,
    brought: brought.get(key) ?? count,
    text: `${formatCount(count)} (${formatPercent(count, keptTotal)})`,
  }));
  const y = { field: 'dataset', type: 'nominal', sort: null, title: null } as const;
  return {
    title: {
      text: title,
      subtitle: [
        `${sorted.length} source datasets, ${formatCount(keptTotal)} images after de-duplication`,
        'grey: rows the source brought; blue: rows kept; text: kept rows and their share of the merged dataset',
      ],
    },
    width: 520,
    height: { step: 28 },
    data: { values },
    encoding: { y },
    layer: [
      { mark: { type: 'bar', color: COLORS.muted }, encoding: { x: { field: 'brought', type: 'quantitative', title: 'images' } } },
      { mark: { type: 'bar', color: COLORS.bar, height: 14 }, encoding: { x: { field: 'kept', type: 'quantitative' } } },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: '#333' },
        encoding: { x: { field: 'brought', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  };
}
