import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv, type RunSummary } from '@hx4/core';
import { cell, datasetCsvs, itemAt, killWhen, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smuSimulator } from '../src/simulator/index.js';
import { collectSmu } from './support/collectSmu.mjs';

const QUERIES = ['tank', 'field hospital', 'submarine'];
const DATASET = 'SMU_1900-01-01_1970-12-31';
const KNOWN_DROPS = [
  'compound object without image pages',
  'dmGetCompoundObjectInfo: Requested item is not compound',
  'dmGetItemInfo: Requested item not found',
  'excluded genre',
  'not an image file',
  'not an image type',
  'out of date window',
];

let sim: Simulator;
beforeAll(async () => {
  // No Crawl-delay: it would slow every request of the test to one a second.
  sim = await startSimulator({
    archives: [smuSimulator({ totals: { tank: 140, 'field hospital': 60, submarine: 40 }, imageSize: [240, 180], crawlDelay: null })],
  });
});
afterAll(() => sim.close());

const newDir = () => mkdtemp(join(tmpdir(), 'hx4-smu-e2e-'));
const spec = (baseDir: string, extra: { collections?: string[] } = {}) => ({
  baseDir,
  endpoint: sim.endpoint('smu'),
  queries: QUERIES,
  ...extra,
});

async function csvRows(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for await (const row of readCsv(path)) rows.push(row);
  return rows;
}

const itemInfoRequests = () => sim.requests.entries.filter((entry) => entry.path.includes('q=dmGetItemInfo/')).length;
const fieldTableRequests = () =>
  sim.requests.entries.filter((entry) => entry.path.includes('q=dmGetCollectionFieldInfo/')).map((entry) => entry.path);

describe('collect() for SMU against the CONTENTdm simulator', () => {
  let root: string;
  let first: RunSummary;
  let reference: Record<string, string>;
  let firstItemInfoRequests: number;
  let firstFieldTableRequests: string[];
  let faults: { applied: number }[];

  beforeAll(async () => {
    root = join(await newDir(), DATASET);
    sim.reset();
    faults = [
      sim.faults.add({ match: /dmQuery\/all\/CISOSEARCHALL\^tank\^/, fault: '503', times: 2 }),
      sim.faults.add({ match: /dmQuery\/all\/CISOSEARCHALL\^submarine\^/, fault: 'malformed-json', times: 1 }),
      sim.faults.add({ match: 'q=dmGetItemInfo/', fault: '429', times: 1, retryAfterSeconds: 1 }),
      sim.faults.add({ match: 'q=dmGetItemInfo/', fault: 'malformed-json', times: 2 }),
      sim.faults.add({ match: 'q=dmGetCompoundObjectInfo/', fault: 'reset', times: 1 }),
      sim.faults.add({ match: '/iiif/2/', fault: '503', times: 3 }),
      sim.faults.add({ match: /\/img\/jpeg-\d*2-/, fault: 'truncate', times: 2 }),
    ];
    first = await collectSmu(spec(join(root, '..')));
    firstItemInfoRequests = itemInfoRequests();
    firstFieldTableRequests = fieldTableRequests();
    sim.faults.clear();
    reference = await datasetCsvs(root);
  });

  it('harvests every query through the faults and completes', () => {
    expect(faults.map((fault) => fault.applied)).toEqual([2, 1, 1, 2, 1, 3, 2]);
    expect(first.complete).toBe(true);
    expect(first.hits).toMatchObject({ queries: 3, cachedQueries: 0, failedQueries: [] });
    expect(first.images?.ok).toBeGreaterThan(100);
  });

  it('reads robots.txt of the site and sends an identifying User-Agent', () => {
    expect(sim.requests.entries.some((entry) => entry.path === '/robots.txt')).toBe(true);
    expect(sim.requests.entries.every((entry) => String(entry.headers['user-agent']).startsWith('HX4/'))).toBe(true);
  });

  it('writes one row per image, compound objects one per image page with the parent’s metadata', async () => {
    const rows = await csvRows(join(root, 'metadata_multi_label.csv'));
    expect(rows.length).toBe(first.final?.multiLabel);
    const endpoint = sim.endpoint('smu');
    for (const row of rows) {
      const [, alias, pointer] = /^([a-z]+)_(\d+)$/.exec(cell(row, 'id'))!;
      expect(row.img_url).toBe(`${endpoint}/iiif/2/${alias}:${pointer}/full/max/0/default.jpg`);
      expect(row.doc_url).toBe(`${endpoint}/digital/collection/${alias}/id/${cell(row, 'doc_id').split('_')[1]}`);
      expect(cell(row, 'doc_id').startsWith(`${alias}_`)).toBe(true);
      expect(row.collection).toBe(alias);
      expect(row.rights).not.toBe('');
      expect(row.file_name).toBe(`images/${row.id}.jpg`);
    }
    const pages = rows.filter((row) => row.doc_id !== row.id);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.some((page) => pages.some((other) => other !== page && other.doc_id === page.doc_id && other.title === page.title))).toBe(
      true,
    );
  });

  it('keeps photographs whose titles name a map or letters: non-photographs are told by their genre and type', async () => {
    const titles = (await csvRows(join(root, 'metadata_multi_label.csv'))).map((row) => cell(row, 'title'));
    expect(titles.some((title) => title.startsWith('Officers studying a map'))).toBe(true);
    expect(titles.some((title) => title.startsWith('Sailors reading letters from home'))).toBe(true);
    expect(titles.some((title) => title.startsWith('Letter from'))).toBe(false);
  });

  it('reads every collection by its field table, asked once: the original’s date, not the scan’s, where `date` is the scan’s', async () => {
    expect(firstFieldTableRequests.length).toBeGreaterThan(1);
    expect(new Set(firstFieldTableRequests).size).toBe(firstFieldTableRequests.length);
    // `tcp` keeps the digitisation date (2012–2019) under `date`: read as the item's date, every item would be out of the window.
    const centennial = (await csvRows(join(root, 'metadata_multi_label.csv'))).filter((row) => row.collection === 'tcp');
    expect(centennial.length).toBeGreaterThan(5);
    for (const row of centennial) if (row.doc_year !== '') expect(Number(row.doc_year)).toBeLessThanOrEqual(1970);
    expect(first.rows.dateSources.dateor).toBeGreaterThan(5);
    expect(first.rows.dateSources.date).toBeGreaterThan(50);
    expect(Object.keys(first.rows.dateSources).every((source) => ['date', 'datea', 'dateor', 'undated'].includes(source))).toBe(true);
  });

  it('keeps text correct UTF-8 and leaves empty fields empty', async () => {
    const text = await readFile(join(root, 'metadata_multi_label.csv'), 'utf8');
    expect(text).toMatch(/[éöôó–“”]/u);
    expect(text).not.toMatch(/Ã|Â|\\u00|\\\//u);
    expect(text).not.toContain('[object Object]');
    expect(text).toContain('Smith & Sons Studio');
  });

  it('counts its drops by stable reasons, CONTENTdm’s HTTP 200 errors included, and every record once', () => {
    const { dropped, accepted } = first.rows;
    expect(Object.keys(dropped).every((reason) => KNOWN_DROPS.includes(reason))).toBe(true);
    for (const reason of [
      'dmGetItemInfo: Requested item not found',
      'excluded genre',
      'not an image file',
      'not an image type',
      'out of date window',
    ]) {
      expect(dropped[reason], reason).toBeGreaterThan(0);
    }
    expect(accepted + Object.values(dropped).reduce((a, b) => a + b, 0)).toBe(first.hits.records);
  });

  it('reruns from the cache without a request and writes byte-identical CSVs', async () => {
    sim.requests.reset();
    const again = await collectSmu(spec(join(root, '..')));
    expect(sim.requests.count()).toBe(0);
    expect(again.hits.cachedQueries).toBe(3);
    const csvs = await datasetCsvs(root);
    expect(Object.keys(csvs)).toEqual(Object.keys(reference));
    for (const name of Object.keys(reference)) expect(csvs[name] === reference[name], name).toBe(true);
  });

  it('survives being killed mid-harvest: the rerun fetches only the item pages it lacks and gives the same dataset', async () => {
    const dir = await newDir();
    const dataset = join(dir, DATASET);
    sim.requests.reset();
    sim.faults.add({ match: 'q=dmGetItemInfo/', fault: 'slow', delayMs: 40 });
    const signal = await runUntilKilled(spec(dir), async () => (await listFiles(join(dataset, 'hits', 'pages'))).length >= 40);
    sim.faults.clear();
    expect(signal).toBe('SIGKILL');
    const beforeKill = itemInfoRequests();
    sim.requests.reset();
    const finished = await collectSmu(spec(dir));
    expect(finished.complete).toBe(true);
    expect(itemInfoRequests()).toBeLessThanOrEqual(firstItemInfoRequests - 20);
    expect(beforeKill).toBeGreaterThanOrEqual(20);
    const csvs = await datasetCsvs(dataset);
    for (const name of Object.keys(reference)) expect(csvs[name] === reference[name], name).toBe(true);
  });

  it('searches only the collections asked for', async () => {
    const dir = await newDir();
    const summary = await collectSmu(spec(dir, { collections: ['ryr', 'bud'] }));
    expect(summary.complete).toBe(true);
    const rows = await csvRows(join(dir, DATASET, 'metadata_multi_label.csv'));
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((row) => row.collection))).toEqual(new Set(['ryr', 'bud']));
    // The dataset says which collections it was made from.
    expect(summary.settings.archive).toEqual({ collections: ['ryr', 'bud'], iiifSize: 'max' });
  });

  it('records an unknown collection as a failed query that names it', async () => {
    const summary = await collectSmu(spec(await newDir(), { collections: ['ryr', 'nope'] }));
    expect(summary.complete).toBe(false);
    expect(summary.hits.failedQueries).toHaveLength(3);
    expect(itemAt(summary.hits.failedQueries, 0, 'failed query').reason).toContain('CONTENTdm does not know the collection "nope"');
  });
});

async function listFiles(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

const childScript = fileURLToPath(new URL('./support/collectSmu.mjs', import.meta.url));
const builtAdapter = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** Kills a collection of the built package, run in its own process, once `ready()` holds. */
function runUntilKilled(runSpec: object, ready: () => Promise<boolean>): Promise<NodeJS.Signals | null> {
  if (!existsSync(builtAdapter)) throw new Error('packages/smu/dist is missing: run `npm run build` (npm test does)');
  return killWhen(childScript, runSpec, ready);
}
