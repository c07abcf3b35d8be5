import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { hx4Version, silentReporter, writeFileAtomic, type Reporter } from '@hx4/core';
import type { ExportOptions } from './ExportOptions.js';
import { EXPORT_SUMMARY_JSON, type ExportedPart, type ExportSummary } from './ExportSummary.js';
import { formatWriters } from './formats/index.js';
import { planExport, type ExportPlan, type PlannedPart } from './planExport.js';
import { readSamples } from './readSamples.js';
import { replaceFolder, stagingFolderFor } from './replaceFolder.js';
import { SkipTally } from './SkipTally.js';

/**
 * Exports a dataset folder for a trainer: WebDataset shards, a Hugging Face imagefolder or open_clip CSVs.
 * The rows stream from the dataset's multi-label train/val CSVs; a row whose image is missing or damaged, or
 * whose caption is empty, is left out with its reason (logged, and counted in `export-summary.json`).
 * Everything is written into a staging folder that replaces the output folder only when complete, so a
 * killed export leaves the previous one (or none), never a partial one. Bad input throws `ExportInputError`
 * before anything is written.
 */
export async function exportDataset(options: ExportOptions): Promise<ExportSummary> {
  const plan = await planExport(options);
  const reporter = options.reporter ?? silentReporter;
  const staging = await stagingFolderFor(plan.outDir);
  try {
    const skips = new SkipTally();
    const parts: ExportedPart[] = [];
    for (const part of plan.parts) parts.push(await exportPart(plan, part, staging, skips, reporter));
    const summary: ExportSummary = {
      version: 1,
      hx4: hx4Version,
      format: plan.format,
      dataset: plan.datasetName,
      datasetDir: plan.datasetRoot,
      split: plan.split,
      caption: plan.caption,
      captionColumn: plan.captionColumn,
      shardSize: plan.shardSize,
      parts,
      skipped: skips.summary(),
    };
    await writeFileAtomic(join(staging, EXPORT_SUMMARY_JSON), `${JSON.stringify(summary, null, 2)}\n`);
    await replaceFolder(staging, plan.outDir);
    const samples = parts.reduce((sum, part) => sum + part.samples, 0);
    reporter.log(
      'info',
      `export: ${String(samples)} samples as ${plan.format} in ${plan.outDir}; ${String(summary.skipped.total)} rows left out`,
    );
    return summary;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

const PROGRESS_EVERY = 100;

async function exportPart(
  plan: ExportPlan,
  part: PlannedPart,
  staging: string,
  skips: SkipTally,
  reporter: Reporter,
): Promise<ExportedPart> {
  const stage = `export ${part.split}`;
  let rows = 0;
  let skipped = 0;
  const samples = readSamples({
    csv: part.csv,
    datasetRoot: plan.datasetRoot,
    captionColumn: plan.captionColumn,
    onSkip(skip) {
      skipped++;
      skips.add(part.split, skip);
      reporter.log('warn', `export: ${part.split} row ${skip.id} left out: ${skip.reason} (${skip.detail})`);
    },
    onRow(read) {
      rows = read;
      if (read % PROGRESS_EVERY === 0) reporter.progress(stage, read, Math.max(read, part.rows));
    },
  });
  const written = await formatWriters[plan.format](samples, { dir: staging, split: part.split, shardSize: plan.shardSize });
  reporter.progress(stage, rows, rows);
  if (written.images)
    reporter.log(
      'info',
      `export: ${part.split} images hard-linked ${String(written.images.linked)}, copied ${String(written.images.copied)}`,
    );
  return {
    split: part.split,
    source: basename(part.csv),
    rows,
    samples: rows - skipped,
    skipped,
    files: written.files,
    ...(written.shardPattern === undefined ? {} : { shardPattern: written.shardPattern }),
  };
}
