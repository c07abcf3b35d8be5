import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, createHttpClient, vocabularyFromQueries, type HttpClient, type RunSummary } from '@hx4/core';
import { cell, csvRecords, datasetCsvs, itemAt, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wwiiAdapter } from '../src/index.js';
import { galleryByKey } from '../src/catalogue.js';
import { uploadFolder } from '../src/simulator/siteUrls.js';
import { wwiiSimulator } from '../src/simulator/index.js';

const T34 = 'ussr tanks-2 t-34';
/** A section read as a gallery: it lists the section's galleries as folder icons. */
const US_TANKS = 'usa tanks';
const WESPE = 'germany artillery wespe';
const OPEL = 'germany wehrmacht_trucks opel_blitz';
const STUART = 'usa tanks m3_stuart';
const KV1 = 'ussr tanks-2 kv-1';
const DATASET = 'WWII_1939-09-01_1945-09-02';

let sim: Simulator;
let http: HttpClient;

beforeAll(async () => {
  const sizes = { [T34]: 45, [US_TANKS]: 0, [WESPE]: 30, [OPEL]: 25, [KV1]: 12 };
  // No Crawl-delay: the tests would otherwise wait a second per request.
  sim = await startSimulator({ archives: [wwiiSimulator({ sizes, changedMarkup: [STUART], imageSize: [64, 48], crawlDelaySeconds: 0 })] });
  http = createHttpClient({ userAgent: 'hx4-test', defaultPolicy: { requestsPerSecond: 1000, concurrency: 8 }, backoffBaseMs: 5 });
  const host = new URL(sim.url).hostname;
  http.setHostPolicy(host, { requestsPerSecond: 1000, concurrency: 4 });
  http.obeyRobotsTxt(host);
});
afterAll(async () => {
  await http.close();
  await sim.close();
});

function run(baseDir: string, galleries = [T34, US_TANKS, WESPE, OPEL], metadataOnly = false): Promise<RunSummary> {
  const own = wwiiAdapter.ownQueries!();
  return collect({
    adapter: wwiiAdapter,
    baseDir,
    endpoint: sim.endpoint('wwii'),
    vocabulary: vocabularyFromQueries(
      own.queries.filter((query) => galleries.includes(query)),
      own.canonical,
    ),
    http,
    metadataOnly,
    seed: 7,
  });
}

const attachmentPages = (gallery: string) => new RegExp(`^/wwii${galleryByKey(gallery)!.path}[a-z0-9-]+-\\d{3}/$`);

describe('collect wwii against the simulator with faults', () => {
  let root: string;
  let summary: RunSummary;
  let faults: { applied: number }[];

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-wwii-'));
    root = join(dir, DATASET);
    faults = [
      sim.faults.add({ match: '/wwii/gallery/ussr/tanks-2/t-34/thumbnails/2', fault: '503', times: 2 }),
      sim.faults.add({ match: /\/wwii\/gallery\/germany\/artillery\/wespe\/wespe-00\d\/$/, fault: 'reset', times: 2 }),
      sim.faults.add({
        match: '/wwii/wp-content/gallery/germany/wehrmacht_trucks/opel_blitz/',
        fault: '429',
        times: 1,
        retryAfterSeconds: 1,
      }),
      sim.faults.add({ match: /\/img\/jpeg-\d*[05]-/, fault: 'truncate', times: 2 }),
    ];
    summary = await run(dir);
    sim.faults.clear();
  });

  it('finishes, retrying every transient fault, with robots.txt asked first', () => {
    expect(faults.map((fault) => fault.applied)).toEqual([2, 2, 1, 2]);
    expect(summary.complete).toBe(true);
    expect(summary.hits.failedQueries).toEqual([]);
    expect(summary.hits.pages).toBe(2 + 1 + 1 + 1);
    expect(itemAt(sim.requests.entries, 0, 'request').path).toBe('/robots.txt');
    for (const reason of Object.keys(summary.images!.failed)) expect(['corrupt', 'not-an-image', 'http-404']).toContain(reason);
  });

  it('drops images dated outside the window by reason, and counts every record', () => {
    expect(summary.rows.dropped).toEqual({ 'out of date window': expect.any(Number) });
    expect(summary.rows.accepted + (summary.rows.dropped['out of date window'] ?? 0)).toBe(45 + 30 + 25);
  });

  it("says where each row's year came from, and never fetches a subfolder icon's folder as a photo", () => {
    expect(Object.keys(summary.rows.dateSources).sort()).toEqual(['caption', 'undated']);
    // The US tanks section lists its galleries as folder icons but has no photos of its own: it gives no record.
    expect(sim.requests.entries.filter((entry) => entry.path.startsWith('/wwii/gallery/usa/')).map((entry) => entry.path)).toEqual([
      '/wwii/gallery/usa/tanks/',
    ]);
  });

  it('keeps the gallery in user_query, its class in label, and the attachment page and full-size image per row', async () => {
    const multi = await csvRecords(join(root, 'metadata_multi_label.csv'));
    expect(multi.length).toBeGreaterThan(70);
    const endpoint = sim.endpoint('wwii');
    for (const row of multi) {
      const gallery = itemAt(JSON.parse(cell(row, 'user_query').replaceAll("'", '"')) as string[], 0, 'user query');
      const entry = galleryByKey(gallery)!;
      expect(row.label).toBe(entry.label);
      expect(row.country).toBe(entry.country);
      expect(row.img_url).toBe(`${endpoint}${uploadFolder(entry)}${row.id}.jpg`);
      expect(row.doc_url).toMatch(new RegExp(`^${endpoint}${entry.path}[a-z0-9-]+/$`));
      expect(row.title).not.toBe('');
      if (row.doc_year) expect(row.description).toContain(row.doc_year);
      if (row.doc_year) expect(Number(row.doc_year)).toBeGreaterThanOrEqual(1939);
      if (row.doc_year) expect(Number(row.doc_year)).toBeLessThanOrEqual(1945);
      expect(existsSync(join(root, cell(row, 'file_name')))).toBe(true);
    }
    expect(multi.some((row) => row.doc_year === '')).toBe(true);
    expect(new Set(multi.map((row) => row.label))).toEqual(new Set(['tank', 'armoured vehicle', 'military vehicle']));
  });

  it('does no network work on a second run and rewrites byte-identical CSVs', async () => {
    const before = await datasetCsvs(root);
    sim.requests.reset();
    await run(join(root, '..'));
    expect(sim.requests.count()).toBe(0);
    expect(await datasetCsvs(root)).toEqual(before);
  });

  it('resumes an interrupted run without fetching a page twice, to the same dataset', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-wwii-resume-'));
    sim.faults.add({ match: '/wwii/gallery/ussr/tanks-2/t-34/thumbnails/2', fault: '500' });
    sim.faults.add({ match: /\/img\/gray-/, fault: '503' });
    sim.requests.reset();
    const interrupted = await run(dir);
    const firstRun = sim.requests.entries.map((entry) => entry.path);
    sim.faults.clear();
    expect(interrupted.complete).toBe(false);
    expect(interrupted.hits.failedQueries.map((failure) => failure.query)).toEqual([T34]);
    expect(itemAt(interrupted.hits.failedQueries, 0, 'failed query').reason).toMatch(/^http-500: /);
    expect(firstRun.filter((path) => attachmentPages(T34).test(path))).toHaveLength(40);

    sim.requests.reset();
    const resumed = await run(dir);
    const secondRun = sim.requests.entries.map((entry) => entry.path);
    expect(resumed.complete).toBe(true);
    expect(secondRun).not.toContain('/wwii/gallery/ussr/tanks-2/t-34/');
    expect(secondRun.filter((path) => attachmentPages(T34).test(path))).toHaveLength(5);
    expect(secondRun.filter((path) => firstRun.includes(path) && !path.startsWith('/img/') && !path.includes('/wp-content/'))).toEqual([
      '/wwii/gallery/ussr/tanks-2/t-34/thumbnails/2',
    ]);
    expect(await datasetCsvs(join(dir, DATASET))).toEqual(await datasetCsvs(root));
  });
});

describe('collect wwii from a site whose markup changed', () => {
  it('fails the changed gallery with a clear reason, drops an unreadable attachment page, and keeps the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-wwii-markup-'));
    const errorPage = sim.faults.add({ match: '/wwii/gallery/ussr/tanks-2/kv-1/kv-1-004/', fault: 'html', times: 1 });
    const summary = await run(dir, [STUART, KV1], true);
    sim.faults.clear();
    expect(errorPage.applied).toBe(1);
    expect(summary.complete).toBe(false);
    expect(summary.hits.failedQueries).toEqual([
      { query: STUART, reason: `gallery "${STUART}" page 1 has no h2.entry-title or .entry-content: the site's markup changed` },
    ]);
    expect(summary.rows.dropped['attachment page has no .entry-title']).toBe(1);
    expect(summary.rows.accepted + Object.values(summary.rows.dropped).reduce((a, b) => a + b, 0)).toBe(12);
  });
});

describe('robots.txt of the site', () => {
  it('is obeyed: a disallowed gallery is never requested and its query fails with the reason', async () => {
    const strict = await startSimulator({
      archives: [wwiiSimulator({ sizes: { [KV1]: 3 }, imageSize: [64, 48], crawlDelaySeconds: 0, disallow: ['/gallery/usa/'] })],
    });
    const client = createHttpClient({
      userAgent: 'hx4-test',
      defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 },
      backoffBaseMs: 5,
    });
    client.obeyRobotsTxt(new URL(strict.url).hostname);
    try {
      const own = wwiiAdapter.ownQueries!();
      const summary = await collect({
        adapter: wwiiAdapter,
        baseDir: await mkdtemp(join(tmpdir(), 'hx4-wwii-robots-')),
        endpoint: strict.endpoint('wwii'),
        vocabulary: vocabularyFromQueries([KV1, STUART], own.canonical),
        http: client,
        metadataOnly: true,
        workers: 2,
        seed: 7,
      });
      expect(summary.hits.failedQueries).toEqual([
        { query: STUART, reason: expect.stringMatching(/^robots: .*disallowed by .*robots\.txt/) },
      ]);
      expect(strict.requests.entries.some((entry) => entry.path.includes('/gallery/usa/'))).toBe(false);
      expect(strict.requests.entries.filter((entry) => entry.path === '/robots.txt')).toHaveLength(1);
      expect(summary.hits.records).toBeGreaterThan(0);
    } finally {
      await client.close();
      await strict.close();
    }
  });
});
