import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupRows, vocabularyFromQueries, type RowDraft } from '@hx4/core';
import type { RowContribution } from '../src/rows/ImageGroup.js';
import { groupRowsOnDisk } from '../src/rows/groupRowsOnDisk.js';

const vocabulary = vocabularyFromQueries(['airplane', 'tank', 'biplane', 'bomber'], { airplane: 'aircraft', biplane: 'aircraft' });
const options = {
  datasetDir: '/data/EUROPEANA_1900-01-01_1970-12-31',
  datasetName: 'EUROPEANA_1900-01-01_1970-12-31',
  vocabulary,
  fileSafeId: (raw: string) => raw.replaceAll('/', 'SLASH'),
};

let tmpDir: string;
beforeEach(async () => {
  tmpDir = await mkdtemp(join(tmpdir(), 'hx4-rows-'));
});
afterEach(async () => {
  await rm(tmpDir, { recursive: true, force: true });
});

async function* streamOf<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * Records of `images` images, several per image from several queries, with colliding ids (`rec7` and `REC7`),
 * and enough text that the records outgrow one chunk of the sorter (4 M characters): several runs are merged.
 */
function records(images: number): RowContribution[] {
  const contributions: RowContribution[] = [];
  const padding = 'a long archival description '.repeat(14);
  for (let i = 0; i < images * 3; i++) {
    const image = (i * 7919) % images;
    const draft: RowDraft = {
      img_url: `https://img.test/${String(image)}.jpg`,
      id: image % 5 === 0 ? `REC${String(image % 700)}` : `rec${String(image % 700)}`,
      doc_id: `doc${String(i % 13)}`,
      doc_url: `https://archive.test/doc${String(i % 13)}`,
      title: i % 3 === 0 ? null : `title ${String(i)}`,
      description: i % 4 === 0 ? null : `${padding}${String(i)}`,
      doc_year: i % 6 === 0 ? null : 1900 + (i % 70),
      ...(i % 9 === 0 ? { extra: { rights: `CC ${String(i % 4)}` } } : {}),
    };
    contributions.push({ query: vocabulary.queries[i % vocabulary.queries.length]!, draft });
  }
  return contributions;
}

describe('groupRowsOnDisk', () => {
  it('gives the rows groupRows gives, in id order, for more records than one chunk holds', async () => {
    const contributions = records(6000);
    const expected = groupRows(contributions, options);
    const grouped = await groupRowsOnDisk(streamOf(contributions), { ...options, tmpDir });
    expect(grouped.count).toBe(6000);
    const rows = await all(grouped.rows());
    expect(rows).toEqual(expected);
    // Read again (the CSVs and the images list each read them).
    expect((await all(grouped.rows())).map((row) => row.id)).toEqual(expected.map((row) => row.id));
    await grouped.remove();
    expect(await readdir(tmpDir)).toEqual([]);
  });

  it('refuses a record without an id, naming it, and leaves no temp files', async () => {
    const bad: RowContribution = { query: 'tank', draft: { img_url: 'https://img.test/1.jpg', id: '', doc_id: 'd9', doc_url: '' } };
    await expect(groupRowsOnDisk(streamOf([...records(3), bad]), { ...options, tmpDir })).rejects.toThrow(
      'Record with image https://img.test/1.jpg found by "tank" has no id',
    );
    expect(await readdir(tmpDir)).toEqual([]);
  });
});
