import type { Reporter } from '@hx4/core';
import type { TopLevelSpec } from 'vega-lite';
import type { DatasetProfile, DatasetSummary } from '../dataset/index.js';
import { archiveShareChart } from './archiveShareChart.js';
import { duplicatesChart } from './duplicatesChart.js';
import { labelDistributionChart } from './labelDistributionChart.js';
import { longTailChart } from './longTailChart.js';
import { renderChart, type RenderedChart } from './renderChart.js';
import { trainValChart } from './trainValChart.js';
import { yearDistributionChart } from './yearDistributionChart.js';

/** Every chart of the dataset, written to `outputs/` and returned by name. */
export async function drawCharts(
  dataset: DatasetSummary,
  profile: DatasetProfile,
  target: { outputsDir: string; reporter: Reporter },
): Promise<Map<string, RenderedChart>> {
  const valFraction = dataset.summary.settings.valFraction;
  const charts: [string, string, TopLevelSpec][] = [
    ['label_distribution', 'Label distribution', labelDistributionChart(profile.labels)],
    [
      'train_val_labels',
      'Train vs validation per label',
      trainValChart({
        train: profile.train.labels,
        val: profile.val.labels,
        ...(typeof valFraction === 'number' ? { valFraction } : {}),
      }),
    ],
    ['year_distribution', 'Year distribution', yearDistributionChart(profile.years, profile.undated)],
  ];
  if (dataset.kind === 'merged') {
    charts.push(
      ['archive_share', 'Share per source dataset', archiveShareChart(profile.datasets, dataset.summary.sources)],
      ['long_tail', 'Long tail: head, torso and tail labels', longTailChart(profile.labels)],
      ['duplicates', 'Duplicates found while merging', duplicatesChart(dataset.summary.duplicates)],
    );
  }
  const rendered = new Map<string, RenderedChart>();
  for (const [name, title, spec] of charts) {
    rendered.set(name, await renderChart(spec, { ...target, name, title }));
  }
  return rendered;
}
