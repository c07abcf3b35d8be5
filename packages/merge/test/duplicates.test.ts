import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListCell } from '@hx4/core';
import { cell, itemAt } from '@hx4/testkit';
import sharp from 'sharp';
import { mergeDatasets } from '../src/index.js';
import { buildDataset } from './support/buildDataset.js';
import { picture, reencoded, resized, uniform } from './support/pictures.js';
import { readTable } from './support/readTable.js';

/** Which source rows ended up together: one sorted list of `dataset:id` per merged row. */
async function mergedGroups(dir: string, merged: string): Promise<string[][]> {
  const rows = await readTable(join(dir, merged, 'metadata_multi_label.csv'));
  return rows.map((row) => parseListCell(cell(row, 'sources')));
}

describe('duplicates planted in directly built datasets', () => {
  let dir: string;
  const A = 'A_ARCHIVE_1900-01-01_1970-12-31';
  const B = 'B_ARCHIVE_1900-01-01_1970-12-31';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-merge-dups-'));
    const pics = await Promise.all(Array.from({ length: 8 }, (_, i) => picture(i + 1)));
    const pic = (index: number) => itemAt(pics, index, 'picture');
    const distinct = await Promise.all(Array.from({ length: 12 }, (_, i) => picture(100 + i)));
    await buildDataset(dir, A, [
      { id: 'a1', image: pic(1), queries: ['aircraft'], labels: ['aircraft'] },
      { id: 'a2', image: pic(2), queries: ['tank'], labels: ['tank'] },
      { id: 'a3', image: pic(3) },
      { id: 'a4', image: pic(4), url: 'https://shared.example.org/photo-4.jpg', queries: ['submarine'], labels: ['submarine'] },
      { id: 'a5', image: pic(5) },
      { id: 'a6', image: pic(6) },
      { id: 'a7', image: await uniform(256, 192, '#8a7f70') },
      ...distinct.slice(0, 6).map((image, i) => ({ id: `a-distinct-${i}`, image })),
    ]);
    await buildDataset(dir, B, [
      {
        id: 'b-reencoded',
        image: await reencoded(pic(1), 40),
        queries: ['aircraft', 'tank'],
        labels: ['aircraft', 'tank'],
        label: 'tank',
      },
      { id: 'b-smaller', image: await resized(pic(2), 100), queries: ['bomber'], labels: ['aircraft'] },
      { id: 'b-both', image: await resized(await reencoded(pic(3), 50), 180, 70) },
      { id: 'b-same-url', image: pic(4), url: 'https://shared.example.org/photo-4.jpg', queries: ['u-boat'], labels: ['submarine'] },
      { id: 'b-same-bytes', image: pic(5) },
      // Same pixels squashed into portrait: the perceptual hash barely changes, the shape does.
      { id: 'b-squashed', image: await sharp(pic(6)).resize(192, 256, { fit: 'fill' }).jpeg({ quality: 95 }).toBuffer() },
      { id: 'b-other-blank', image: await uniform(256, 192, '#7f8a70') },
      ...distinct.slice(6).map((image, i) => ({ id: `b-distinct-${i}`, image })),
    ]);
  }, 60_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('merges same-URL, same-bytes, re-encoded and resized copies, and nothing else', async () => {
    const summary = await mergeDatasets({ baseDir: dir, workers: 2 });
    expect(summary.duplicates).toEqual({ url: 1, bytes: 1, perceptual: 3 });
    const together = (await mergedGroups(dir, 'HISTORY_X2')).filter((group) => group.length > 1);
    expect(together).toEqual([
      [`${A}:a1`, `${B}:b-reencoded`],
      [`${A}:a2`, `${B}:b-smaller`],
      [`${A}:a3`, `${B}:b-both`],
      [`${A}:a4`, `${B}:b-same-url`],
      [`${A}:a5`, `${B}:b-same-bytes`],
    ]);
  });

  it('labels a merged row by the label most members carry, ties going to the first member', async () => {
    await mergeDatasets({ baseDir: dir, workers: 2 });
    const rows = await readTable(join(dir, 'HISTORY_X2', 'metadata_multi_label.csv'));
    const row = (id: string) => rows.find((candidate) => candidate.id === id)!;
    // aircraft is in both members' labels, tank in one: aircraft, though b-reencoded's own label was tank.
    expect([row('a1').label, row('a1').canonical_labels, row('a1').user_query]).toEqual([
      'aircraft',
      '["aircraft", "tank"]',
      '["aircraft", "tank"]',
    ]);
    // tank and aircraft once each: the first member's label.
    expect([row('a2').label, row('a2').canonical_labels]).toEqual(['tank', '["aircraft", "tank"]']);
    expect(parseListCell(cell(row('a4'), 'duplicate_kind'))).toEqual(['url']);
    expect(parseListCell(cell(row('a4'), 'user_query'))).toEqual(['submarine', 'u-boat']);
  });

  it('matches perceptually only when asked: with no threshold only URL and byte duplicates merge', async () => {
    const summary = await mergeDatasets({ baseDir: dir, workers: 2, perceptualThreshold: null });
    expect(summary.duplicates).toEqual({ url: 1, bytes: 1, perceptual: 0 });
    expect(summary.final.multiLabel).toBe(26 - 2);
  });

  it('keeps per-dataset hash caches, so the next merge decodes nothing', async () => {
    const summary = await mergeDatasets({ baseDir: dir, workers: 2 });
    expect(summary.images).toEqual({ hashed: 0, cached: 26 });
    expect(await readdir(join(dir, A, 'state'))).toContain('phash.jsonl');
  });
});
