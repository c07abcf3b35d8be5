import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { itemAt } from '@hx4/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCsv } from '@hx4/core';
import { writeMergedTables } from '../src/index.js';
import { type MergedItem } from '../src/output/mergedItems.js';
import { type MergedSplits } from '../src/output/splitMergedRows.js';
import { csvField, csvHeader } from '../src/output/csvLine.js';
import { mergedColumns } from '../src/output/mergedFileNames.js';
import { TRAIN, VAL } from '../src/output/splitMergedRows.js';

const HARD_CELLS = [
  'plain',
  '',
  '"quoted"',
  'a, b',
  'one\ntwo',
  'cr\rlf',
  ' leading',
  'trailing ',
  '\ufeffbom',
  'ünïcödé',
  'mid " quote',
  '["a", "b"]',
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hx4-merge-tables-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('csvField', () => {
  it('quotes exactly as core’s writeCsv does', async () => {
    const columns = ['plain', 'with space ', 'a,b'];
    await writeCsv(
      join(dir, 'core.csv'),
      columns,
      HARD_CELLS.map((cell) => ({ plain: cell, 'with space ': `${cell}!`, 'a,b': undefined })),
    );
    const ours = [csvHeader(columns), ...HARD_CELLS.map((cell) => [cell, `${cell}!`, undefined].map(csvField).join(','))]
      .map((line) => `${line}\n`)
      .join('');
    expect(ours).toBe(await readFile(join(dir, 'core.csv'), 'utf8'));
  });
});

describe('writeMergedTables', () => {
  const columns = mergedColumns([['id', 'user_query', 'label', 'canonical_labels', 'title']]);
  const splits: MergedSplits = {
    single: new Uint8Array([TRAIN, VAL, 0, TRAIN, VAL]),
    multi: new Uint8Array([VAL, TRAIN, 0, TRAIN, TRAIN]),
    labels: 1,
    counts: { singleTrain: 2, singleVal: 1, singleLeftOut: 1, multiTrain: 3, multiVal: 1, multiLeftOut: 0 },
  };
  async function* items(count: number, failAt = -1): AsyncGenerator<MergedItem> {
    for (let row = 0; row < count; row++) {
      if (row === failAt) throw new Error(`source broke at ${row}`);
      const own = {
        id: `r${row}`,
        user_query: '["q"]',
        label: 'l',
        canonical_labels: '["l"]',
        title: itemAt(HARD_CELLS, row, 'hard cell'),
        sources: `["s:r${row}"]`,
        duplicate_kind: '[]',
        merged_into: row === 2 ? 's:r1' : '',
      };
      yield { row, own, merged: row === 2 ? null : row === 4 ? { ...own, label: 'group label' } : own };
    }
  }
  const table = (text: string) => text.trimEnd().split('\n');

  it('writes every file from one pass: kept rows, their sides, the raw rows, and chunks', async () => {
    await writeFile(join(dir, 'metadata_multi_label_chunk_7.csv'), 'left by an earlier merge');
    const chunks = await writeMergedTables(dir, columns, splits, 2, items(5));
    expect(chunks).toBe(2);
    const read = async (file: string) => table(await readFile(join(dir, file), 'utf8'));
    expect(await read('metadata_multi_label.csv')).toEqual([
      'id,user_query,label,canonical_labels,title,sources,duplicate_kind',
      'r0,"[""q""]",l,"[""l""]",plain,"[""s:r0""]",[]',
      'r1,"[""q""]",l,"[""l""]",,"[""s:r1""]",[]',
      'r3,"[""q""]",l,"[""l""]","a, b","[""s:r3""]",[]',
      'r4,"[""q""]",group label,"[""l""]","one',
      'two","[""s:r4""]",[]',
    ]);
    expect(await read('metadata_single_label_train.csv')).toEqual([
      'id,label,title,sources,duplicate_kind',
      'r0,l,plain,"[""s:r0""]",[]',
      'r3,l,"a, b","[""s:r3""]",[]',
    ]);
    expect((await read('metadata_multi_label_val.csv')).map((line) => line.slice(0, 2))).toEqual(['id', 'r0']);
    expect((await read('metadata_single_label_raw.csv'))[3]).toBe('r2,l,"""quoted""","[""s:r2""]",[],s:r1');
    expect(await read('metadata_multi_label_chunk_1.csv')).toEqual([
      ...(await read('metadata_multi_label.csv')).slice(0, 1),
      ...(await read('metadata_multi_label.csv')).slice(3),
    ]);
    expect((await readdir(dir)).filter((name) => name.includes('chunk')).sort()).toEqual([
      'metadata_multi_label_chunk_0.csv',
      'metadata_multi_label_chunk_1.csv',
    ]);
  });

  it('leaves no file, finished or half written, when the rows fail part way', async () => {
    const lots = async function* (): AsyncGenerator<MergedItem> {
      for (let row = 0; row < 50_000; row++) {
        if (row === 30_000) throw new Error('source broke at 30000');
        yield { row: 0, own: { id: `r${row}`, title: 'x'.repeat(40) }, merged: { id: `r${row}` } };
      }
    };
    await expect(writeMergedTables(dir, columns, splits, 1000, lots())).rejects.toThrow('source broke at 30000');
    expect(await readdir(dir)).toEqual([]);
  });
});
