import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseListCell, requestBudgetFileName, type Reporter, type RunSummary } from '@hx4/core';
import { cell, csvRecords, datasetCsvs, killWhen, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalArchiveSimulator } from '../src/simulator/index.js';
import { collectNara } from './support/collectNara.mjs';

const QUERIES = ['tank', 'field hospital', 'submarine', 'half-track'];
const DATASET = 'NATIONAL_ARCHIVE_1900-01-01_1970-12-31';
const SEARCH_PATH = '/national-archive/api/v2/records/search';
const KNOWN_DROPS = [
  'excluded series',
  'no image object',
  'out of date window',
  'query not in text',
  'useless description',
  'useless title',
];

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({
    archives: [
      nationalArchiveSimulator({ totals: { tank: 130, 'field hospital': 30, submarine: 25 }, imageSize: [240, 180], mode: 'api-v2' }),
    ],
  });
});
afterAll(() => sim.close());

const newDir = () => mkdtemp(join(tmpdir(), 'hx4-nara-e2e-'));
const spec = (baseDir: string, extra: { apiKey?: string; maxRequests?: number } = { apiKey: 'test-key' }) => ({
  baseDir,
  endpoint: sim.endpoint('national-archive'),
  queries: QUERIES,
  ...extra,
});

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

describe('collect() for the National Archives against the simulator', () => {
  let root: string;
  let first: RunSummary;
  let reference: Record<string, string>;
  let searchRequests: number;

  beforeAll(async () => {
    root = join(await newDir(), DATASET);
    sim.reset();
    sim.faults.add({ match: /records\/search.*q=%22tank%22/, fault: '429', times: 1, retryAfterSeconds: 1 });
    sim.faults.add({ match: /records\/search.*q=%22submarine%22/, fault: 'malformed-json', times: 1 });
    sim.faults.add({ match: /records\/search.*q=%22field\+hospital%22/, fault: '503', times: 2 });
    sim.faults.add({ match: /\/img\/jpeg-\d*5-/, fault: '503', times: 3 });
    sim.faults.add({ match: /\/img\/jpeg-\d*1-/, fault: 'reset', times: 2, resetAt: 'mid-body' });
    sim.faults.add({ match: /\/img\/jpeg-\d*2-/, fault: 'truncate', times: 2 });
    first = await collectNara(spec(join(root, '..')));
    searchRequests = sim.requests.count(SEARCH_PATH);
    sim.faults.clear();
    reference = await datasetCsvs(root);
  });

  it('harvests every query through the faults and completes', () => {
    expect(first.complete).toBe(true);
    expect(first.hits).toMatchObject({ queries: 4, cachedQueries: 0, failedQueries: [] });
    expect(first.hits.sources).toEqual(Object.fromEntries(QUERIES.map((query) => [query, 'api-v2'])));
    expect(first.hits.records).toBeGreaterThan(180);
    expect(first.images?.ok).toBeGreaterThan(150);
  });

  it('writes one row per image object, named after the naId, with catalog page links', async () => {
    const rows = await csvRecords(join(root, 'metadata_multi_label.csv'));
    expect(rows.length).toBe(first.final?.multiLabel);
    for (const row of rows) {
      expect(row.id).toMatch(/^\d+(_\d+)?$/);
      expect(row.doc_url).toBe(`https://catalog.archives.gov/id/${row.doc_id}`);
      expect(row.file_name).toBe(`images/${row.id}.jpg`);
    }
    const multiImage = rows.find((row) => row.id === `${row.doc_id}_2` && rows.some((other) => other.id === row.doc_id));
    expect(multiImage).toBeDefined();
    expect(rows.some((row) => /\.JPG$/.test(cell(row, 'img_url')))).toBe(true);
    expect(rows.some((row) => cell(row, 'img_url').endsWith('.png'))).toBe(true);
    expect(rows.some((row) => parseListCell(cell(row, 'user_query')).length > 1)).toBe(true);
  });

  it('counts its drops by stable reasons and records the images that cannot be used', async () => {
    expect(Object.keys(first.rows.dropped).every((reason) => KNOWN_DROPS.includes(reason))).toBe(true);
    expect(first.rows.dropped['no image object']).toBeGreaterThan(0);
    const failed = await csvRecords(join(root, 'logs', 'failed_downloads.csv'));
    const kinds = new Set(failed.map((row) => /\/(?:img|media\/\d+)\/([a-z-]+)-\d+-/.exec(cell(row, 'img_url'))?.[1]));
    expect(kinds).toContain('missing');
    expect(kinds).toContain('truncated');
    expect([...kinds].every((kind) => ['html', 'missing', 'truncated'].includes(kind as string))).toBe(true);
  });

  it('counts every search request, retries included, in a per-key counter that never holds the key', async () => {
    expect(first.hits.budget).toEqual({ used: searchRequests, limit: 10_000, exhausted: false, unfinishedQueries: 0 });
    const counter = JSON.parse(await readFile(join(root, 'state', requestBudgetFileName('test-key')), 'utf8'));
    expect(counter.used).toBe(searchRequests);
    expect(await allText(root)).not.toContain('test-key');
  });

  it('reruns from the cache without a request and writes byte-identical CSVs', async () => {
    sim.requests.reset();
    const again = await collectNara(spec(join(root, '..')));
    expect(sim.requests.count()).toBe(0);
    expect(again.hits.cachedQueries).toBe(4);
    expect(again.hits.budget?.used).toBe(searchRequests);
    const csvs = await datasetCsvs(root);
    expect(Object.keys(csvs)).toEqual(Object.keys(reference));
    for (const name of Object.keys(reference)) expect(csvs[name] === reference[name], name).toBe(true);
  });

  it('stops at the request budget, resumably, and a rerun with budget left completes the same dataset', async () => {
    const dir = await newDir();
    const reporter = recordingReporter();
    sim.requests.reset();
    const stopped = await collectNara(spec(dir, { apiKey: 'test-key', maxRequests: 3 }), reporter);
    expect(sim.requests.count(SEARCH_PATH)).toBe(3);
    expect(stopped.complete).toBe(false);
    expect(stopped.hits.failedQueries).toEqual([]);
    expect(stopped.hits.budget).toMatchObject({ used: 3, limit: 3, exhausted: true });
    expect(stopped.hits.budget?.unfinishedQueries).toBeGreaterThan(0);
    expect(reporter.lines).toContain(
      'warn: request budget spent: 3 of 3 requests used in ' +
        `${new Date().toISOString().slice(0, 7)} (UTC); rerun after the budget resets next month, or with a higher --max-requests, to resume`,
    );

    sim.requests.reset();
    const resumed = await collectNara(spec(dir, { apiKey: 'test-key', maxRequests: 100 }));
    expect(resumed.complete).toBe(true);
    expect(resumed.hits.budget).toEqual({ used: 3 + sim.requests.count(SEARCH_PATH), limit: 100, exhausted: false, unfinishedQueries: 0 });
    const csvs = await datasetCsvs(join(dir, DATASET));
    for (const name of Object.keys(reference)) expect(csvs[name] === reference[name], name).toBe(true);
  });

  it('survives being killed mid-harvest and mid-images: the rerun gives the same dataset', async () => {
    const dir = await newDir();
    const dataset = join(dir, DATASET);
    sim.faults.add({ match: /records\/search/, fault: 'slow', delayMs: 150 });
    const killedInHarvest = await runUntilKilled(spec(dir), async () =>
      (await listFiles(join(dataset, 'hits'))).some((name) => name.endsWith('.checkpoint.json')),
    );
    sim.faults.clear();
    sim.faults.add({ match: /\/img\//, fault: 'slow', delayMs: 100 });
    const killedInImages = await runUntilKilled(spec(dir), async () => (await listFiles(join(dataset, 'images'))).length >= 5);
    sim.faults.clear();
    expect([killedInHarvest, killedInImages]).toEqual(['SIGKILL', 'SIGKILL']);
    const finished = await collectNara(spec(dir));
    expect(finished.complete).toBe(true);
    const csvs = await datasetCsvs(dataset);
    for (const name of Object.keys(reference)) expect(csvs[name] === reference[name], name).toBe(true);
    expect(await listFiles(join(dataset, 'images'))).toEqual(await listFiles(join(root, 'images')));
  });

  it('harvests through the keyless proxy v3 without a key, never sending the official API a request, and without a budget', async () => {
    const dir = await newDir();
    sim.requests.reset();
    const keyless = await collectNara(spec(dir, {}));
    expect(sim.requests.count(SEARCH_PATH)).toBe(0);
    expect(sim.requests.count('/national-archive/proxy/v3/records/search')).toBeGreaterThan(3);
    expect(sim.requests.count('/national-archive/proxy/records/search')).toBe(0);
    expect(keyless.complete).toBe(true);
    expect(keyless.hits.sources).toEqual(Object.fromEntries(QUERIES.map((query) => [query, 'proxy-v3'])));
    expect(keyless.hits.budget).toBeUndefined();
    const rows = await csvRecords(join(dir, DATASET, 'metadata_multi_label.csv'));
    expect(rows.length).toBeGreaterThan(100);
  });

  it('passes over the official API when it refuses the key, says so, and harvests through proxy v3', async () => {
    const reporter = recordingReporter();
    sim.requests.reset();
    const wrongKey = await collectNara(spec(await newDir(), { apiKey: 'wrong-key' }), reporter);
    // Refused once, on the first query's first request; no later query asks it again.
    expect(sim.requests.count(SEARCH_PATH)).toBe(1);
    expect(wrongKey.complete).toBe(true);
    expect(wrongKey.hits.failedQueries).toEqual([]);
    expect(wrongKey.hits.sources).toEqual(Object.fromEntries(QUERIES.map((query) => [query, 'proxy-v3'])));
    expect(reporter.lines.some((line) => /Catalog API v2 .*does not serve \(http-403/.test(line))).toBe(true);
  });

  it('answers a budget that is not a positive whole number with a clear error', async () => {
    await expect(collectNara(spec(await newDir(), { apiKey: 'test-key', maxRequests: 0 }))).rejects.toThrow(
      /request budget must be a positive whole number of requests, got 0/,
    );
  });
});

async function listFiles(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

const childScript = fileURLToPath(new URL('./support/collectNara.mjs', import.meta.url));
const builtAdapter = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** Kills a collection of the built package, run in its own process, once `ready()` holds. */
function runUntilKilled(runSpec: object, ready: () => Promise<boolean>): Promise<NodeJS.Signals | null> {
  if (!existsSync(builtAdapter)) throw new Error('packages/national-archive/dist is missing: run `npm run build` (npm test does)');
  return killWhen(childScript, runSpec, ready);
}
