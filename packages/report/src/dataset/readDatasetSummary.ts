import { basename } from 'node:path';
import { readRunSummary } from '@hx4/core';
import type { DatasetSummary } from './DatasetSummary.js';

/** Reads and checks the folder's `run-summary.json` (see core's `readRunSummary`), named after the folder. */
export async function readDatasetSummary(datasetDir: string): Promise<DatasetSummary> {
  return { ...(await readRunSummary(datasetDir)), name: basename(datasetDir) };
}
