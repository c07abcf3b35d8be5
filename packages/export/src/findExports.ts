import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { compareAscending, layoutOf } from '@hx4/core';
import { EXPORT_SUMMARY_JSON, type ExportSummary } from './ExportSummary.js';
import { exportSummarySchema } from './exportSummarySchema.js';

/** An export folder and what its `export-summary.json` says. */
export interface FoundExport {
  dir: string;
  summary: ExportSummary;
}

/**
 * The exports in the dataset's `exports/` folder (where `hx4 export` writes by default), by folder name.
 * A folder without a readable `export-summary.json` is not a finished export and is passed over.
 */
export async function findExports(datasetDir: string): Promise<FoundExport[]> {
  const { exports } = layoutOf(datasetDir);
  const entries = await readdir(exports, { withFileTypes: true }).catch(() => []);
  const found: FoundExport[] = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory() && !candidate.name.startsWith('.'))) {
    const dir = join(exports, entry.name);
    const summary = await readExportSummary(dir);
    if (summary) found.push({ dir, summary });
  }
  return found.sort((a, b) => compareAscending(a.dir, b.dir));
}

/** The export summary in `dir`, or null when there is none or it is not one `exportDataset` wrote. */
export async function readExportSummary(dir: string): Promise<ExportSummary | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(dir, EXPORT_SUMMARY_JSON), 'utf8'));
  } catch {
    return null;
  }
  const result = v.safeParse(exportSummarySchema, parsed);
  return result.success ? result.output : null;
}
