import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readCheckpoint, type HitCheckpoint } from '../hits/HitCheckpoint.js';
import { hitFiles } from '../hits/hitFiles.js';
import type { DatasetLayout } from './DatasetLayout.js';

/** One query cached in a dataset's `hits/`: the slug its files are named by, and its checkpoint. */
export interface HarvestedQuery {
  slug: string;
  checkpoint: HitCheckpoint;
}

/** What `hitFiles` appends to a slug to name the query's checkpoint (the empty slug in the current folder). */
const CHECKPOINT_SUFFIX = hitFiles('', '').checkpoint;

/**
 * Every query harvested into the dataset, in slug order, from its checkpoints (which name the query a slug
 * stands for). None when the dataset has no `hits/` (a merged dataset); unreadable checkpoints are passed over.
 */
export async function harvestedQueries(layout: DatasetLayout): Promise<HarvestedQuery[]> {
  let names: string[];
  try {
    names = await readdir(layout.hits);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  const queries: HarvestedQuery[] = [];
  for (const name of names.filter((file) => file.endsWith(CHECKPOINT_SUFFIX)).sort()) {
    const checkpoint = await readCheckpoint(join(layout.hits, name));
    if (checkpoint) queries.push({ slug: name.slice(0, -CHECKPOINT_SUFFIX.length), checkpoint });
  }
  return queries;
}
