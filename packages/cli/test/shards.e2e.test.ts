import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { cell, csvRecords, datasetCsvs, itemAt } from '@hx4/testkit';
import { killHx4When, runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const DATASET = 'EUROPEANA_1900-01-01_1970-12-31';
/** Enough queries that 7 shards each get one or two, and overlapping hits, so rows join images across shards. */
const QUERIES = ['tank', 'aircraft', 'soldier', 'ship', 'artillery', 'bomber', 'submarine', 'trench', 'cavalry', 'zeppelin'];

const simulator = useSimulator({ archives: [europeanaSimulator({ imageSize: [160, 120] })] });

const collectArgs = (dir: string, requestsPerSecond = 1000) => [
  'collect',
  'europeana',
  '-d',
  dir,
  '--endpoint',
  simulator.sim.endpoint('europeana'),
  ...QUERIES.flatMap((query) => ['--query', query]),
  '--requests-per-second',
  String(requestsPerSecond),
  '--thumbnail-size',
  '64,64',
  '--img-mean-std',
  '-nw',
  '4',
];

async function statsOf(datasetDir: string): Promise<{ mean: number[]; std: number[] }> {
  return JSON.parse(await readFile(join(datasetDir, 'stats.json'), 'utf8')) as { mean: number[]; std: number[] };
}

let reference: { csvs: Record<string, string>; stats: { mean: number[]; std: number[] } };
beforeAll(async () => {
  const dir = await simulator.newDir();
  const result = await runHx4(collectArgs(dir));
  expect(result.code, result.stderr).toBe(0);
  reference = { csvs: await datasetCsvs(join(dir, DATASET)), stats: await statsOf(join(dir, DATASET)) };
  // A dataset too small to share rows between queries would prove nothing about the join.
  expect(reference.csvs['metadata_multi_label.csv']?.trim().split('\n').length).toBeGreaterThan(60);
}, 120_000);

describe.each([1, 2, 3, 7])('%i shards joined', (count) => {
  it('give the CSVs and stats of one unsharded run', async () => {
    const dir = await simulator.newDir();
    const shards = Array.from({ length: count }, (_, position) => `${String(position + 1)}/${String(count)}`);
    if (count === 2) {
      // Run alone, a shard harvests its queries but cannot know the whole dataset's images yet.
      const alone = await runHx4([...collectArgs(dir), '--shard', '1/2']);
      expect(alone.code).toBe(1);
      expect(alone.stderr).toMatch(/images wait for the harvest of 2\/2/u);
    }
    // First every shard harvests (a job array with --metadata-only), then every shard stores its images.
    for (const shard of shards) {
      const harvest = await runHx4([...collectArgs(dir), '--shard', shard, '--metadata-only']);
      expect(harvest.code, harvest.stderr).toBe(0);
    }
    for (const shard of shards) {
      if (count === 3 && shard === '2/3') {
        // Killed while storing its images, then run again: the join must not see a difference.
        const images = join(dir, DATASET, 'shards', '2-of-3', 'images');
        const killed = await killHx4When(
          [...collectArgs(dir), '--shard', shard],
          async () => (await readdir(images).catch(() => [])).filter((name) => name.endsWith('.jpg')).length >= 3,
        );
        expect(killed).toBe('SIGKILL');
        const early = await runHx4([...collectArgs(dir), '--join-shards', String(count)]);
        expect(early.code).toBe(1);
        expect(early.stderr).toMatch(/shard 2\/3 missing/u);
      }
      const images = await runHx4([...collectArgs(dir), '--shard', shard]);
      expect(images.code, images.stderr).toBe(0);
    }
    if (count === 2) {
      // Finished shards not joined yet are an unfinished dataset: no merge passes their absence off as whole.
      const early = await runHx4(['merge', '-d', dir]);
      expect(early.code).toBe(1);
      expect(early.stderr).toMatch(
        /the merge would leave out EUROPEANA_1900-01-01_1970-12-31 \(unfinished: shards 1-of-2, 2-of-2 not joined yet/u,
      );
      expect(existsSync(join(dir, 'HISTORY_X1'))).toBe(false);
    }
    if (count === 1) {
      // Shards whose images were made otherwise are no part of this dataset.
      const other = await runHx4([...collectArgs(dir).map((arg) => (arg === '64,64' ? '48,48' : arg)), '--join-shards', '1']);
      expect(other.code).toBe(1);
      expect(other.stderr).toMatch(/shard 1\/1 was collected with other settings \(thumbnailSize\)/u);
    }
    const join_ = await runHx4([...collectArgs(dir), '--join-shards', String(count)]);
    expect(join_.code, join_.stderr).toBe(0);
    if (count === 2) {
      const missing = await runHx4(['merge', '-d', dir, '--expect', 'europeana', '--expect', 'sa-kuva']);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/the merge would leave out sa-kuva \(missing: no finished dataset of this archive\)/u);
      const partial = await runHx4(['merge', '-d', dir, '--expect', 'europeana', '--expect', 'sa-kuva', '--allow-partial']);
      expect(partial.code, partial.stderr).toBe(0);
      const merged = JSON.parse(await readFile(join(dir, 'HISTORY_X1', 'run-summary.json'), 'utf8')) as { skipped: unknown[] };
      expect(merged.skipped).toEqual([{ dataset: 'sa-kuva', reason: 'missing: no finished dataset of this archive' }]);
    }
    expect(await datasetCsvs(join(dir, DATASET))).toEqual(reference.csvs);
    if (count === 3) {
      // A joined dataset's records are in its shards' hits: hx4 explain finds them there.
      const first = itemAt(await csvRecords(join(dir, DATASET, 'metadata_multi_label.csv')), 0, 'row');
      const explained = await runHx4(['explain', join(dir, DATASET), cell(first, 'doc_id'), '--json']);
      expect(explained.code, explained.stderr).toBe(0);
      const explanation = JSON.parse(explained.stderr) as { records: unknown[]; rows: { id: string }[] };
      expect(explanation.records.length).toBeGreaterThan(0);
      expect(explanation.rows.map((row) => row.id)).toContain(cell(first, 'id'));
    }
    const stats = await statsOf(join(dir, DATASET));
    for (const [channel, mean] of reference.stats.mean.entries()) expect(stats.mean[channel]).toBeCloseTo(mean, 9);
    for (const [channel, std] of reference.stats.std.entries()) expect(stats.std[channel]).toBeCloseTo(std, 9);
  }, 300_000);
});

describe('a shard', () => {
  it("takes its share of the archive's request quota and API rate, and says so in its summary", async () => {
    const dir = await simulator.newDir();
    const args = [...collectArgs(dir, 8), '--max-requests', '100', '--shard', '1/4', '--metadata-only'];
    const result = await runHx4(args);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(await readFile(join(dir, DATASET, 'shards', '1-of-4', 'shard-summary.json'), 'utf8')) as {
      settings: { maxRequests: number; apiRequestsPerSecond: number };
      hits: { queries: number; budget: { limit: number } };
      politeness: { host: string; ceiling: { requestsPerSecond: number } }[];
    };
    expect(summary.settings.maxRequests).toBe(25);
    expect(summary.hits.budget.limit).toBe(25);
    expect(summary.settings.apiRequestsPerSecond).toBe(2);
    expect(summary.hits.queries).toBe(3);
    expect(summary.politeness.map((lane) => lane.ceiling.requestsPerSecond)).toContain(2);
  });

  it('refuses a shard that is no shard of a set, before anything is written', async () => {
    const dir = await simulator.newDir();
    for (const shard of ['0/3', '4/3', '2', 'a/b']) {
      const result = await runHx4([...collectArgs(dir), '--shard', shard]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([`hx4: --shard must be I/N with 1 ≤ I ≤ N ≤ 1000 (e.g. 2/8), got "${shard}"`]);
    }
    const refusals: [string[], string][] = [
      [
        [...collectArgs(dir), '--shard', '1/2', '--join-shards', '2'],
        'hx4: --shard and --join-shards exclude each other: collect a shard, or join the finished shards',
      ],
      [
        ['collect', 'europeana', 'sa-kuva', '-d', dir, '--shard', '1/2'],
        'hx4: --shard and --join-shards take one archive: run one hx4 collect per archive',
      ],
      [
        [...collectArgs(dir), '--shard', '1/4', '--max-requests', '3'],
        'hx4: a request quota of 3 cannot be shared by 4 shards: each needs at least one request',
      ],
    ];
    for (const [args, message] of refusals) {
      const result = await runHx4(args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([message]);
    }
    expect(await readdir(dir)).toEqual([]);
  });
});
