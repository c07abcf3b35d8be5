import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { datasetLayout } from '@hx4/core';
import type { DatasetSummary, RightsTally } from '../dataset/index.js';
import { sortedCounts } from '../figures/index.js';

/** rightsstatements.org's "copyright undetermined": the honest licence when the archive states none. */
export const RIGHTS_UNDETERMINED = 'http://rightsstatements.org/vocab/UND/1.0/';

/**
 * The licences of the dataset: the rights statements of its records, most frequent first; for a merged
 * dataset, those its sources' croissant.json files name.
 */
export async function datasetLicenses(datasetDir: string, dataset: DatasetSummary, rights: RightsTally | null): Promise<string[]> {
  const licenses =
    dataset.kind === 'archive'
      ? sortedCounts(rights?.statements ?? new Map()).map(({ key }) => key)
      : await sourceLicenses(
          datasetDir,
          dataset.summary.sources.map(({ dataset: name }) => name),
        );
  return licenses.length > 0 ? licenses : [RIGHTS_UNDETERMINED];
}

async function sourceLicenses(datasetDir: string, sources: readonly string[]): Promise<string[]> {
  const licenses = new Set<string>();
  for (const source of [...sources].sort()) {
    let metadata: { license?: unknown };
    try {
      metadata = JSON.parse(await readFile(datasetLayout(dirname(datasetDir), source).croissant, 'utf8')) as typeof metadata;
    } catch {
      continue;
    }
    for (const license of [metadata.license].flat()) if (typeof license === 'string') licenses.add(license);
  }
  return [...licenses].filter((license) => license !== RIGHTS_UNDETERMINED || licenses.size === 1);
}
