import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseListCell, requestBudgetFileName, type Reporter } from '@hx4/core';
import { csvRecords, datasetCsvs, cell } from '@hx4/testkit';
import { describeArchiveContract } from '@hx4/testkit/contract';
import { expect, it } from 'vitest';
import { nationalArchiveAdapter } from '../src/index.js';
import { nationalArchiveSimulator } from '../src/simulator/index.js';

const QUERIES = ['tank', 'field hospital', 'submarine', 'half-track'];
const SEARCH_PATH = '/national-archive/api/v2/records/search';
const KNOWN_DROPS = [
  'excluded series',
  'no image object',
  'out of date window',
  'query not in text',
  'useless description',
  'useless title',
];

function recordingReporter(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (level, message) => lines.push(`${level}: ${message}`), progress() {} };
}

/** Every file of a dataset as text, gzip members unpacked. */
async function allText(root: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.jpg')) continue;
    const bytes = await readFile(join(entry.parentPath, entry.name));
    parts.push(entry.name, entry.name.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8'));
  }
  return parts.join('\n');
}

describeArchiveContract(
  {
    adapter: nationalArchiveAdapter,
    builtAdapter: new URL('../dist/index.js', import.meta.url),
    simulator: nationalArchiveSimulator({
      totals: { tank: 130, 'field hospital': 30, submarine: 25 },
      imageSize: [240, 180],
      mode: 'api-v2',
    }),
    queries: QUERIES,
    canonical: { 'field hospital': 'hospital' },
    apiKey: 'test-key',
    severalRowsPerRecord: true,
    faults: [
      { match: /records\/search.*q=%22submarine%22/, fault: 'malformed-json', times: 1 },
      { match: /records\/search.*q=%22field\+hospital%22/, fault: '503', times: 2 },
    ],
    // The official API pages by searchAfter from `*`: any other value is a later page.
    interruption: { query: 'tank', request: /records\/search\?q=%22tank%22.*&searchAfter=(?!\*)/ },
  },
  (contract) => {
    it('harvests every query through the official API v2 with the key', () => {
      const { summary } = contract.clean;
      expect(summary.hits.sources).toEqual(Object.fromEntries(QUERIES.map((query) => [query, 'api-v2'])));
      expect(summary.hits.records).toBeGreaterThan(180);
      expect(summary.images?.ok).toBeGreaterThan(150);
    });

    it('writes one row per image object, named after the naId, with catalog page links', async () => {
      const rows = await csvRecords(join(contract.clean.dataset, 'metadata_multi_label.csv'));
      for (const row of rows) {
        expect(row.id).toMatch(/^\d+(_\d+)?$/);
        expect(row.doc_url).toBe(`https://catalog.archives.gov/id/${row.doc_id}`);
      }
      const multiImage = rows.find((row) => row.id === `${row.doc_id}_2` && rows.some((other) => other.id === row.doc_id));
      expect(multiImage).toBeDefined();
      expect(rows.some((row) => /\.JPG$/.test(cell(row, 'img_url')))).toBe(true);
      expect(rows.some((row) => cell(row, 'img_url').endsWith('.png'))).toBe(true);
      expect(rows.some((row) => parseListCell(cell(row, 'user_query')).length > 1)).toBe(true);
    });

    it('counts its drops by stable reasons and records the images that cannot be used', async () => {
      const { summary, dataset } = contract.clean;
      expect(Object.keys(summary.rows.dropped).every((reason) => KNOWN_DROPS.includes(reason))).toBe(true);
      expect(summary.rows.dropped['no image object']).toBeGreaterThan(0);
      const failed = await csvRecords(join(dataset, 'logs', 'failed_downloads.csv'));
      const kinds = new Set(failed.map((row) => /\/(?:img|media\/\d+)\/([a-z-]+)-\d+-/.exec(cell(row, 'img_url'))?.[1]));
      expect(kinds).toContain('missing');
      expect(kinds).toContain('truncated');
      expect([...kinds].every((kind) => ['html', 'missing', 'truncated'].includes(kind as string))).toBe(true);
    });

    it('counts every search request, retries included, in a per-key counter that never holds the key', async () => {
      const { summary, dataset, requests } = contract.withFaults;
      const searchRequests = requests.filter((request) => request.path.startsWith(SEARCH_PATH)).length;
      expect(summary.hits.budget).toEqual({ used: searchRequests, limit: 10_000, exhausted: false, unfinishedQueries: 0 });
      const counter = JSON.parse(await readFile(join(dataset, 'state', requestBudgetFileName('test-key')), 'utf8'));
      expect(counter.used).toBe(searchRequests);
      expect(await allText(dataset)).not.toContain('test-key');
    });

    it('spends nothing of the budget on a rerun from the cache', async () => {
      const { summary, dataset } = contract.clean;
      const again = await contract.collect({ baseDir: join(dataset, '..') });
      expect(again.requests).toEqual([]);
      expect(again.summary.hits.budget?.used).toBe(summary.hits.budget?.used);
    });

    it('stops at the request budget, resumably, and a rerun with budget left completes the same dataset', async () => {
      const reporter = recordingReporter();
      const stopped = await contract.collect({ maxRequests: 3, reporter });
      expect(stopped.requests.filter((request) => request.path.startsWith(SEARCH_PATH))).toHaveLength(3);
      expect(stopped.summary.complete).toBe(false);
      expect(stopped.summary.hits.failedQueries).toEqual([]);
      expect(stopped.summary.hits.budget).toMatchObject({ used: 3, limit: 3, exhausted: true });
      expect(stopped.summary.hits.budget?.unfinishedQueries).toBeGreaterThan(0);
      expect(reporter.lines).toContain(
        'warn: request budget spent: 3 of 3 requests used in ' +
          `${new Date().toISOString().slice(0, 7)} (UTC); rerun after the budget resets next month, or with a higher --max-requests, to resume`,
      );

      const resumed = await contract.collect({ baseDir: join(stopped.dataset, '..'), maxRequests: 100 });
      expect(resumed.summary.complete).toBe(true);
      const searched = resumed.requests.filter((request) => request.path.startsWith(SEARCH_PATH)).length;
      expect(resumed.summary.hits.budget).toEqual({ used: 3 + searched, limit: 100, exhausted: false, unfinishedQueries: 0 });
      expect(await datasetCsvs(resumed.dataset)).toEqual(await datasetCsvs(contract.clean.dataset));
    });

    it('harvests through the keyless proxy v3 without a key, never sending the official API a request, and without a budget', async () => {
      const keyless = await contract.collect({ apiKey: undefined });
      const count = (path: string) => keyless.requests.filter((request) => request.path.startsWith(path)).length;
      expect(count(SEARCH_PATH)).toBe(0);
      expect(count('/national-archive/proxy/v3/records/search')).toBeGreaterThan(3);
      expect(count('/national-archive/proxy/records/search')).toBe(0);
      expect(keyless.summary.complete).toBe(true);
      expect(keyless.summary.hits.sources).toEqual(Object.fromEntries(QUERIES.map((query) => [query, 'proxy-v3'])));
      expect(keyless.summary.hits.budget).toBeUndefined();
      expect((await csvRecords(join(keyless.dataset, 'metadata_multi_label.csv'))).length).toBeGreaterThan(100);
    });

    it('passes over the official API when it refuses the key, says so, and harvests through proxy v3', async () => {
      const reporter = recordingReporter();
      const wrongKey = await contract.collect({ apiKey: 'wrong-key', reporter });
      // Refused once, on the first query's first request; no later query asks it again.
      expect(wrongKey.requests.filter((request) => request.path.startsWith(SEARCH_PATH))).toHaveLength(1);
      expect(wrongKey.summary.complete).toBe(true);
      expect(wrongKey.summary.hits.failedQueries).toEqual([]);
      expect(wrongKey.summary.hits.sources).toEqual(Object.fromEntries(QUERIES.map((query) => [query, 'proxy-v3'])));
      expect(reporter.lines.some((line) => /Catalog API v2 .*does not serve \(http-403/.test(line))).toBe(true);
    });

    it('answers a budget that is not a positive whole number with a clear error', async () => {
      await expect(contract.collect({ maxRequests: 0 })).rejects.toThrow(
        /request budget must be a positive whole number of requests, got 0/,
      );
    });
  },
);
