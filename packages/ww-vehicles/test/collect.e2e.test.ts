import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
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
import { cell, csvRecords, datasetCsvs, itemAt, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTINGS, wwVehiclesAdapter } from '../src/index.js';
import { wwVehiclesSimulator } from '../src/simulator/index.js';

const DATASET = 'WW_VEHICLES';
const KEYS = LISTINGS.map((listing) => listing.key);
const SIMULATOR = { vehiclesPerListing: 5, imageSize: [96, 72] as [number, number], crawlDelaySeconds: 0 };
const canonicalFile = fileURLToPath(new URL('../../../misc/canonical_labels.json', import.meta.url));
/** Article pages of a listing folder, not the listing itself. */
const articlesOf = (folder: string, listingFile: string) => new RegExp(`/ww-vehicles/${folder}/(?!${listingFile})[^/]+\\.php$`);

let sim: Simulator;
let http: HttpClient;
let ownVocabulary: Vocabulary;

beforeAll(async () => {
  sim = await startSimulator({ archives: [wwVehiclesSimulator(SIMULATOR)] });
  http = createHttpClient({ userAgent: 'hx4-test', defaultPolicy: { requestsPerSecond: 1000, concurrency: 8 }, backoffBaseMs: 5 });
  http.setHostPolicy('127.0.0.1', { requestsPerSecond: 1000, concurrency: 4 });
  http.obeyRobotsTxt('127.0.0.1');
  const { queries, canonical } = wwVehiclesAdapter.ownQueries!();
  ownVocabulary = vocabularyFromQueries(queries, canonical);
});
afterAll(async () => {
  await http.close();
  await sim.close();
});

function run(baseDir: string, server = sim, vocabulary = ownVocabulary, metadataOnly = false): Promise<RunSummary> {
  const request: CollectRequest = {
    adapter: wwVehiclesAdapter,
    baseDir,
    endpoint: server.endpoint('ww-vehicles'),
    vocabulary,
    http,
    metadataOnly,
    seed: 7,
  };
  return collect(request);
}

describe('collect ww-vehicles against the simulator with faults', () => {
  let root: string;
  let summary: RunSummary;
  let faults: { applied: number }[];

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-ww-vehicles-'));
    root = join(dir, DATASET);
    faults = [
      sim.faults.add({ match: '/ww-vehicles/ww2/germany/german-trucks.php', fault: '503', times: 2 }),
      // An error page served with status 200: no div.content, so the listing is asked for again.
      sim.faults.add({ match: '/ww-vehicles/ww2/uk/british-trucks.php', fault: 'html', times: 1 }),
      sim.faults.add({ match: articlesOf('ww2/us', 'us-trucks'), fault: 'reset', times: 1 }),
      sim.faults.add({ match: articlesOf('ww2/france', 'french-trucks'), fault: '429', times: 1, retryAfterSeconds: 1 }),
      sim.faults.add({ match: /\/ww-vehicles\/.*photos\/.+\.jpg$/, fault: '503', times: 3 }),
      sim.faults.add({ match: /\/img\/jpeg-/, fault: 'truncate', times: 2 }),
    ];
    summary = await run(dir);
    sim.faults.clear();
  });

  it('finishes, retrying every transient fault', () => {
    expect(faults.map((fault) => fault.applied)).toEqual([2, 1, 1, 1, 3, 2]);
    expect(summary.complete).toBe(true);
    expect(summary.hits.failedQueries).toEqual([]);
    expect(summary.dataset).toBe(DATASET);
    for (const reason of Object.keys(summary.images!.failed)) expect(reason).toBe('http-404');
  });

  it('drops broken articles with short reasons and counts every record', () => {
    expect(Object.keys(summary.rows.dropped)).toEqual([
      'article has no div.content',
      'article has no vehicle picture',
      'detail page http-404',
    ]);
    const dropped = Object.values(summary.rows.dropped).reduce((a, b) => a + b, 0);
    expect(summary.rows.accepted + dropped).toBe(summary.hits.records);
  });

  it('writes one row per vehicle picture with its name, caption, war, country and vehicle label', async () => {
    const endpoint = sim.endpoint('ww-vehicles');
    const canonicalLabels = new Set((await loadCanonicalMap(canonicalFile)).values());
    const multi = await csvRecords(join(root, 'metadata_multi_label.csv'));
    expect(multi.length).toBeGreaterThan(KEYS.length * 5);
    for (const row of multi) {
      const queries = JSON.parse(cell(row, 'user_query').replaceAll("'", '"')) as string[];
      expect(queries.every((query) => KEYS.includes(query))).toBe(true);
      expect(row.war).toBe(queries[0] === 'ww1' ? 'WW1' : 'WW2');
      expect(canonicalLabels).toContain(row.label);
      expect(JSON.parse(cell(row, 'canonical_labels'))).toEqual([row.label]);
      expect(cell(row, 'img_url').startsWith(`${endpoint}/ww`)).toBe(true);
      expect(row.doc_url).toBe(`${endpoint}${row.doc_id}`);
      expect(row.id).toBe(decodeURIComponent(cell(row, 'img_url').split('/').at(-1)!).replace(/\.\w+$/, ''));
      expect(row.title).not.toBe('');
      expect(row.country).not.toBe('');
      expect(row.doc_year).toBe('');
      expect(existsSync(join(root, cell(row, 'file_name')))).toBe(true);
    }
    expect(new Set(multi.map((row) => row.label)).size).toBeGreaterThan(1);
    expect(multi.filter((row) => row.description !== '').length).toBeGreaterThan(multi.length / 2);
    const header = itemAt((await readFile(join(root, 'metadata_multi_label.csv'), 'utf8')).split('\n'), 0, 'header line');
    expect(header.endsWith(',war,enriched_document_description')).toBe(true);
  });

  it('does no network work on a second run and rewrites byte-identical CSVs', async () => {
    const before = await datasetCsvs(root);
    sim.requests.reset();
    await run(join(root, '..'));
    expect(sim.requests.count()).toBe(0);
    expect(await datasetCsvs(root)).toEqual(before);
  });

  it('resumes an interrupted run to the same dataset as an uninterrupted one, refetching only what failed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-ww-vehicles-resume-'));
    // One article keeps failing, so its listing breaks off; a handful of images keep failing.
    const italy = articlesOf('ww2/italy', 'italian-trucks');
    sim.faults.add({ match: italy, fault: '500', times: 50 });
    sim.faults.add({ match: /\/img\/jpeg-\d*7-/, fault: '503' });
    const interrupted = await run(dir);
    sim.faults.clear();
    expect(interrupted.complete).toBe(false);
    expect(interrupted.hits.failedQueries.map((failure) => failure.query)).toEqual(['ww2 italy']);
    expect(Object.keys(interrupted.images!.failed)).toContain('http-503');

    sim.requests.reset();
    const resumed = await run(dir);
    expect(resumed.complete).toBe(true);
    const pages = sim.requests.entries.map((entry) => entry.path).filter((path) => path.endsWith('.php'));
    expect(pages).toContain('/ww-vehicles/ww2/italy/italian-trucks.php');
    expect(pages.filter((path) => !italy.test(path))).toEqual(['/ww-vehicles/ww2/italy/italian-trucks.php']);
    expect(await datasetCsvs(join(dir, DATASET))).toEqual(await datasetCsvs(root));
  });
});

describe('collect ww-vehicles when a listing changed its markup', () => {
  it('fails that listing with the reason and keeps the others', async () => {
    const redesigned = await startSimulator({ archives: [wwVehiclesSimulator({ ...SIMULATOR, redesignedListings: ['ww2 japan'] })] });
    try {
      const vocabulary = vocabularyFromQueries(['ww2 japan', 'ww2 us'], wwVehiclesAdapter.ownQueries!().canonical);
      const summary = await run(await mkdtemp(join(tmpdir(), 'hx4-ww-vehicles-redesign-')), redesigned, vocabulary, true);
      expect(summary.complete).toBe(false);
      expect(summary.hits.failedQueries).toHaveLength(1);
      const failure = itemAt(summary.hits.failedQueries, 0, 'failed query');
      expect(failure.query).toBe('ww2 japan');
      expect(failure.reason).toContain(`listing "ww2 japan" has no div.content`);
      expect(summary.rows.accepted).toBeGreaterThan(0);
    } finally {
      await redesigned.close();
    }
  });
});
