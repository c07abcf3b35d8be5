import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCsv } from '@hx4/core';

/**
 * The CSVs of a dataset folder (and `logs/failed_downloads.csv` when present), with the folder's own
 * path taken out: `img_path` is absolute, so two runs are compared byte for byte this way.
 */
export async function datasetCsvs(datasetDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(datasetDir)).filter((file) => file.endsWith('.csv')).sort()) {
    files[name] = (await readFile(join(datasetDir, name), 'utf8')).replaceAll(datasetDir, '<DATASET>');
  }
  const failed = join(datasetDir, 'logs', 'failed_downloads.csv');
  const log = await readFile(failed, 'utf8').catch(() => null);
  if (log !== null) files['logs/failed_downloads.csv'] = log;
  return files;
}

/** Every record of a CSV, as text. */
export async function csvRecords(path: string): Promise<Record<string, string>[]> {
  const records: Record<string, string>[] = [];
  for await (const record of readCsv(path)) records.push(record);
  return records;
}
