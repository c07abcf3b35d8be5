import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cell, csvRecords, itemAt } from '@hx4/testkit';

/**
 * Checks the one dataset folder under `baseDir`: its run summary says complete, every row of the final CSV has its
 * image on disk, and every label is one of `labels` (the canonical labels of the queries asked). Returns the rows.
 */
export async function expectFinishedDataset(baseDir: string, labels: readonly string[]): Promise<Record<string, string>[]> {
  const datasets = await readdir(baseDir);
  expect(datasets).toHaveLength(1);
  const dataset = join(baseDir, itemAt(datasets, 0, 'dataset folder'));
  const summary = JSON.parse(await readFile(join(dataset, 'run-summary.json'), 'utf8'));
  expect(summary.complete).toBe(true);
  expect(summary.hits.failedQueries).toEqual([]);
  const rows = await csvRecords(join(dataset, 'metadata_multi_label.csv'));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows).toHaveLength(summary.final.multiLabel);
  for (const row of rows) {
    const fileName = cell(row, 'file_name');
    expect(existsSync(join(dataset, fileName)), fileName).toBe(true);
    expect(labels).toContain(row.label);
  }
  return rows;
}
