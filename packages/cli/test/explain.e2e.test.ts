import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '@hx4/core';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { cell, csvRecords, itemAt } from '@hx4/testkit';
import { runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const DATASET = 'EUROPEANA_1900-01-01_1970-12-31';

const simulator = useSimulator({ archives: [europeanaSimulator({ totals: { tank: 60, submarine: 30 }, imageSize: [160, 120] })] });
let root: string;
let summary: RunSummary;

beforeAll(async () => {
  const dir = await simulator.newDir();
  root = join(dir, DATASET);
  const run = await runHx4(simulator.collectArgs('europeana', dir, ['tank', 'submarine']));
  expect(run.code, run.stderr).toBe(0);
  summary = JSON.parse(await readFile(join(root, 'run-summary.json'), 'utf8')) as RunSummary;
});

describe('hx4 explain', () => {
  it('shows a dropped record as the archive sent it and why it was dropped', async () => {
    const [reason, examples] = itemAt(Object.entries(summary.rows.dropExamples), 0, 'dropped reason');
    const example = itemAt(examples, 0, 'drop example');
    expect(example.url).toMatch(/^https:\/\/www\.europeana\.eu\/en\/item\//u);
    const { code, stderr: output } = await runHx4(['explain', root, example.id!]);
    expect(code).toBe(0);
    expect(output).toContain(`record ${example.id} (found by query "${example.query}"): ${example.url}`);
    expect(output).toContain(`"id": "${example.id}"`);
    expect(output).toContain(`dropped: ${reason}`);
  });

  it('follows a kept row from the record to its stored image and the CSVs it is in', async () => {
    const rows = await csvRecords(join(root, 'metadata_multi_label.csv'));
    const row = itemAt(rows, 0, 'row');
    const { code, stderr: output } = await runHx4(['explain', root, cell(row, 'id')]);
    expect(code).toBe(0);
    expect(output).toContain(`became row ${cell(row, 'id')}`);
    expect(output).toMatch(
      new RegExp(`row ${cell(row, 'id')} \\(label [^)]+\\): ${cell(row, 'img_url').replace(/[.?*+^$()[\]{}|\\]/gu, '\\$&')}`, 'u'),
    );
    expect(output).toMatch(/image: stored as images\/.+\.jpg \(\d+×\d+, sent as (jpeg|png|gif|webp|tiff)\)/u);
    expect(output).toContain('metadata_multi_label.csv');

    const json = await runHx4(['explain', root, cell(row, 'doc_id'), '--json']);
    const explanation = JSON.parse(json.stderr) as {
      records: { ref: { id: string } }[];
      rows: { id: string; image: { status: string } }[];
    };
    expect(explanation.records.every((record) => record.ref.id === cell(row, 'doc_id'))).toBe(true);
    expect(explanation.rows).toEqual([expect.objectContaining({ id: cell(row, 'id'), image: expect.objectContaining({ status: 'ok' }) })]);
  });

  it('says so, with exit code 1, for an id the dataset does not hold; bad input exits 2', async () => {
    const missing = await runHx4(['explain', root, '/no/such_record']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no record or row "/no/such_record"');
    const notADataset = await runHx4(['explain', join(root, 'nowhere'), 'x']);
    expect(notADataset.code).toBe(2);
    expect(notADataset.stderr).toMatch(/^hx4: .*nowhere is not a dataset folder\n$/u);
  });
});
