import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readCheckpoint } from '@hx4/core';

/** What the hits cache says about one query of the vocabulary. */
export interface QueryHarvest {
  query: string;
  /** File-name form of the query under hits/. */
  slug: string;
  records: number;
  pages: number;
  complete: boolean;
  /** The archive's own hit count, when it gives one. */
  total?: number;
}

const CHECKPOINT_SUFFIX = '.checkpoint.json';

/** The query vocabulary as harvested, from the checkpoints in `hits/` (none for a merged dataset). */
export async function readQueryHarvests(datasetDir: string): Promise<QueryHarvest[]> {
  const hitsDir = join(datasetDir, 'hits');
  let names: string[];
  try {
    names = await readdir(hitsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const harvests: QueryHarvest[] = [];
  for (const name of names.filter((file) => file.endsWith(CHECKPOINT_SUFFIX)).sort()) {
    const checkpoint = await readCheckpoint(join(hitsDir, name));
    if (!checkpoint) continue;
    harvests.push({
      query: checkpoint.query,
      slug: name.slice(0, -CHECKPOINT_SUFFIX.length),
      records: checkpoint.records,
      pages: checkpoint.pages,
      complete: checkpoint.complete,
      ...(checkpoint.total === undefined ? {} : { total: checkpoint.total }),
    });
  }
  return harvests.sort((a, b) => (a.query < b.query ? -1 : a.query > b.query ? 1 : 0));
}
