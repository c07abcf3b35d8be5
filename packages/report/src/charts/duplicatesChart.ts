import type { TopLevelSpec } from 'vega-lite';
import type { MergedRunSummary } from '@hx4/core';
import { formatCount } from '../figures/index.js';
import { COLORS } from './chartConfig.js';

const KINDS = [
  { kind: 'url', label: 'same image URL' },
  { kind: 'bytes', label: 'same file bytes' },
  { kind: 'perceptual', label: 'perceptually equal' },
] as const;

/** Rows the merge left out as duplicates of a kept row, per way of finding them. */
export function duplicatesChart(duplicates: MergedRunSummary['duplicates']): TopLevelSpec {
  const values = KINDS.map(({ kind, label }) => ({ kind: label, count: duplicates[kind] }));
  const sum = values.reduce((a, { count }) => a + count, 0);
  return {
    title: {
      text: 'Duplicates found while merging',
      subtitle: sum === 0 ? 'no duplicates found' : `${formatCount(sum)} rows left out as duplicates of a kept row`,
    },
    width: 420,
    height: { step: 28 },
    data: { values },
    encoding: {
      y: { field: 'kind', type: 'nominal', sort: null, title: null },
      x: {
        field: 'count',
        type: 'quantitative',
        title: 'rows left out',
        axis: { format: ',d', tickMinStep: 1 },
        // All zero: a 0..1 axis rather than a degenerate one.
        scale: sum === 0 ? { domain: [0, 1] } : {},
      },
    },
    layer: [
      { mark: { type: 'bar', color: COLORS.bar } },
      { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: 'count', type: 'quantitative', format: ',d' } } },
    ],
  };
}
