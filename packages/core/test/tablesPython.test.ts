import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MULTI_LABEL_COLUMNS, toCsvCell, writeCsv } from '@hx4/core';
import { trickyRow } from './tablesFixtures.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;

/** What the HistoryCLIP loaders do without pandas: csv module, list columns through ast.literal_eval. */
const PYTHON_READER = `
import ast, csv, json, sys
with open(sys.argv[1], encoding='utf-8', newline='') as handle:
    reader = csv.DictReader(handle)
    rows = list(reader)
for row in rows:
    for column in ('user_query', 'canonical_labels'):
        value = ast.literal_eval(row[column])
        assert isinstance(value, list) and all(isinstance(item, str) for item in value), value
        row[column] = value
print(json.dumps({'columns': reader.fieldnames, 'rows': rows}))
`;

describe.skipIf(!hasPython)('CSV written by writeCsv, read by Python', () => {
  it('gives back every value, lists parsed by ast.literal_eval', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'hx4-python-')), 'metadata_multi_label.csv');
    const rows = Array.from({ length: 30 }, (_, index) => ({
      ...trickyRow(index),
      country: 'Suo\rmi',
      user_query: [...trickyRow(index).user_query, 'nul\u0000', 'cr\ronly', 'ls\u2028nel\u0085del\u007f', 'lone \ud800', '\\u0041'],
    }));
    await writeCsv(path, MULTI_LABEL_COLUMNS, rows);

    const python = spawnSync('python3', ['-c', PYTHON_READER, path], { encoding: 'utf8' });
    expect(python.stderr).toBe('');
    const read = JSON.parse(python.stdout) as { columns: string[]; rows: Record<string, unknown>[] };
    expect(read.columns).toEqual([...MULTI_LABEL_COLUMNS]);
    const expected = rows.map((row) =>
      Object.fromEntries(
        MULTI_LABEL_COLUMNS.map((column) => {
          const value = row[column];
          return [column, Array.isArray(value) ? value : toCsvCell(value)];
        }),
      ),
    );
    expect(read.rows).toEqual(expected);
  });
});
