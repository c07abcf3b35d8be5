import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DEFAULT_SHARD_SIZE } from '../ExportOptions.js';
import type { ExportSample } from '../readSamples.js';
import type { PartTarget, PartWriter, WrittenPart } from './PartWriter.js';
import { TarShard } from './TarShard.js';

const SHARD_DIGITS = 6;
const shardName = (split: string, index: number) => `${split}-${String(index).padStart(SHARD_DIGITS, '0')}.tar`;

/**
 * WebDataset shards `<split>-000000.tar`, … of `shardSize` samples (the last one the rest), each sample
 * `<key>.jpg`, `<key>.json` (the row's columns) and `<key>.txt` (the caption) in key order, as img2dataset writes them.
 */
export const writeWebDataset: PartWriter = async (samples, target) => {
  const files: WrittenPart['files'] = [];
  let shard: TarShard | null = null;
  const closeShard = async (full: TarShard) => {
    await full.close();
    files.push({ name: basename(full.path), samples: full.samples });
    shard = null;
  };
  try {
    for await (const sample of samples) {
      shard ??= new TarShard(join(target.dir, shardName(target.split, files.length)));
      await shard.add(await sampleEntries(sample));
      if (shard.samples === (target.shardSize ?? DEFAULT_SHARD_SIZE)) await closeShard(shard);
    }
    if (shard) await closeShard(shard);
  } finally {
    await shard?.abort();
  }
  return { files, ...shardPattern(target, files.length) };
};

async function sampleEntries(sample: ExportSample): Promise<{ name: string; data: Buffer }[]> {
  return [
    { name: `${sample.key}.jpg`, data: await readFile(sample.imagePath) },
    { name: `${sample.key}.json`, data: Buffer.from(JSON.stringify(sample.record)) },
    { name: `${sample.key}.txt`, data: Buffer.from(sample.caption) },
  ];
}

/** The shards as one brace pattern, the form `webdataset` and open_clip's `--train-data` expand. */
function shardPattern(target: PartTarget, shards: number): Pick<WrittenPart, 'shardPattern'> {
  if (shards === 0) return {};
  if (shards === 1) return { shardPattern: shardName(target.split, 0) };
  const last = String(shards - 1).padStart(SHARD_DIGITS, '0');
  return { shardPattern: `${target.split}-{${'0'.repeat(SHARD_DIGITS)}..${last}}.tar` };
}
