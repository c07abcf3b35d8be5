import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RowTable, type TableRow } from '../src/index.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const row = (id: string, url: string, extra: Partial<TableRow> = {}): TableRow => ({
  id,
  imgUrl: url,
  fileName: `images/${id}.jpg`,
  label: 'tank',
  queries: ['tank', `q ${id}`],
  labels: ['tank'],
  ...extra,
});

describe('RowTable', () => {
  it('links each row to the first earlier row with its URL or bytes, across thousands of rows', () => {
    const table = new RowTable();
    for (let i = 0; i < 5_000; i++) table.add(0, row(`a${i}`, `https://a.example.org/${i}.jpg`));
    for (let i = 0; i < 5_000; i++) table.linkBytes(i, sha(`image ${i}`));
    const b = table.add(1, row('b-ü', 'https://a.example.org/4321.jpg', { fileName: 'other/b.jpg', labels: ['aircraft', 'tank'] }));
    table.linkBytes(b, sha('image 17'));
    const c = table.add(1, row('c', ''));
    table.linkBytes(c, 'not a hex digest');
    const d = table.add(1, row('d', 'https://d.example.org/'));
    table.linkBytes(d, 'not a hex digest');
    expect([table.urlTwinOf(b), table.bytesTwinOf(b)]).toEqual([4321, 17]);
    expect([table.urlTwinOf(c), table.bytesTwinOf(c), table.urlTwinOf(d), table.bytesTwinOf(d)]).toEqual([-1, -1, -1, c]);
    expect([table.idOf(b), table.sourceOf(b), table.fileName(b), table.fileName(4999)]).toEqual([
      'b-ü',
      1,
      'other/b.jpg',
      'images/a4999.jpg',
    ]);
    expect([table.queriesOf(b), table.labelsOf(b), table.labelOf(b), table.labelsOf(d)]).toEqual([
      ['tank', 'q b-ü'],
      ['aircraft', 'tank'],
      'tank',
      ['tank'],
    ]);
  });

  it('forgets a truncated source completely: its keys, ids, lists and file names', () => {
    const table = new RowTable();
    table.add(0, row('a', 'https://x.example.org/a.jpg'));
    table.linkBytes(0, sha('a'));
    table.add(1, row('gone', 'https://x.example.org/gone.jpg', { fileName: 'odd/gone.jpg', queries: ['q1', 'q2', 'q3'] }));
    table.linkBytes(1, sha('gone'));
    table.truncate(1);
    const again = table.add(2, row('new', 'https://x.example.org/gone.jpg'));
    table.linkBytes(again, sha('gone'));
    const copy = table.add(2, row('copy', 'https://x.example.org/a.jpg'));
    expect([table.size, again, table.urlTwinOf(again), table.bytesTwinOf(again), table.urlTwinOf(copy)]).toEqual([3, 1, -1, -1, 0]);
    expect([table.idOf(again), table.fileName(again), table.queriesOf(again), table.queriesOf(0), table.labelsOf(0)]).toEqual([
      'new',
      'images/new.jpg',
      ['tank', 'q new'],
      ['tank', 'q a'],
      ['tank'],
    ]);
  });
});
