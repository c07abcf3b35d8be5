import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  collect,
  createHttpClient,
  loadCanonicalMap,
  vocabularyFromQueries,
  type CollectRequest,
  type HttpClient,
  type RunSummary,
  type Vocabulary,
} from '@hx4/core';
import { cell, csvRecords, datasetCsvs, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saKuvaAdapter } from '../src/index.js';
import { saKuvaSimulator } from '../src/simulator/index.js';

const QUERIES = ['panssarivaunu', 'lotta', 'korsu', 'sotilaskoti'];
const LABELS: Record<string, string> = { panssarivaunu: 'tank', lotta: 'women at war', korsu: 'shelter', sotilaskoti: 'camp life' };
const DATASET = 'SA_KUVA_1939-09-01_1945-09-02';
const misc = (file: string) => fileURLToPath(new URL(`../../../misc/${file}`, import.meta.url));

let sim: Simulator;
let http: HttpClient;
let vocabulary: Vocabulary;

beforeAll(async () => {
  const totals = { panssarivaunu: 130, lotta: 70, korsu: 90 };
  sim = await startSimulator({ archives: [saKuvaSimulator({ totals, imageSize: [96, 72] })] });
  http = createHttpClient({ userAgent: 'hx4-test', defaultPolicy: { requestsPerSecond: 1000, concurrency: 8 }, backoffBaseMs: 5 });
  vocabulary = vocabularyFromQueries(QUERIES, await loadCanonicalMap(misc('canonical_labels_fi.json')));
});
afterAll(async () => {
  await http.close();
  await sim.close();
});

function run(baseDir: string): Promise<RunSummary> {
  const options: CollectRequest = {
    adapter: saKuvaAdapter,
    baseDir,
    endpoint: sim.endpoint('sa-kuva'),
    vocabulary,
    http,
    seed: 7,
  };
  return collect(options);
}

describe('collect sa-kuva against the simulator with faults', () => {
  let root: string;
  let summary: RunSummary;
  let faults: { applied: number }[];

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sa-kuva-'));
    root = join(dir, DATASET);
    faults = [
      sim.faults.add({ match: /\/search\?lookfor=panssarivaunu/, fault: '503', times: 2 }),
      sim.faults.add({ match: /\/search\?lookfor=lotta/, fault: 'malformed-json', times: 1 }),
      sim.faults.add({ match: /\/search\?lookfor=korsu/, fault: 'reset', times: 1 }),
      sim.faults.add({ match: '/Cover/Show', fault: '503', times: 3 }),
      sim.faults.add({ match: /\/img\/jpeg-\d*[05]-/, fault: 'truncate', times: 2 }),
    ];
    summary = await run(dir);
    sim.faults.clear();
  });

  it('finishes, retrying every transient fault', () => {
    expect(faults.map((fault) => fault.applied)).toEqual([2, 1, 1, 3, 2]);
    expect(summary.complete).toBe(true);
    expect(summary.hits.failedQueries).toEqual([]);
    for (const reason of Object.keys(summary.images!.failed)) expect(['corrupt', 'not-an-image', 'http-404']).toContain(reason);
  });

  it('drops records outside the window and without an image, and counts every record', () => {
    expect(summary.rows.dropped['out of date window']).toBeGreaterThan(0);
    expect(summary.rows.dropped['no image']).toBeGreaterThan(0);
    const dropped = Object.values(summary.rows.dropped).reduce((a, b) => a + b, 0);
    expect(summary.rows.accepted + dropped).toBe(summary.hits.records);
  });

  it('dates most rows to the day from their photographing event, the rest by year or not at all', async () => {
    const { events, year, undated, ...others } = summary.rows.dateSources;
    expect(events).toBeGreaterThan(summary.rows.accepted / 2);
    expect(year).toBeGreaterThan(0);
    expect(undated).toBeGreaterThan(0);
    expect(others).toEqual({});
    const multi = await csvRecords(join(root, 'metadata_multi_label.csv'));
    const days = multi.filter((row) => /^\d{4}-\d\d-\d\d$/.test(cell(row, 'doc_date')));
    expect(days.length).toBeGreaterThan(multi.length / 2);
    for (const row of days) expect(cell(row, 'doc_date') >= '1939-09-01' && cell(row, 'doc_date') <= '1945-09-02').toBe(true);
    expect(multi.some((row) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(cell(row, 'raw_doc_date')))).toBe(true);
  });

  it('keeps the Finnish query in user_query and labels rows with the English canonical label', async () => {
    const multi = await csvRecords(join(root, 'metadata_multi_label.csv'));
    expect(multi.length).toBeGreaterThan(150);
    for (const row of multi) {
      const queries = JSON.parse(cell(row, 'user_query').replaceAll("'", '"')) as string[];
      expect(queries.every((query) => QUERIES.includes(query))).toBe(true);
      expect(queries.map((query) => LABELS[query])).toContain(row.label);
      expect(cell(row, 'img_url').startsWith(`${sim.endpoint('sa-kuva').replace(/\/v1$/, '')}/Cover/Show?`)).toBe(true);
      expect(new URL(cell(row, 'img_url')).searchParams.get('size')).toBe('large');
      expect(row.doc_url).toBe(`https://www.finna.fi/Record/${row.doc_id}`);
      expect(row.id).toBe(row.doc_id);
      expect(row.country).toBe('Finland');
      expect(row.rights).toBe('CC BY 4.0');
      if (row.doc_year) expect(Number(row.doc_year)).toBeGreaterThanOrEqual(1939);
      if (row.doc_year) expect(Number(row.doc_year)).toBeLessThanOrEqual(1945);
      expect(existsSync(join(root, cell(row, 'file_name')))).toBe(true);
    }
    expect(new Set(multi.map((row) => row.label))).toEqual(new Set(['tank', 'women at war', 'shelter', 'camp life']));
  });

  it('does no network work on a second run and rewrites byte-identical CSVs', async () => {
    const before = await datasetCsvs(root);
    sim.requests.reset();
    await run(join(root, '..'));
    expect(sim.requests.count()).toBe(0);
    expect(await datasetCsvs(root)).toEqual(before);
  });

  it('resumes an interrupted run to the same dataset as an uninterrupted one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sa-kuva-resume-'));
    // The harvest of one query breaks off after its first page; a handful of images keep failing.
    sim.faults.add({ match: /\/search\?lookfor=panssarivaunu.*&page=2&/, fault: '500' });
    sim.faults.add({ match: /\/img\/gray-/, fault: '503' });
    const interrupted = await run(dir);
    sim.faults.clear();
    expect(interrupted.complete).toBe(false);
    expect(interrupted.hits.failedQueries.map((failure) => failure.query)).toEqual(['panssarivaunu']);
    expect(Object.keys(interrupted.images!.failed)).toContain('http-503');

    sim.requests.reset();
    const resumed = await run(dir);
    expect(resumed.complete).toBe(true);
    expect(sim.requests.entries.filter((entry) => entry.path.includes('page=1&'))).toEqual([]);
    expect(await datasetCsvs(join(dir, DATASET))).toEqual(await datasetCsvs(root));
  });
});
