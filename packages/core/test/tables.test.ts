import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MULTI_LABEL_COLUMNS, readCsv, readRows, SINGLE_LABEL_COLUMNS, writeCsv } from '@hx4/core';
import { csvColumns, csvRecord } from '../src/rows/Row.js';
import { trickyRow } from './tablesFixtures.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'hx4-tables-'));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('writeCsv', () => {
  it('writes the header in column order, \\n line ends, no BOM, lists as JSON, missing values empty', async () => {
    const path = join(await tempDir(), 'nested', 'plain.csv');
    const count = await writeCsv(
      path,
      ['id', 'user_query', 'doc_year', 'title', 'country'],
      [
        { id: 'a', user_query: ['aircraft', 'airplane'], doc_year: 1944, title: 'Tanks, "Tigers"', country: null },
        { id: 'b', user_query: [], doc_year: null, title: 'line\nbreak', country: undefined },
      ],
    );
    expect(count).toBe(2);
    expect(await readFile(path, 'utf8')).toBe(
      'id,user_query,doc_year,title,country\n' + 'a,"[""aircraft"", ""airplane""]",1944,"Tanks, ""Tigers""",\n' + 'b,[],,"line\nbreak",\n',
    );
  });

  it('writes the same bytes for the same rows, from an array or a stream, across chunks', async () => {
    const dir = await tempDir();
    const rows = Array.from({ length: 2500 }, (_, index) => trickyRow(index));
    async function* stream() {
      yield* rows;
    }
    await writeCsv(join(dir, 'one.csv'), MULTI_LABEL_COLUMNS, rows);
    await writeCsv(join(dir, 'two.csv'), MULTI_LABEL_COLUMNS, stream());
    const one = await readFile(join(dir, 'one.csv'));
    expect(one.equals(await readFile(join(dir, 'two.csv')))).toBe(true);
    expect(one[0]).not.toBe(0xef);
    expect(await readdir(dir)).toEqual(['one.csv', 'two.csv']);
  });

  it('leaves the previous file whole when the rows fail midway', async () => {
    const path = join(await tempDir(), 'rows.csv');
    await writeCsv(path, ['id'], [{ id: 'kept' }]);
    async function* failing() {
      yield { id: 'new' };
      throw new Error('archive gone');
    }
    await expect(writeCsv(path, ['id'], failing())).rejects.toThrow('archive gone');
    expect(await readFile(path, 'utf8')).toBe('id\nkept\n');
    expect(await readdir(join(path, '..'))).toEqual(['rows.csv']);
  });
});

describe('readCsv and readRows', () => {
  it('read back exactly what was written', async () => {
    const path = join(await tempDir(), 'metadata_multi_label.csv');
    const rows = Array.from({ length: 2500 }, (_, index) => trickyRow(index));
    await writeCsv(path, MULTI_LABEL_COLUMNS, rows);
    expect(await collect(readRows(path))).toEqual(rows);
    const [first] = await collect(readCsv(path));
    expect(Object.keys(first ?? {})).toEqual([...MULTI_LABEL_COLUMNS]);
    expect(first?.doc_year).toBe('');
    expect(first?.user_query).toBe(
      '["no man\'s land", "say \\"hi\\"", "back\\\\slash", "line\\nbreak", "tab\\there", "ä ö 😀", "bell\\u0007"]',
    );
  });

  it("keeps an archive's own columns after the shared ones and reads them back under extra", async () => {
    const path = join(await tempDir(), 'metadata_multi_label.csv');
    const rows = [
      { ...trickyRow(1), extra: { rights: 'CC BY 4.0' } },
      { ...trickyRow(2), extra: { rights: null } },
    ];
    const columns = csvColumns(MULTI_LABEL_COLUMNS, ['rights']);
    expect(columns.slice(-2)).toEqual(['rights', 'enriched_document_description']);
    await writeCsv(path, columns, rows.map(csvRecord));
    expect(await collect(readRows(path))).toEqual(rows);
  });

  it('reads single-label files, which have no query lists', async () => {
    const path = join(await tempDir(), 'metadata_single_label.csv');
    const row = trickyRow(1);
    await writeCsv(path, SINGLE_LABEL_COLUMNS, [row]);
    const [stored] = await collect(readRows(path));
    expect(stored).not.toHaveProperty('user_query');
    expect(stored).toMatchObject({ label: row.label, doc_year: row.doc_year, title: row.title });
  });

  it('accepts a BOM, CRLF line ends and float years from other tools', async () => {
    const path = join(await tempDir(), 'pandas.csv');
    const header = SINGLE_LABEL_COLUMNS.join(',');
    const values = SINGLE_LABEL_COLUMNS.map((column) => (column === 'doc_year' ? '1944.0' : column === 'title' ? '"a\r\nb"' : 'x'));
    await writeFile(path, `\uFEFF${header}\r\n${values.join(',')}\r\n`);
    const [stored] = await collect(readRows(path));
    expect(stored).toMatchObject({ doc_id: 'x', doc_year: 1944, title: 'a\r\nb' });
  });

  it.each([
    ['a record with too many fields', 'a,b\n1,2\n3,4,5\n', /bad\.csv: record 2 does not have the 2 fields of the header/],
    ['a record with too few fields', 'a,b\n1\n', /record 1 does not have the 2 fields/],
    ['an unterminated quote', 'a,b\n1,2\n"3,4\n', /record 2 does not have the 2 fields/],
  ])('readCsv rejects %s', async (_case, text, message) => {
    const path = join(await tempDir(), 'bad.csv');
    await writeFile(path, text);
    await expect(collect(readCsv(path))).rejects.toThrow(message);
  });

  it('readCsv names a missing file', async () => {
    await expect(collect(readCsv('/nonexistent/rows.csv'))).rejects.toThrow('CSV file not found: /nonexistent/rows.csv');
  });

  it.each([
    ['a Python-style list', 'user_query', "['tank']", /record 1: user_query is not a JSON list/],
    ['a list of numbers', 'canonical_labels', '[1]', /record 1: canonical_labels is not a list of strings/],
    ['a fractional year', 'doc_year', '1944.5', /record 1: doc_year "1944.5" is not a whole number/],
  ])('readRows rejects %s', async (_case, column, value, message) => {
    const path = join(await tempDir(), 'rows.csv');
    await writeCsv(path, MULTI_LABEL_COLUMNS, [{ ...trickyRow(1), [column]: value }]);
    await expect(collect(readRows(path))).rejects.toThrow(message);
  });

  it('readRows rejects a file without the row columns', async () => {
    const path = join(await tempDir(), 'other.csv');
    await writeCsv(path, ['id', 'label'], [{ id: 'a', label: 'tank' }]);
    await expect(collect(readRows(path))).rejects.toThrow(`${path} has no "doc_id" column`);
  });
});
