import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reporter, RunSummary } from '@hx4/core';
import { csvRecords, startSimulator, type Simulator, cell } from '@hx4/testkit';
import { contractCollect } from '@hx4/testkit/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalArchiveAdapter } from '../src/index.js';
import { nationalArchiveSimulator, type NationalArchiveSimulatorOptions } from '../src/simulator/index.js';

const QUERIES = ['tank', 'field hospital', 'submarine'];
const DATASET = 'NATIONAL_ARCHIVE_1900-01-01_1970-12-31';
const PATHS = {
  'api-v2': '/national-archive/api/v2/records/search',
  'proxy-v3': '/national-archive/proxy/v3/records/search',
  proxy: '/national-archive/proxy/records/search',
};
type SourceId = keyof typeof PATHS;

interface Run {
  summary: RunSummary;
  lines: string[];
  /** Search requests the simulator received, per source. */
  requests: Record<SourceId, number>;
  rows: Record<string, string>[];
  dir: string;
}

const sims: Simulator[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.close()));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function simulator(options: NationalArchiveSimulatorOptions): Promise<Simulator> {
  const sim = await startSimulator({
    archives: [nationalArchiveSimulator({ totals: { tank: 130, 'field hospital': 30, submarine: 25 }, imageSize: [96, 72], ...options })],
  });
  sims.push(sim);
  return sim;
}

async function collect(sim: Simulator, apiKey?: string, dir?: string): Promise<Run> {
  const baseDir = dir ?? (await mkdtemp(join(tmpdir(), 'hx4-nara-sources-')));
  dirs.push(baseDir);
  const lines: string[] = [];
  const reporter: Reporter = { log: (level, message) => lines.push(`${level}: ${message}`), progress() {} };
  sim.requests.reset();
  const spec = {
    baseDir,
    endpoint: sim.endpoint('national-archive'),
    queries: QUERIES,
    canonical: { 'field hospital': 'hospital' },
    apiKey,
  };
  const summary = await contractCollect(nationalArchiveAdapter, spec, reporter);
  const requests = Object.fromEntries(Object.entries(PATHS).map(([id, path]) => [id, sim.requests.count(`${path}?`)])) as Record<
    SourceId,
    number
  >;
  const rows = summary.final ? await csvRecords(join(baseDir, DATASET, 'metadata_multi_label.csv')) : [];
  return { summary, lines, requests, rows, dir: baseDir };
}

const servedBy = (source: SourceId) => Object.fromEntries(QUERIES.map((query) => [query, source]));
const passedOver = (run: Run, description: RegExp, reason: RegExp) =>
  run.lines.filter(
    (line) => line.startsWith('warn: national-archive: ') && description.test(line) && / does not serve \(/.test(line) && reason.test(line),
  );

describe('collect() for the National Archives, whichever of its searches serves', () => {
  describe('(a) the official API v2 serves JSON with a key', () => {
    let run: Run;
    beforeAll(async () => {
      run = await collect(await simulator({ mode: 'api-v2' }), 'test-key');
    });

    it('harvests every query through api-v2 and never asks a proxy', () => {
      expect(run.summary.complete).toBe(true);
      expect(run.summary.hits.sources).toEqual(servedBy('api-v2'));
      expect(run.requests['proxy-v3'] + run.requests.proxy).toBe(0);
      expect(run.lines).toContain('info: national-archive: searching through the official Catalog API v2 with your key (source api-v2)');
      expect(run.rows.some((row) => cell(row, 'id').endsWith('_2'))).toBe(true);
    });
  });

  describe('(b) v2 answers the web app’s HTML page with status 200 and proxy v3 serves (the default)', () => {
    let sim: Simulator;
    let keyed: Run;
    let keyless: Run;
    beforeAll(async () => {
      sim = await simulator({});
      keyed = await collect(sim, 'test-key');
      keyless = await collect(sim);
    });

    it('asks v2 once, takes its HTML page for a source that does not serve (never retried as malformed), and harvests through proxy v3', () => {
      expect(keyed.requests['api-v2']).toBe(1);
      expect(keyed.requests.proxy).toBe(0);
      expect(keyed.summary.complete).toBe(true);
      expect(keyed.summary.hits.failedQueries).toEqual([]);
      expect(keyed.summary.hits.sources).toEqual(servedBy('proxy-v3'));
      expect(keyed.rows.length).toBeGreaterThan(50);
    });

    it('says in one line each which source was passed over and why, and which serves', () => {
      expect(
        passedOver(keyed, /official Catalog API v2/, /answered the catalog web app's HTML page \(status 200\) instead of JSON/),
      ).toHaveLength(1);
      expect(keyed.lines.filter((line) => /searching through .* \(source proxy-v3\)$/.test(line))).toHaveLength(1);
    });

    it('never sends a keyless run to v2 at all', () => {
      expect(keyless.requests['api-v2']).toBe(0);
      expect(keyless.summary.hits.sources).toEqual(servedBy('proxy-v3'));
      expect(keyless.rows.map((row) => row.id)).toEqual(keyed.rows.map((row) => row.id));
    });

    it('reruns from the cache with the same sources recorded, asking nothing', async () => {
      const again = await collect(sim, 'test-key', keyed.dir);
      expect(Object.values(again.requests)).toEqual([0, 0, 0]);
      expect(again.summary.hits.cachedQueries).toBe(QUERIES.length);
      expect(again.summary.hits.sources).toEqual(servedBy('proxy-v3'));
    });
  });

  describe('(c) only the older proxy serves', () => {
    let gone: Run;
    let webApp: Run;
    beforeAll(async () => {
      gone = await collect(await simulator({ mode: 'proxy' }), 'test-key');
      webApp = await collect(await simulator({ mode: 'proxy', retiredV3: 'web-app' }));
    });

    it('passes over v2 (its HTML page) and v3 (a 404) once each, and harvests through the older proxy', () => {
      expect([gone.requests['api-v2'], gone.requests['proxy-v3']]).toEqual([1, 1]);
      expect(gone.summary.complete).toBe(true);
      expect(gone.summary.hits.sources).toEqual(servedBy('proxy'));
      expect(passedOver(gone, /keyless search proxy v3/, /http-404/)).toHaveLength(1);
      // Abbreviated hits carry one object: one row a record.
      expect(gone.rows.length).toBeGreaterThan(50);
      expect(gone.rows.every((row) => /^\d+$/.test(cell(row, 'id')))).toBe(true);
    });

    it('takes a v3 that answers the web app’s page for gone too, without retrying it', () => {
      expect([webApp.requests['api-v2'], webApp.requests['proxy-v3']]).toEqual([0, 1]);
      expect(webApp.summary.hits.sources).toEqual(servedBy('proxy'));
      expect(passedOver(webApp, /keyless search proxy v3/, /HTML page \(status 200\)/)).toHaveLength(1);
      expect(webApp.rows.map((row) => row.id)).toEqual(gone.rows.map((row) => row.id));
    });
  });
});
