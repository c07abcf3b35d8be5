import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, readCsv, resolveImageSettings, vocabularyFromQueries, type ArchiveAdapter } from '@hx4/core';
import { type CollectOptions } from '../src/pipeline/CollectOptions.js';
import { fakeHttpClient as fakeHttp } from './support/fakeHttpClient.js';
import { FAKE_ARCHIVE } from './support/fakeArchive.js';

type Rec = { n: number; query: string };

/** Every query has 25 records, 10 a page; each record has `n % 3` images (none: dropped). */
const adapter: ArchiveAdapter<Rec> = {
  ...FAKE_ARCHIVE,
  apiKey: { env: 'FAKE_API_KEY' },
  requestQuota: { perMonth: 1000 },
  pageRequest: (query, cursor, { endpoint }) => ({ url: `${endpoint}/search?q=${query}&offset=${Number(cursor ?? 0)}` }),
  parsePage(body, query) {
    const { offset } = body as { offset: number };
    const records = Array.from({ length: Math.min(10, 25 - offset) }, (_, i) => ({ n: offset + i, query }));
    return { records, next: offset + 10 < 25 ? offset + 10 : null, total: 25, note: 'the archive caps this query' };
  },
  toRow: ({ n, query }) =>
    n % 3 === 0
      ? { drop: 'no image' }
      : Array.from({ length: n % 3 }, (_, image) => ({
          id: `${query}-${n}-${image}`,
          doc_id: `${query}-${n}`,
          img_url: `http://fake.test/${query}/${n}/${image}.jpg`,
          doc_url: `http://fake.test/${query}/${n}`,
        })),
};

async function run(baseDir: string, extra: Partial<CollectOptions> = {}) {
  const http = fakeHttp();
  const warnings: string[] = [];
  const summary = await collect({
    adapter: adapter as ArchiveAdapter,
    baseDir,
    window: null,
    endpoint: 'http://fake.test',
    vocabulary: vocabularyFromQueries(['tank', 'jeep', 'ship']),
    http,
    reporter: { log: (level, message) => level === 'warn' && warnings.push(message), progress() {} },
    metadataOnly: true,
    images: resolveImageSettings(),
    workers: 1,
    imgMeanStd: false,
    valFraction: 0.3,
    seed: 1,
    retryFailed: 'transient',
    ...extra,
  });
  return { summary, warnings, requests: http.urls.length };
}

describe('collect() with a request budget', () => {
  it('stops asking once the budget is spent, ends incomplete, and a rerun with more budget finishes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-collect-budget-'));
    const stopped = await run(dir, { apiKey: 'k', maxRequests: 4 });
    expect(stopped.requests).toBe(4);
    expect(stopped.summary.complete).toBe(false);
    expect(stopped.summary.hits.failedQueries).toEqual([]);
    expect(stopped.summary.hits.budget).toEqual({ used: 4, limit: 4, exhausted: true, unfinishedQueries: 2 });
    expect(stopped.warnings.filter((line) => line.startsWith('request budget spent: 4 of 4'))).toHaveLength(1);

    const resumed = await run(dir, { apiKey: 'k', maxRequests: 20 });
    expect(resumed.requests).toBe(5);
    expect(resumed.summary.complete).toBe(true);
    expect(resumed.summary.hits).toMatchObject({ records: 75, cachedQueries: 1, budget: { used: 9, limit: 20, exhausted: false } });
  });

  it("counts against the adapter's monthly quota when a key is given, and not at all without one", async () => {
    const withKey = await run(await mkdtemp(join(tmpdir(), 'hx4-collect-budget-')), { apiKey: 'k' });
    expect(withKey.summary.hits.budget).toEqual({ used: 9, limit: 1000, exhausted: false, unfinishedQueries: 0 });
    const dir = await mkdtemp(join(tmpdir(), 'hx4-collect-budget-'));
    const keyless = await run(dir);
    expect(keyless.summary.hits.budget).toBeUndefined();
    expect(await readdir(join(dir, 'FAKE', 'state'))).toEqual([]);
  });

  it('logs a page note once per query, as a warning', async () => {
    const { warnings } = await run(await mkdtemp(join(tmpdir(), 'hx4-collect-budget-')));
    expect(warnings.filter((line) => line.endsWith('the archive caps this query')).sort()).toEqual([
      'query "jeep": the archive caps this query',
      'query "ship": the archive caps this query',
      'query "tank": the archive caps this query',
    ]);
  });

  it('turns a record with several images into one row each and counts drops per record', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-collect-budget-'));
    const { summary } = await run(dir);
    // Per query: n = 0..24 → 9 records without images, 8 with one, 8 with two.
    expect(summary.rows).toMatchObject({ accepted: 72, dropped: { 'no image': 27 }, images: 72 });
    const ids: string[] = [];
    for await (const row of readCsv(join(dir, 'FAKE', 'metadata_multi_label_raw.csv'))) ids.push(row.id ?? '');
    expect(ids).toContain('tank-2-0');
    expect(ids).toContain('tank-2-1');
  });
});
