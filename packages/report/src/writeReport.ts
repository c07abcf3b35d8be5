import { readdir, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { datasetLayout, layoutOf, silentReporter, withSmallHeap, writeFileAtomic, type DatasetLayout, type Reporter } from '@hx4/core';
import { findExports } from '@hx4/export';
import { renderCard } from './card/index.js';
import { drawCharts } from './charts/index.js';
import { contactSheet, pickSheetSamples } from './contactSheet/index.js';
import { croissantMetadata, datasetLicenses, describeCsv } from './croissant/index.js';
import { fileExists, profileDataset, readDatasetSummary, readQueryHarvests, type DatasetSummary } from './dataset/index.js';
import { longTailTiers, sortedCounts } from './figures/index.js';

export interface ReportOptions {
  reporter?: Reporter;
}

/**
 * Reads a dataset folder (run-summary.json and the metadata CSVs, streamed) and writes its charts to
 * `outputs/`, the dataset card `report.html` and `croissant.json`. Returns the paths written.
 */
export async function writeReport(datasetDir: string, options: ReportOptions = {}): Promise<{ files: string[] }> {
  const reporter = options.reporter ?? silentReporter;
  const layout = layoutOf(datasetDir);
  const { root } = layout;
  const dataset = await readDatasetSummary(root);
  const merged = dataset.kind === 'merged';
  reporter.log('info', `report: reading the CSVs of ${root}`);
  // Streaming every CSV row makes garbage faster than V8 collects it unasked (core's `withSmallHeap`).
  const profile = await withSmallHeap(() => profileDataset(root, { sampleImages: merged }));
  const harvests = merged ? [] : await readQueryHarvests(root);
  const rights = merged ? null : profile.rights;
  const outputsDir = layout.outputs;
  reporter.log('info', 'report: drawing charts');
  const charts = await drawCharts(dataset, profile, { outputsDir, reporter });
  let sheet = null;
  if (merged) {
    const sorted = sortedCounts(profile.labels);
    const rows = pickSheetSamples(sorted, longTailTiers(sorted), profile.samples);
    sheet = await contactSheet(root, rows, { outputsDir, reporter, samplesFrom: profile.samplesFrom });
  }
  const csvFiles = [];
  for (const name of await metadataCsvs(root)) csvFiles.push(await describeCsv(layout.file(name)));
  const runDate = (await stat(layout.runSummary)).mtime.toISOString().slice(0, 10);
  const html = renderCard({
    datasetDir: root,
    dataset,
    profile,
    harvests,
    rights,
    charts,
    contactSheet: sheet,
    csvFiles,
    runDate,
    sourceCards: await sourceCards(layout, dataset),
    exports: await findExports(root),
  });
  const croissant = croissantMetadata({
    datasetDir: root,
    dataset,
    profile,
    csvFiles,
    hasImages: await fileExists(layout.images),
    licenses: await datasetLicenses(root, dataset, rights),
    runDate,
  });
  await writeFileAtomic(layout.reportHtml, html);
  await writeFileAtomic(layout.croissant, `${JSON.stringify(croissant, null, 2)}\n`);
  const files = [
    ...[...charts.values()].flatMap((chart) => chart.files),
    ...(sheet ? [sheet.file] : []),
    layout.reportHtml,
    layout.croissant,
  ];
  reporter.log(
    'info',
    `report: wrote ${basename(layout.reportHtml)}, ${basename(layout.croissant)} and ${files.length - 2} charts in outputs/`,
  );
  return { files };
}

async function metadataCsvs(root: string): Promise<string[]> {
  return (await readdir(root)).filter((name) => /^metadata_.*\.csv$/.test(name)).sort();
}

async function sourceCards({ root }: DatasetLayout, dataset: DatasetSummary): Promise<Set<string>> {
  const cards = new Set<string>();
  if (dataset.kind !== 'merged') return cards;
  for (const { dataset: source } of dataset.summary.sources) {
    if (await fileExists(datasetLayout(dirname(root), source).reportHtml)) cards.add(source);
  }
  return cards;
}
