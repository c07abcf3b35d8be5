import { copyFile, link, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { ImageManifest, imageFileName, type ImageManifestEntry } from '../images/index.js';
import type { ImageToStore } from '../pipeline/rowsStage.js';
import type { ReadyShard } from './readShardSet.js';
import { ShardSetError } from './ShardSetError.js';
import { describeShard, shardOfImage } from './ShardSpec.js';

/**
 * The dataset's image manifest and `images/` from its shards: each row's outcome is the one its image's shard
 * recorded for the same id and URL, and each stored image is linked (copied across file systems) into
 * `images/`. A row its shard has no outcome for (the shard stored images for other rows: it was run with
 * other hits) stops the join, naming the shard to rerun.
 */
export async function gatherShardImages(
  dataset: DatasetLayout,
  rows: readonly ImageToStore[],
  shards: readonly ReadyShard[],
): Promise<ImageManifest> {
  const owners = await Promise.all(
    shards.map(async (shard) => ({ shard, manifest: await ImageManifest.load(shard.layout.imageManifest) })),
  );
  const found: { entry: ImageManifestEntry; shard: ReadyShard }[] = [];
  const missing = new Map<number, string[]>();
  for (const row of rows) {
    const index = shardOfImage(row.id, shards.length);
    const owner = owners[index - 1];
    const entry = owner?.manifest.get(row.id);
    if (owner !== undefined && entry?.url === row.img_url) found.push({ entry, shard: owner.shard });
    else missing.set(index, [...(missing.get(index) ?? []), row.id]);
  }
  if (missing.size > 0) {
    const problems = [...missing].map(
      ([index, ids]) =>
        `shard ${describeShard({ index, count: shards.length })} has no image outcome for ${String(ids.length)} rows (e.g. ${ids.slice(0, 3).join(', ')}): rerun it`,
    );
    throw new ShardSetError(dataset.name, problems);
  }
  for (const { entry, shard } of found) {
    if (entry.status === 'ok')
      await placeImage(join(shard.layout.images, imageFileName(entry.id)), join(dataset.images, imageFileName(entry.id)));
  }
  const entries = found.map(({ entry }) => entry);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await writeFileAtomic(dataset.imageManifest, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  return ImageManifest.load(dataset.imageManifest);
}

/** A hard link costs no space and no time; a shard on another file system is copied. */
async function placeImage(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}
