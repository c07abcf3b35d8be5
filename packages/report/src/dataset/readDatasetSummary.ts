import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { RUN_SUMMARY_JSON, type RunSummary } from '@hx4/core';
import type { DatasetSummary, MergedRunSummary } from './DatasetSummary.js';

/** Reads `run-summary.json`, telling a merged dataset (`kind: 'merged'`) from one archive's. */
export async function readDatasetSummary(datasetDir: string): Promise<DatasetSummary> {
  const path = join(datasetDir, RUN_SUMMARY_JSON);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${datasetDir} is not an hx4 dataset folder: it has no ${RUN_SUMMARY_JSON}`);
    }
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path} does not hold a JSON object`);
  }
  const summary = parsed as Record<string, unknown>;
  if (summary.kind === 'merged') return { kind: 'merged', name: basename(datasetDir), summary: checkMerged(summary, path) };
  if (summary.kind !== undefined) throw new Error(`${path} has an unknown kind "${String(summary.kind)}"`);
  for (const field of ['archive', 'hits', 'rows'] as const) {
    if (typeof summary[field] !== (field === 'archive' ? 'string' : 'object')) {
      throw new Error(`${path} has no "${field}" field`);
    }
  }
  return { kind: 'archive', name: basename(datasetDir), summary: summary as unknown as RunSummary };
}

function checkMerged(summary: Record<string, unknown>, path: string): MergedRunSummary {
  if (!Array.isArray(summary.sources)) throw new Error(`${path} (merged) has no "sources" list`);
  const duplicates = (summary.duplicates ?? {}) as Record<string, unknown>;
  return {
    ...(summary as unknown as MergedRunSummary),
    skipped: Array.isArray(summary.skipped) ? (summary.skipped as MergedRunSummary['skipped']) : [],
    duplicates: {
      url: Number(duplicates.url ?? 0),
      bytes: Number(duplicates.bytes ?? 0),
      perceptual: Number(duplicates.perceptual ?? 0),
    },
  };
}
