import type { RunSummary } from '../pipeline/RunSummary.js';
import type { ShardSpec } from './ShardSpec.js';

/** `shard-summary.json`: what one shard run did (`collectShard`). */
export interface ShardSummary {
  version: 1;
  kind: 'shard';
  hx4: string;
  archive: string;
  /** The dataset the shard is a part of. */
  dataset: string;
  shard: ShardSpec;
  /** As the dataset records them; `maxRequests` is this shard's share of the quota. */
  settings: RunSummary['settings'];
  /** This shard's share of the queries. */
  hits: RunSummary['hits'];
  /** Shards whose harvest was unfinished when this one looked: its images wait until every shard has harvested. */
  waitingFor: number[];
  /** This shard's share of the images (rows of the whole dataset whose id hashes to it); absent until it ran. */
  images?: RunSummary['images'];
  politeness: RunSummary['politeness'];
  timingsMs: Record<string, number>;
  /** Its queries harvested and, unless metadata-only, its images done: ready to be joined. */
  complete: boolean;
}
