import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { RUN_SUMMARY_JSON, silentReporter, writeFileAtomic, type Reporter } from '@hx4/core';
import { renderCard } from './card/index.js';
import { drawCharts } from './charts/index.js';
import { contactSheet, pickSheetSamples } from './contactSheet/index.js';
import { croissantMetadata, datasetLicenses, describeCsv } from './croissant/index.js';
import {
  fileExists,
  profileDataset,
  readDatasetSummary,
  readQueryHarvests,
  type DatasetSummary,
} from './dataset/index.js';
import { longTailTiers, sortedCounts } from './figures/index.js';

export interface ReportOptions {
  reporter?: Reporter;
}

export const REPORT_HTML = 'report.html';
export const CROISSANT_JSON = 'croissant.json';

/**
 * Reads a dataset folder (run-summary.json and the metadata CSVs, streamed) and writes its charts to
 * `outputs/`, the dataset card `report.html` and `croissant.json`. Returns the paths written.
 */
export async function writeReport(datasetDir: string, options: ReportOptions = {}): Promise<{ files: string[] }> {
  const reporter = options.reporter ?? silentReporter;
  const root = resolve(datasetDir);
  const dataset = await readDatasetSummary(root);
  const merged = dataset.kind === 'merged';
  reporter.log('info', `report: reading the CSVs of ${root}`);
  const profile = await profileDataset(root, { sampleImages: merged });
  const harvests = merged ? [] : await readQueryHarvests(root);
  const rights = merged ? null : profile.rights;
  const outputsDir = join(root, 'outputs');
  reporter.log('info', 'report: drawing charts');
  const charts = await drawCharts(dataset, profile, { outputsDir, reporter });
  let sheet = null;
  if (merged) {
    const sorted = sortedCounts(profile.labels);
    const rows = pickSheetSamples(sorted, longTailTiers(sorted), profile.samples);
    sheet = await contactSheet(root, rows, { outputsDir, reporter, samplesFrom: profile.samplesFrom });
  }
  const csvFiles = [];
  for (const name of await metadataCsvs(root)) csvFiles.push(await describeCsv(join(root, name)));
  const runDate = (await stat(join(root, RUN_SUMMARY_JSON))).mtime.toISOString().slice(0, 10);
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
    sourceCards: await sourceCards(root, dataset),
  });
  const croissant = croissantMetadata({
    datasetDir: root,
    dataset,
    profile,
    csvFiles,
    hasImages: await fileExists(join(root, 'images')),
    licenses: await datasetLicenses(root, dataset, rights),
    runDate,
  });
  await writeFileAtomic(join(root, REPORT_HTML), html);
  await writeFileAtomic(join(root, CROISSANT_JSON), `${JSON.stringify(croissant, null, 2)}\n`);
  const files = [
    ...[...charts.values()].flatMap((chart) => chart.files),
    ...(sheet ? [sheet.file] : []),
    join(root, REPORT_HTML),
    join(root, CROISSANT_JSON),
  ];
  reporter.log('info', `report: wrote ${REPORT_HTML}, ${CROISSANT_JSON} and ${files.length - 2} charts in outputs/`);
  return { files };
}

async function metadataCsvs(root: string): Promise<string[]> {
  return (await readdir(root)).filter((name) => /^metadata_.*\.csv$/.test(name)).sort();
}

async function sourceCards(root: string, dataset: DatasetSummary): Promise<Set<string>> {
  const cards = new Set<string>();
  if (dataset.kind !== 'merged') return cards;
  for (const { dataset: source } of dataset.summary.sources) {
    if (await fileExists(join(dirname(root), source, REPORT_HTML))) cards.add(source);
  }
  return cards;
}
