import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readRunSummary, type DatasetSummary } from '@hx4/core';
import type { ReportExecutorOptions } from './ReportExecutorOptions.js';

/**
 * The finished dataset folder under `outPath` that `wanted` describes, found as `hx4 merge` finds datasets: by
 * what its run-summary.json says, not by its name. Throws naming what is missing, or what is ambiguous.
 */
export async function findDatasetFolder(outPath: string, wanted: ReportExecutorOptions): Promise<string> {
  const entries = await readdir(outPath, { withFileTypes: true }).catch(() => []);
  const matches: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const folder = join(outPath, entry.name);
    const summary = await readRunSummary(folder).catch(() => null);
    if (summary && isWanted(summary, wanted)) matches.push(folder);
  }
  matches.sort();
  const what =
    'archive' in wanted
      ? `${wanted.archive} dataset${wanted.window ? ` of ${wanted.window.start}..${wanted.window.end}` : ''}`
      : `merge of ${wanted.mergeOf.join(', ')}`;
  const [folder, ...others] = matches;
  if (folder === undefined) throw new Error(`no finished ${what} in ${outPath}`);
  if (others.length > 0) {
    const hint = 'archive' in wanted && !wanted.window ? '; give its definition a window' : '';
    throw new Error(`${matches.length} folders hold a ${what}: ${matches.join(', ')}${hint}`);
  }
  return folder;
}

function isWanted(found: DatasetSummary, wanted: ReportExecutorOptions): boolean {
  if ('mergeOf' in wanted) {
    if (found.kind !== 'merged') return false;
    const archives = found.summary.sources.map((source) => source.archive).sort();
    return archives.join('\n') === wanted.mergeOf.join('\n');
  }
  if (found.kind !== 'archive' || found.summary.archive !== wanted.archive) return false;
  const window = found.summary.settings.window;
  return !wanted.window || (window?.start === wanted.window.start && window.end === wanted.window.end);
}
