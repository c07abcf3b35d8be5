/** A shard set that cannot be joined into a whole dataset: every problem found, each naming its shard. */
export class ShardSetError extends Error {
  constructor(
    readonly dataset: string,
    readonly problems: readonly string[],
  ) {
    super(`the shards of ${dataset} cannot be joined: ${problems.join('; ')}`);
    this.name = 'ShardSetError';
  }
}
