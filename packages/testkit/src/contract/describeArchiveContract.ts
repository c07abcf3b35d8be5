import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetLayout, readRunSummary } from '@hx4/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords, datasetCsvs } from '../datasetCsvs.js';
import type { FaultHandle, FaultRule } from '../FaultController.js';
import { killWhen } from '../killWhen.js';
import type { LoggedRequest } from '../RequestLog.js';
import { type Simulator, startSimulator } from '../startSimulator.js';
import type { ArchiveContract, ArchiveContractOptions, ContractCollectOverrides, ContractRun } from './ArchiveContract.js';
import { type CollectChildSpec, contractCollect, type ContractCollectSpec } from './contractCollect.js';

/** The child process entry of killed runs, built beside this file (`npm run build` builds it). */
const collectChild = fileURLToPath(new URL('../../dist/contract/collectChild.js', import.meta.url));
/** Collects take seconds each, and a machine shared with other test runs may take many more. */
const COLLECTS_MS = 300_000;
/** Image failures no rerun retries: what the archive sent is no image, or is broken, or is gone. */
const PERMANENT_IMAGE_FAILURES = ['corrupt', 'not-an-image', 'too-many-pixels', 'too-large', 'http-404', 'http-410'];
const FAILED_DOWNLOADS = 'logs/failed_downloads.csv';
/** JPEGs the simulator renders (not its broken-on-purpose images), after any redirect of the archive's image URL. */
const GOOD_IMAGES = /^\/img\/jpeg-/;

/**
 * Registers, for one archive, the behaviour every archive owes its users, against its simulator:
 * a complete dataset; a second run that asks nothing; transient faults retried to the same dataset, permanent
 * failures recorded with a reason; a run killed mid-harvest and mid-images, or broken off by a failing query,
 * resumed to the same dataset without asking again for what it has. `archiveTests` registers the archive's own
 * tests beside them, with the suite's simulator and runs. Every temporary folder is removed after all.
 */
export function describeArchiveContract(options: ArchiveContractOptions, archiveTests?: (contract: ArchiveContract) => void): void {
  const { adapter } = options;
  describe(`${adapter.id}: the archive contract`, () => {
    const dirs: string[] = [];
    let sim: Simulator | undefined;
    let clean: ContractRun | undefined;
    let withFaults: ContractRun | undefined;
    let faults: { rule: FaultRule; handle: FaultHandle }[] = [];
    let reference: Record<string, string> = {};

    const ready = <T>(value: T | undefined, name: string): T => {
      if (value === undefined) throw new Error(`the contract's ${name} is there only once its beforeAll has run`);
      return value;
    };
    const specFor = (baseDir: string, overrides: ContractCollectOverrides = {}): ContractCollectSpec => ({
      baseDir,
      endpoint: ready(sim, 'simulator').endpoint(options.simulator.id),
      queries: overrides.queries ?? options.queries,
      canonical: options.canonical ?? {},
      apiKey: 'apiKey' in overrides ? overrides.apiKey : options.apiKey,
      maxRequests: overrides.maxRequests,
      metadataOnly: overrides.metadataOnly,
    });

    const contract: ArchiveContract = {
      get sim() {
        return ready(sim, 'simulator');
      },
      get clean() {
        return ready(clean, 'clean run');
      },
      get withFaults() {
        return ready(withFaults, 'run with faults');
      },
      async newDir() {
        const dir = await mkdtemp(join(tmpdir(), `hx4-contract-${adapter.id}-`));
        dirs.push(dir);
        return dir;
      },
      async collect(overrides = {}) {
        const baseDir = overrides.baseDir ?? (await contract.newDir());
        contract.sim.requests.reset();
        const summary = await contractCollect(overrides.adapter ?? adapter, specFor(baseDir, overrides), overrides.reporter);
        return { dataset: datasetLayout(baseDir, summary.dataset).root, summary, requests: [...contract.sim.requests.entries] };
      },
      collectUntilKilled(baseDir, until) {
        if (!existsSync(collectChild)) throw new Error('packages/testkit/dist is missing: run `npm run build` (npm test does)');
        if (!existsSync(options.builtAdapter)) throw new Error(`${fileURLToPath(options.builtAdapter)} is missing: run \`npm run build\``);
        const spec: CollectChildSpec = { ...specFor(baseDir), adapterModule: options.builtAdapter.href, archive: adapter.id };
        return killWhen(collectChild, [JSON.stringify(spec)], until);
      },
    };

    beforeAll(async () => {
      sim = await startSimulator({ archives: [options.simulator] });
      clean = await contract.collect();
      reference = await datasetCsvs(clean.dataset);
      // Cleared first, so that every request of the next run is a first attempt again.
      sim.faults.clear();
      faults = [...(options.faults ?? []), ...sharedFaults(options.simulator.id)].map((rule) => ({ rule, handle: sim!.faults.add(rule) }));
      withFaults = await contract.collect();
      sim.faults.clear();
    }, COLLECTS_MS);

    afterAll(async () => {
      await sim?.close();
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    });

    it('collects a complete dataset: every record counted, every CSV readable, every row’s image stored', async () => {
      const { summary, dataset } = contract.clean;
      expect(summary.complete).toBe(true);
      expect(summary.hits).toMatchObject({ queries: options.queries.length, cachedQueries: 0, failedQueries: [] });
      const rowsAndDrops = summary.rows.accepted + total(summary.rows.dropped);
      if (options.severalRowsPerRecord) expect(rowsAndDrops).toBeGreaterThanOrEqual(summary.hits.records);
      else expect(rowsAndDrops).toBe(summary.hits.records);
      expect(summary.images!.ok + total(summary.images!.failed)).toBe(summary.rows.images);
      expect(summary.final!.multiLabel).toBe(summary.images!.ok);
      const recorded = await readRunSummary(dataset);
      expect(recorded.kind === 'archive' && recorded.summary.complete).toBe(true);

      const rows = await csvRecords(join(dataset, 'metadata_multi_label.csv'));
      expect(rows.length).toBe(summary.final!.multiLabel);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.file_name).toBe(`images/${row.id!}.jpg`);
        expect(row.img_path).toBe(join(dataset, row.file_name!));
        expect(existsSync(row.img_path!), row.img_path).toBe(true);
      }
      expect(await csvRecords(join(dataset, 'metadata_single_label.csv'))).toHaveLength(rows.length);
      for (const name of Object.keys(reference)) await csvRecords(join(dataset, name));
      expect(await listFiles(join(dataset, 'images'))).toEqual(rows.map((row) => `${row.id!}.jpg`).sort());
      expect(await leftovers(dataset)).toEqual([]);
    });

    it('asks every request with an identifying User-Agent, and robots.txt once, first, where the archive obeys it', () => {
      const { requests } = contract.clean;
      expect(requests.filter((request) => !String(request.headers['user-agent']).startsWith('HX4/'))).toEqual([]);
      const robots = requests.filter((request) => request.path === '/robots.txt');
      if (adapter.obeysRobotsTxt) {
        expect(requests[0]?.path).toBe('/robots.txt');
        expect(robots).toHaveLength(1);
      } else expect(robots).toEqual([]);
    });

    it('asks the archive nothing on a second run and rewrites byte-identical CSVs', async () => {
      const again = await contract.collect({ baseDir: join(contract.clean.dataset, '..') });
      expect(again.requests).toEqual([]);
      expect(again.summary.complete).toBe(true);
      expect(again.summary.hits.cachedQueries).toBe(options.queries.length);
      expectSameCsvs(await datasetCsvs(again.dataset), reference);
    });

    it('retries transient faults (503, reset, 429 with Retry-After, truncated images) to the dataset made without them', async () => {
      const { summary, dataset } = contract.withFaults;
      expect(faults.filter(({ rule, handle }) => handle.applied !== (rule.times ?? handle.applied)).map(({ rule }) => rule)).toEqual([]);
      expect(faults.every(({ handle }) => handle.applied > 0)).toBe(true);
      expect(summary.complete).toBe(true);
      expect(summary.hits.failedQueries).toEqual([]);
      // The same failures, though some were met by a fault before their permanent answer: another number of attempts.
      const { [FAILED_DOWNLOADS]: _failed, ...tables } = reference;
      const { [FAILED_DOWNLOADS]: _faultyFailed, ...faultyTables } = await datasetCsvs(dataset);
      expectSameCsvs(faultyTables, tables);
      expect(await failuresOf(dataset)).toEqual(await failuresOf(contract.clean.dataset));
    });

    it('records every image that cannot be stored with its permanent reason, in the summary and failed_downloads.csv', async () => {
      const { summary, dataset } = contract.clean;
      const failed = await csvRecords(join(dataset, FAILED_DOWNLOADS));
      expect(failed.length).toBeGreaterThan(0);
      expect(failed).toHaveLength(total(summary.images!.failed));
      for (const row of failed) {
        expect(PERMANENT_IMAGE_FAILURES, row.img_url).toContain(row.reason);
        expect(row.transient).toBe('no');
      }
      expect(Object.keys(summary.images!.failed).sort()).toEqual([...new Set(failed.map((row) => row.reason!))].sort());
    });

    it('resumes a run killed mid-harvest and then mid-images to the same dataset, leaving no temporary file', async () => {
      const baseDir = await contract.newDir();
      const dataset = datasetLayout(baseDir, contract.clean.summary.dataset);
      // Slowed, so that the state waited for comes well before the end.
      contract.sim.faults.add({ match: new RegExp(`^/${options.simulator.id}/`), fault: 'slow', delayMs: 150 });
      const inHarvest = await contract.collectUntilKilled(baseDir, async () =>
        (await listFiles(dataset.hits)).some((name) => name.endsWith('.checkpoint.json')),
      );
      contract.sim.faults.clear();
      contract.sim.faults.add({ match: /^\/img\//, fault: 'slow', delayMs: 100 });
      const inImages = await contract.collectUntilKilled(baseDir, async () => (await listFiles(dataset.images)).length >= 5);
      contract.sim.faults.clear();
      expect([inHarvest, inImages]).toEqual(['SIGKILL', 'SIGKILL']);

      const finished = await contract.collect({ baseDir });
      expect(finished.summary.complete).toBe(true);
      expectSameCsvs(await datasetCsvs(dataset.root), reference);
      expect(await listFiles(dataset.images)).toEqual(await listFiles(join(contract.clean.dataset, 'images')));
      expect(await leftovers(dataset.root)).toEqual([]);
    });

    it('resumes a run broken off by a failing query to the same dataset, asking nothing again it was answered', async () => {
      const { query, request, askedAgain } = options.interruption;
      const baseDir = await contract.newDir();
      contract.sim.faults.add({ match: request, fault: '500' });
      contract.sim.faults.add({ match: /^\/img\/jpeg-\d*[37]-/, fault: '503' });
      const interrupted = await contract.collect({ baseDir });
      contract.sim.faults.clear();
      expect(interrupted.summary.complete).toBe(false);
      expect(interrupted.summary.hits.failedQueries.map((failure) => failure.query)).toEqual([query]);
      expect(interrupted.summary.hits.failedQueries[0]?.reason).toMatch(/^http-500\b/);
      expect(Object.keys(interrupted.summary.images!.failed)).toContain('http-503');

      const resumed = await contract.collect({ baseDir });
      expect(resumed.summary.complete).toBe(true);
      const answered = new Set(interrupted.requests.filter(isAnswered).map((logged) => logged.path));
      expect(answered.size).toBeGreaterThan(0);
      const askedTwice = resumed.requests
        .map((logged) => logged.path)
        .filter((path) => answered.has(path) && path !== '/robots.txt' && !askedAgain?.test(path));
      expect(askedTwice).toEqual([]);
      expect(resumed.requests.length).toBeLessThan(contract.clean.requests.length);
      expectSameCsvs(await datasetCsvs(resumed.dataset), reference);
    });

    if (archiveTests) describe(`${adapter.id}: its own behaviour`, () => archiveTests(contract));
  });
}

/**
 * Transient faults every archive must ride out: its own requests (searches, item pages, image redirects) and the
 * images met each once at most, so each succeeds on a retry whatever else it meets.
 */
function sharedFaults(archiveId: string): FaultRule[] {
  const archive = new RegExp(`^/${archiveId}/`);
  return [
    { match: archive, fault: '503', times: 2, firstAttemptOnly: true },
    { match: archive, fault: 'reset', times: 1, firstAttemptOnly: true },
    { match: archive, fault: '429', times: 1, retryAfterSeconds: 1, firstAttemptOnly: true },
    { match: GOOD_IMAGES, fault: '503', times: 3, firstAttemptOnly: true },
    { match: GOOD_IMAGES, fault: 'reset', times: 2, resetAt: 'mid-body', firstAttemptOnly: true },
    { match: GOOD_IMAGES, fault: 'truncate', times: 2, firstAttemptOnly: true },
  ];
}

/** The images a dataset could not store, and why, without how many attempts that took. */
async function failuresOf(dataset: string): Promise<Record<string, string>[]> {
  return (await csvRecords(join(dataset, FAILED_DOWNLOADS))).map(({ attempts: _attempts, ...failure }) => failure);
}

/** Answered as asked: no fault, status 200. */
function isAnswered(logged: LoggedRequest): boolean {
  return logged.fault === null && logged.status === 200;
}

/** Compared file by file, so a difference names its file without printing every CSV. */
function expectSameCsvs(actual: Record<string, string>, expected: Record<string, string>): void {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const name of Object.keys(expected)) expect(actual[name] === expected[name], `${name} differs`).toBe(true);
}

function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

async function listFiles(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

/** Files a finished run must not leave: downloads and writes in progress, and their folder. */
async function leftovers(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true });
  return names.filter((name) => name === 'tmp' || name.endsWith('.tmp') || name.endsWith('.part'));
}
