import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutOf, MULTI_LABEL_CSV, writeCsv } from '@hx4/core';
import { RowTable, type DatasetSource } from '../src/index.js';
import { UnionFind } from '../src/dedup/UnionFind.js';
import { mergedItems } from '../src/output/mergedItems.js';
import { MergedGroups } from '../src/rows/MergedGroups.js';

describe('mergedItems', () => {
  let dir: string;
  const source = (): DatasetSource => ({
    dataset: 'A',
    layout: layoutOf(dir),
    archive: 'a',
    thumbnailSize: null,
    window: null,
    complete: true,
    columns: ['id'],
  });
  const rows = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `r${i}`, img_url: `https://a.example.org/${i}.jpg`, file_name: `images/r${i}.jpg` }));
  /** Pass 2 over the CSV after pass 1 saw `seen` rows of it. */
  const secondPass = async (seen: number) => {
    const table = new RowTable();
    for (const row of rows(seen))
      table.add(0, { id: row.id, imgUrl: row.img_url, fileName: row.file_name, label: 'l', queries: [], labels: [] });
    const groups = new MergedGroups({ table, groups: new UnionFind(seen), datasetNames: ['A'] });
    const items = [];
    for await (const item of mergedItems([source()], table, groups)) items.push(item);
    return items;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-merge-items-'));
    await writeCsv(join(dir, MULTI_LABEL_CSV), ['id', 'img_url', 'file_name'], rows(3));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives each source row its own and merged record, paths made current', async () => {
    const items = await secondPass(3);
    expect(items.map((item) => [item.row, item.own.img_path, item.own.file_name, item.merged === item.own])).toEqual([
      [0, join(dir, 'images/r0.jpg'), '../A/images/r0.jpg', true],
      [1, join(dir, 'images/r1.jpg'), '../A/images/r1.jpg', true],
      [2, join(dir, 'images/r2.jpg'), '../A/images/r2.jpg', true],
    ]);
  });

  it('stops when a source CSV gained or lost rows since the first pass', async () => {
    await expect(secondPass(2)).rejects.toThrow(`${join(dir, MULTI_LABEL_CSV)} changed while it was being merged; run the merge again`);
    await expect(secondPass(4)).rejects.toThrow('a source CSV lost rows while it was being merged; run the merge again');
  });
});
