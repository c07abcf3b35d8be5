import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { explainRecord, layoutOf, readRunSummary, RunSummaryError, type AdapterOptions, type Explanation } from '@hx4/core';
import type { InstalledArchives } from '../installedArchives.js';
import { knownArchives } from '../knownArchives.js';
import { archiveNamed } from '../options/archiveNamed.js';
import { resolveMeaninglessWords } from '../options/resolveCollectSettings.js';
import { UsageError } from '../options/UsageError.js';

/**
 * `hx4 explain DIR ID`: one record as the archive sent it, the row it became or why it was dropped, and
 * its image's fate. Reads the dataset folder only; the adapter is run again on the cached record, so the
 * answer is what today's HX4 makes of it.
 */
export async function runExplainCommand(args: Record<string, unknown>, archives: InstalledArchives): Promise<number> {
  const dir = resolve(String(args.dir));
  const id = String(args.id).trim();
  if (id === '') throw new UsageError('name a record: its doc_id or a row id');
  if (!(await stat(dir).catch(() => null))?.isDirectory()) throw new UsageError(`${String(args.dir)} is not a dataset folder`);
  const dataset = await readRunSummary(dir).catch((error: unknown) => {
    throw error instanceof RunSummaryError ? new UsageError(error.message) : error;
  });
  if (dataset.kind !== 'archive') {
    throw new UsageError(
      `${basename(dir)} is a merged dataset: explain a record in the archive dataset its row names in the dataset column`,
    );
  }
  const { archive } = dataset.summary;
  if (!knownArchives.some((known) => known.id === archive)) {
    throw new UsageError(`${basename(dir)} was collected from "${archive}", an archive this hx4 does not know`);
  }
  const entry = archiveNamed(archive, archives);
  // A dataset that does not record a setting was made with the archive's default for it.
  const { settings } = dataset.summary;
  // The dataset does not record the archive's own flags: the adapter is configured with none of them.
  const adapter = entry.adapter.configure?.({}, { thumbnailSize: settings.thumbnailSize ?? null }) ?? entry.adapter;
  const options: AdapterOptions = {
    endpoint: settings.endpoint ?? adapter.defaultEndpoint,
    window: settings.window === undefined ? adapter.defaultWindow : settings.window,
    meaninglessWords: await resolveMeaninglessWords(),
  };
  const explanation = await explainRecord(layoutOf(dir), adapter, options, id, dataset.summary.shards);
  if (args.json === true) {
    process.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
  } else {
    process.stdout.write(formatExplanation(id, explanation));
  }
  if (explanation.records.length === 0 && explanation.rows.length === 0) {
    process.stderr.write(`hx4 explain: no record or row "${id}" in ${basename(dir)}\n`);
    return 1;
  }
  return 0;
}

function formatExplanation(id: string, { records, rows }: Explanation): string {
  const lines: string[] = [];
  for (const { query, ref, record, results } of records) {
    lines.push(`record ${ref.id ?? id} (found by query "${query}")${ref.url ? `: ${ref.url}` : ''}`);
    lines.push('  as the archive sent it:');
    lines.push(
      ...JSON.stringify(record, null, 2)
        .split('\n')
        .map((line) => `    ${line}`),
    );
    for (const result of results) {
      if ('drop' in result) lines.push(`  dropped: ${result.drop}`);
      else lines.push(`  became row ${result.row.id}: image ${result.row.img_url}, date ${result.row.doc_date ?? 'none'}`);
    }
  }
  if (records.length === 0 && rows.length > 0) lines.push(`no cached record "${id}" (hits/ was cleared?); its rows:`);
  for (const row of rows) {
    const image = row.image;
    const fate =
      image === undefined
        ? 'not downloaded yet'
        : image.status === 'ok'
          ? `stored as images/${row.id}.jpg (${image.width}×${image.height}, sent as ${image.format ?? 'an image'})`
          : `failed: ${image.reason}${image.format ? ` (the URL sent ${image.format})` : ''}${image.transient ? ', to be retried' : ''}`;
    lines.push(`row ${row.id} (label ${row.label}): ${row.img_url}`);
    lines.push(`  image: ${fate}`);
    lines.push(`  in: ${row.inFiles.length > 0 ? row.inFiles.join(', ') : 'no final CSV'}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
