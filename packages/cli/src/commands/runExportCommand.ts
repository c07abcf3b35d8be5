import { relative, resolve, sep } from 'node:path';
import { layoutOf } from '@hx4/core';
import {
  ExportInputError,
  exportDataset,
  loadingSnippet,
  parseCaptionSource,
  parseExportFormat,
  parseExportSplit,
  planExport,
  type ExportOptions,
  type ExportSummary,
} from '@hx4/export';
import { checkWritableDirectory } from '../options/checkWritableDirectory.js';
import { parsePositiveInteger } from '../options/parseNumbers.js';
import { UsageError } from '../options/UsageError.js';
import { createCliReporter } from '../reporter/createCliReporter.js';
import { isInteractive } from '../reporter/isInteractive.js';
import { reportOrWarn } from './reportOrWarn.js';

/** `hx4 export <dataset-dir> --format F`: the dataset as WebDataset shards, a Hugging Face imagefolder or open_clip CSVs. */
export async function runExportCommand(args: Record<string, unknown>): Promise<number> {
  const options = await resolveExportArgs(args);
  let outDir: string;
  try {
    ({ outDir } = await planExport(options));
  } catch (error) {
    if (error instanceof ExportInputError) throw new UsageError(error.message);
    throw error;
  }
  const reporter = createCliReporter({ verbose: args.verbose === true, interactive: isInteractive(), prefix: 'export' });
  try {
    let summary: ExportSummary;
    try {
      summary = await exportDataset({ ...options, reporter });
    } catch (error) {
      reporter.log('error', (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');
      return 1;
    }
    for (const part of summary.parts) {
      reporter.log(
        'info',
        `${part.split}: ${String(part.samples)} samples in ${String(part.files.length)} files, ${String(part.skipped)} rows left out`,
      );
    }
    for (const [reason, count] of Object.entries(summary.skipped.reasons))
      reporter.log('warn', `left out, ${reason}: ${String(count)} rows (export-summary.json lists examples)`);
    const snippet = loadingSnippet(summary, outDir);
    reporter.log('info', `load it in Python:\n${snippet.python}${snippet.openClip ? `\ntrain with open_clip:\n${snippet.openClip}` : ''}`);
    // The card lists the exports in the dataset's exports/ folder: written again so it shows this one.
    if (isInside(outDir, layoutOf(options.datasetDir).exports)) await reportOrWarn(layoutOf(options.datasetDir).root, reporter);
    return 0;
  } finally {
    await reporter.close();
  }
}

/** Checks the flags the export package cannot (the flag spellings, a writable output folder), before anything is read. */
async function resolveExportArgs(args: Record<string, unknown>): Promise<ExportOptions> {
  const datasetDir = args['dataset-dir'];
  if (typeof datasetDir !== 'string' || datasetDir === '')
    throw new UsageError('name the dataset folder to export: hx4 export <dataset-dir> --format F');
  try {
    const choices = {
      format: parseExportFormat(textOf(args.format, '')),
      split: parseExportSplit(textOf(args.split, 'all')),
      caption: parseCaptionSource(textOf(args.caption, 'enriched')),
    };
    const out = typeof args.out === 'string' ? await checkWritableDirectory('--out', args.out) : undefined;
    return {
      datasetDir: resolve(datasetDir),
      ...choices,
      ...(args['shard-size'] === undefined ? {} : { shardSize: parsePositiveInteger('--shard-size', args['shard-size']) }),
      ...(out === undefined ? {} : { outDir: out }),
    };
  } catch (error) {
    throw error instanceof ExportInputError ? new UsageError(error.message) : error;
  }
}

/** yargs gives a string for a string flag; a repeated flag would give an array, which no choice matches. */
function textOf(value: unknown, otherwise: string): string {
  if (value === undefined) return otherwise;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith(`..${sep}`) && fromFolder !== '..';
}
