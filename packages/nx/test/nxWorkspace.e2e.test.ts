import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { saKuvaSimulator } from '@hx4/sa-kuva/simulator';
import { csvRecords, startSimulator, type Simulator } from '@hx4/testkit';
import { createNxWorkspace, type NxWorkspace } from './support/nxWorkspace.js';

const EUROPEANA = 'EUROPEANA_1914-01-01_1918-12-31';
// No window in its definition: hx4 uses SA-Kuva's own.
const SA_KUVA = 'SA_KUVA_1939-09-01_1945-09-02';
const options = { query: ['tank'], 'thumbnail-size': '64,64', 'requests-per-second': 1000, 'img-mean-std': true };

let sim: Simulator;
let workspace: NxWorkspace;
const data = (...path: string[]) => join(workspace.root, 'data', ...path);
const runSummary = async (dataset: string) => JSON.parse(await readFile(data(dataset, 'run-summary.json'), 'utf8'));

beforeAll(async () => {
  sim = await startSimulator({
    archives: [
      europeanaSimulator({ totals: { tank: 8 }, imageSize: [96, 72] }),
      saKuvaSimulator({ totals: { tank: 8 }, imageSize: [96, 72] }),
    ],
  });
  workspace = await createNxWorkspace();
  // As docs/nx.md says: datasets stay out of git and Nx's file index, endpoints and keys in .env (Nx loads it into
  // each task). SA-Kuva's endpoint reaches hx4 that way, Europeana's through its definition.
  await workspace.writeText('.gitignore', 'data/\n');
  await workspace.writeText('.env', `HX4_SA_KUVA_ENDPOINT=${sim.endpoint('sa-kuva')}\n`);
  await workspace.write('datasets/europeana-1914-1918/hx4.dataset.json', {
    archive: 'europeana',
    window: { start: '1914-01-01', end: '1918-12-31' },
    options: { ...options, endpoint: sim.endpoint('europeana') },
  });
  await workspace.write('datasets/sa-kuva/hx4.dataset.json', { archive: 'sa-kuva', options });
  await workspace.write('datasets/history-x2/hx4.dataset.json', { sources: ['europeana-1914-1918', 'sa-kuva'] });
});
afterAll(async () => {
  await workspace.remove();
  await sim.close();
});

describe('@hx4/nx in a fresh Nx workspace, against the simulator', () => {
  it('makes a project of each definition', async () => {
    const result = await workspace.nx(['show', 'projects', '--json']);
    expect(result.code, result.output).toBe(0);
    expect(JSON.parse(result.output).sort()).toEqual(['europeana-1914-1918', 'history-x2', 'sa-kuva']);
  });

  it('nx run <dataset>:collect builds that dataset, and only that one', async () => {
    const result = await workspace.nx(['run', 'europeana-1914-1918:collect']);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('hx4 collect europeana -d data --start-date 1914-01-01 --end-date 1918-12-31');
    const summary = await runSummary(EUROPEANA);
    expect(summary.complete).toBe(true);
    expect(summary.images.downloaded).toBeGreaterThan(0);
    expect(existsSync(data(SA_KUVA))).toBe(false);
  });

  it('nx run <dataset>:report fails naming the collect to run when the dataset is missing', async () => {
    const result = await workspace.nx(['run', 'sa-kuva:report']);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`no finished sa-kuva dataset in ${data()}: run nx run sa-kuva:collect first`);
  });

  it('nx run <merged>:merge collects the sources that are missing, then merges them', async () => {
    const result = await workspace.nx(['run', 'history-x2:merge']);
    expect(result.code, result.output).toBe(0);
    expect((await runSummary(SA_KUVA)).complete).toBe(true);
    const merged = await runSummary('HISTORY_X2');
    expect(merged.sources.map((source: { archive: string }) => source.archive).sort()).toEqual(['europeana', 'sa-kuva']);
    expect(merged.skipped).toEqual([]);
    // The simulated archives share no picture: the merge holds every row of both, each from its dataset.
    const rows = await csvRecords(data('HISTORY_X2', 'metadata_multi_label.csv'));
    const sourceRows = [
      ...(await csvRecords(data(EUROPEANA, 'metadata_multi_label.csv'))),
      ...(await csvRecords(data(SA_KUVA, 'metadata_multi_label.csv'))),
    ];
    expect(rows).toHaveLength(merged.final.multiLabel);
    expect(rows.map((row) => `${row.dataset} ${row.id}`).sort()).toEqual(sourceRows.map((row) => `${row.dataset} ${row.id}`).sort());
    expect(new Set(rows.map((row) => row.dataset))).toEqual(new Set([EUROPEANA, SA_KUVA]));
    const split = [
      ...(await csvRecords(data('HISTORY_X2', 'metadata_multi_label_train.csv'))),
      ...(await csvRecords(data('HISTORY_X2', 'metadata_multi_label_val.csv'))),
    ];
    expect(split.map((row) => row.id).sort()).toEqual(rows.map((row) => row.id).sort());
  });

  it('nx run-many -t collect runs every collect; hx4, not Nx, knows the datasets are done and fetches nothing again', async () => {
    const result = await workspace.nx(['run-many', '-t', 'collect', '--parallel=2']);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('hx4 collect europeana');
    expect(result.output).toContain('hx4 collect sa-kuva');
    expect(result.output).not.toContain('[local cache]');
    for (const dataset of [EUROPEANA, SA_KUVA]) {
      const summary = await runSummary(dataset);
      expect(summary.hits.cachedQueries).toBe(summary.hits.queries);
      expect(summary.images.downloaded).toBe(0);
      expect(summary.images.ok).toBeGreaterThan(0);
    }
  });

  it('nx run <dataset>:report and <merged>:report rewrite the reports of the folders hx4 chose', async () => {
    await rm(data(EUROPEANA, 'report.html'));
    await rm(data('HISTORY_X2', 'report.html'));
    const result = await workspace.nx(['run-many', '-t', 'report', '-p', 'europeana-1914-1918', 'history-x2']);
    expect(result.code, result.output).toBe(0);
    expect(existsSync(data(EUROPEANA, 'report.html'))).toBe(true);
    expect(existsSync(data('HISTORY_X2', 'report.html'))).toBe(true);
  });

  it('a merge whose source cannot be collected stops before merging, and leaves no merge claiming to be whole', async () => {
    await rm(data(SA_KUVA), { recursive: true });
    await rm(data('HISTORY_X2'), { recursive: true });
    // The environment wins over .env.
    const result = await workspace.nx(['run', 'history-x2:merge'], { HX4_SA_KUVA_ENDPOINT: 'http://127.0.0.1:9/v1' });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/Failed tasks:\s+- sa-kuva:collect/u);
    expect(existsSync(data('HISTORY_X2'))).toBe(false);
  });

  it('a bad definition fails the workspace with the file and the field', async () => {
    await workspace.write('datasets/sa-kuva/hx4.dataset.json', { archive: 'sa-kuva', window: { start: '1945-01-01', end: '1939-12-31' } });
    const result = await workspace.nx(['show', 'projects']);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('datasets/sa-kuva/hx4.dataset.json: window: start 1945-01-01 is after end 1939-12-31');
  });
});
