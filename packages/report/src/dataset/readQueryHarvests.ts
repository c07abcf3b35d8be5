import { harvestedQueries, layoutOf } from '@hx4/core';

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

/** The query vocabulary as harvested, from the checkpoints in `hits/` (none for a merged dataset). */
export async function readQueryHarvests(datasetDir: string): Promise<QueryHarvest[]> {
  const harvests = (await harvestedQueries(layoutOf(datasetDir))).map(({ slug, checkpoint }): QueryHarvest => ({
    query: checkpoint.query,
    slug,
    records: checkpoint.records,
    pages: checkpoint.pages,
    complete: checkpoint.complete,
    ...(checkpoint.total === undefined ? {} : { total: checkpoint.total }),
  }));
  return harvests.sort((a, b) => (a.query < b.query ? -1 : a.query > b.query ? 1 : 0));
}
