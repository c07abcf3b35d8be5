import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, vocabularyFromQueries, type ArchiveAdapter, type RunSummary } from '@hx4/core';
import { fakeHttpClient } from './support/fakeHttpClient.js';
import { FAKE_ARCHIVE } from './support/fakeArchive.js';

type Rec = { n: number; year?: number; circa?: number };

/** Ten records a query; odd ones have no image, the fourth item page cannot be read, dates come from two fields. */
const adapter: ArchiveAdapter<Rec> = {
  ...FAKE_ARCHIVE,
  pageRequest: (query, _cursor, { endpoint }) => ({ url: `${endpoint}/search?q=${query}` }),
  parsePage: () => ({
    records: Array.from({ length: 10 }, (_, n) => ({ n, ...(n % 4 === 0 ? { year: 1940 + n } : n % 4 === 2 ? { circa: 1930 } : {}) })),
    next: null,
  }),
  async expandRecord(record) {
    if (record.n === 3) throw new Error('item page without metadata');
    return [record];
  },
  toRow(record, _options, query) {
    if (record.n % 2 === 1) return { drop: 'no image' };
    const date = record.year ?? record.circa ?? null;
    return {
      id: `${query}-${record.n}`,
      doc_id: `rec-${record.n}`,
      img_url: `http://fake.test/${query}/${record.n}.jpg`,
      doc_url: `http://fake.test/record/${record.n}`,
      doc_year: date,
      ...(record.year !== undefined ? { dateSource: 'year' } : record.circa !== undefined ? { dateSource: 'description' } : {}),
    };
  },
};

async function run(baseDir: string): Promise<{ summary: RunSummary; log: string[] }> {
  const log: string[] = [];
  const summary = await collect({
    adapter: adapter as ArchiveAdapter,
    baseDir,
    vocabulary: vocabularyFromQueries(['tank', 'jeep']),
    http: fakeHttpClient({ json: () => ({}) }),
    reporter: { log: (level, message) => level === 'info' && log.push(message), progress() {} },
    metadataOnly: true,
  });
  return { summary, log };
}

describe('drops a user can audit', () => {
  it('counts every drop reason with its first records, linked to the archive, in summary and log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-audit-'));
    const { summary, log } = await run(dir);
    expect(summary.rows.dropped).toEqual({ 'item page without metadata': 2, 'no image': 8 });
    expect(summary.rows.dropExamples['no image']).toEqual([
      { id: 'rec-1', url: 'http://fake.test/record/1', query: 'tank' },
      { id: 'rec-5', url: 'http://fake.test/record/5', query: 'tank' },
      { id: 'rec-7', url: 'http://fake.test/record/7', query: 'tank' },
    ]);
    // A record whose item page failed is still named (the hits keep it as the search gave it), and shown
    // once although both queries found it.
    expect(summary.rows.dropExamples['item page without metadata']).toEqual([
      { id: 'rec-3', url: 'http://fake.test/record/3', query: 'tank' },
    ]);
    expect(log).toContain(
      'dropped 8 × no image; e.g. rec-1 http://fake.test/record/1, rec-5 http://fake.test/record/5, rec-7 http://fake.test/record/7',
    );
    const written = JSON.parse(await readFile(join(dir, 'FAKE', 'run-summary.json'), 'utf8')) as RunSummary;
    expect(written.rows.dropExamples).toEqual(summary.rows.dropExamples);
  });

  it('counts accepted records by the field their date came from', async () => {
    const { summary } = await run(await mkdtemp(join(tmpdir(), 'hx4-audit-')));
    // Per query: n = 0, 4, 8 dated by `year`; n = 2, 6 by the description.
    expect(summary.rows.dateSources).toEqual({ description: 4, year: 6 });
  });
});
