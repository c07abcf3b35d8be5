export * from './collectShard.js';
export * from './joinShards.js';
export * from './readShardSummary.js';
export * from './ShardSetError.js';
export * from './shardLayout.js';
export * from './ShardSpec.js';
export * from './ShardSummary.js';
