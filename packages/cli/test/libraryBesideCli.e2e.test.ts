import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collect, createHttpClient, readRunSummary, resolveImageSettings, vocabularyFromQueries, type RunSummary } from '@hx4/core';
import { europeanaAdapter } from '@hx4/europeana';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { cell, csvRecords, itemAt } from '@hx4/testkit';
import { runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const CLI_MADE = 'EUROPEANA_1900-01-01_1970-12-31';
const LIBRARY_MADE = 'EUROPEANA_1914-01-01_1945-12-31';

const simulator = useSimulator({ archives: [europeanaSimulator({ totals: { tank: 30, submarine: 20 }, imageSize: [320, 240] })] });
let dir: string;
let library: RunSummary;

/**
 * One dataset from `hx4 collect`, one from a plain library `collect()` call as the README shows it (another
 * date window, the same thumbnail box): both record the same settings, so the merge takes both.
 */
beforeAll(async () => {
  dir = await simulator.newDir();
  const endpoint = simulator.sim.endpoint('europeana');
  const run = await runHx4(simulator.collectArgs('europeana', dir, ['tank', 'submarine'], ['--thumbnail-size', '128,128']));
  expect(run.code, run.stderr).toBe(0);
  const http = createHttpClient({ userAgent: 'hx4-cli-test', defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 } });
  try {
    library = await collect({
      adapter: europeanaAdapter,
      baseDir: dir,
      window: { start: '1914-01-01', end: '1945-12-31' },
      endpoint,
      vocabulary: vocabularyFromQueries(['tank', 'submarine']),
      http,
      images: resolveImageSettings({ thumbnailSize: [128, 128] }),
    });
  } finally {
    await http.close();
  }
}, 120_000);

describe('a dataset made by a library collect() call beside one made by hx4 collect', () => {
  it('records the settings the CLI records, less what only the CLI knows', async () => {
    const cli = await readRunSummary(join(dir, CLI_MADE));
    if (cli.kind !== 'archive') throw new Error(`${CLI_MADE} is not an archive dataset`);
    const { maxRps, insecureHosts, ...cliSettings } = cli.summary.settings;
    expect({ maxRps, insecureHosts }).toEqual({ maxRps: { hosts: {} }, insecureHosts: [] });
    expect(Object.keys(library.settings).sort()).toEqual(Object.keys(cliSettings).sort());
    expect(library.settings).toMatchObject({ thumbnailSize: [128, 128], queries: 2, window: { start: '1914-01-01', end: '1945-12-31' } });
  });

  it('is merged with it by hx4 merge, and explained by hx4 explain', async () => {
    const merge = await runHx4(['merge', '-d', dir]);
    expect(merge.code, merge.stderr).toBe(0);
    const merged = await readRunSummary(join(dir, 'HISTORY_X2'));
    if (merged.kind !== 'merged') throw new Error('HISTORY_X2 is not a merge');
    expect(merged.summary.sources.map((source) => source.dataset)).toEqual([CLI_MADE, LIBRARY_MADE]);
    expect(merged.summary.skipped).toEqual([]);
    expect(merged.summary.settings.thumbnailSize).toEqual([128, 128]);
    expect(await readFile(join(dir, 'HISTORY_X2', 'report.html'), 'utf8')).toContain('<dt>thumbnail size</dt><dd>128×128</dd>');

    const row = itemAt(await csvRecords(join(dir, LIBRARY_MADE, 'metadata_multi_label.csv')), 0, 'row');
    const explain = await runHx4(['explain', join(dir, LIBRARY_MADE), cell(row, 'id')]);
    expect(explain.code, explain.stderr).toBe(0);
    expect(explain.stderr).toContain(`became row ${cell(row, 'id')}`);
  });
});
