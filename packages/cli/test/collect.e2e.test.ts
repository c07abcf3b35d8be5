import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { datasetCsvs } from '@hx4/testkit';
import { runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const QUERIES = ['tank', 'combat aircraft', 'field hospital', 'submarine'];
const DATASET = 'EUROPEANA_1900-01-01_1970-12-31';

const simulator = useSimulator({ archives: [europeanaSimulator({ totals: { tank: 130, 'combat aircraft': 40 }, imageSize: [480, 360] })] });
const collectArgs = (dir: string) =>
  simulator.collectArgs('europeana', dir, QUERIES, ['--thumbnail-size', '256,256', '--img-mean-std', '-nw', '4']);

describe('hx4 collect europeana against the simulator with faults', () => {
  let dir: string;
  let root: string;
  let first: Awaited<ReturnType<typeof runHx4>>;
  let faults: { applied: number }[];

  beforeAll(async () => {
    const { sim } = simulator;
    dir = await simulator.newDir();
    root = join(dir, DATASET);
    faults = [
      sim.faults.add({ match: /search\.json.*query=tank/, fault: '429', times: 1, retryAfterSeconds: 1 }),
      sim.faults.add({ match: /search\.json.*query=submarine/, fault: 'malformed-json', times: 1 }),
      sim.faults.add({ match: /search\.json.*query=field/, fault: '503', times: 2 }),
      sim.faults.add({ match: /\/img\/jpeg-[0-9]*[05]-/, fault: '503', times: 3 }),
      sim.faults.add({ match: /\/img\/jpeg-[0-9]*[1]-/, fault: 'reset', times: 3, resetAt: 'mid-body' }),
      sim.faults.add({ match: /\/img\/jpeg-[0-9]*[2]-/, fault: 'truncate', times: 2 }),
      sim.faults.add({ match: /\/img\/jpeg-[0-9]*[3]-/, fault: 'reset', times: 2, resetAt: 'start' }),
      sim.faults.add({ match: /\/img\/gray-/, fault: 'slow', delayMs: 300, times: 3 }),
    ];
    first = await runHx4(collectArgs(dir));
    sim.faults.clear();
  });

  it('finishes, retrying every transient fault', async () => {
    expect(first.stderr).not.toMatch(/not finished/);
    expect(first.code).toBe(0);
    expect(faults.map((fault) => fault.applied)).toEqual([1, 1, 2, 3, 3, 2, 2, 3]);
    const summary = JSON.parse(await readFile(join(root, 'run-summary.json'), 'utf8'));
    expect(summary.complete).toBe(true);
    expect(summary.hits.failedQueries).toEqual([]);
    // Only the simulator's deliberately broken images fail, each with a permanent reason.
    for (const reason of Object.keys(summary.images.failed)) expect(['corrupt', 'not-an-image', 'http-404']).toContain(reason);
  });

  it('counts every record and every image: kept, dropped with a reason, or failed with a reason', async () => {
    const summary = JSON.parse(await readFile(join(root, 'run-summary.json'), 'utf8'));
    const dropped = Object.values(summary.rows.dropped as Record<string, number>).reduce((a, b) => a + b, 0);
    expect((summary.rows.accepted as number) + dropped).toBe(summary.hits.records);
    expect(dropped).toBeGreaterThan(0);
    const failed = Object.values(summary.images.failed as Record<string, number>).reduce((a, b) => a + b, 0);
    expect((summary.images.ok as number) + failed).toBe(summary.rows.images);
    const failedLog = (await readFile(join(root, 'logs', 'failed_downloads.csv'), 'utf8')).trim().split('\n');
    expect(failedLog).toHaveLength(failed + 1);
    expect(summary.final.multiLabel).toBe(summary.images.ok);
  });

  it('leaves exactly the final images in images/ and no temp file anywhere', async () => {
    const csv = await readFile(join(root, 'metadata_multi_label.csv'), 'utf8');
    const names = [...csv.matchAll(/,images\/([^,]+\.jpg),/g)].map((m) => m[1]).sort();
    expect(names.length).toBeGreaterThan(50);
    expect((await readdir(join(root, 'images'))).sort()).toEqual(names);
    expect(existsSync(join(root, 'tmp'))).toBe(false);
    for (const sub of ['', 'hits', 'state', 'logs']) {
      expect((await readdir(join(root, sub))).filter((name) => name.endsWith('.tmp') || name.endsWith('.part'))).toEqual([]);
    }
  });

  it('writes files the HistoryCLIP Python loaders read', () => {
    const script = `
import ast, csv, gzip, os, pickle, sys
root = sys.argv[1]
rows = list(csv.DictReader(open(os.path.join(root, 'metadata_multi_label.csv'), encoding='utf-8', newline='')))
assert rows, 'no rows'
for row in rows:
    queries = ast.literal_eval(row['user_query'])
    assert isinstance(queries, list) and queries == sorted(queries), row['user_query']
    assert os.path.isabs(row['img_path']) and os.path.exists(row['img_path']), row['img_path']
    assert row['label'] in ast.literal_eval(row['canonical_labels'])
single = list(csv.DictReader(open(os.path.join(root, 'metadata_single_label.csv'), encoding='utf-8', newline='')))
assert len(single) == len(rows) and 'user_query' not in single[0]
mean = pickle.load(gzip.open(os.path.join(root, 'img_rgb_mean.gz')))
std = pickle.load(gzip.open(os.path.join(root, 'img_rgb_std.gz')))
assert len(mean) == 3 and len(std) == 3 and all(0 < v < 1 for v in mean + std), (mean, std)
print(len(rows))
`;
    const out = execFileSync('python3', ['-c', script, root], { encoding: 'utf8' });
    expect(Number(out.trim())).toBeGreaterThan(50);
  });

  it('writes the dataset card, Croissant metadata and charts, and `hx4 report` rewrites them', async () => {
    for (const file of ['report.html', 'croissant.json']) expect(existsSync(join(root, file))).toBe(true);
    expect((await readdir(join(root, 'outputs'))).some((name) => name.endsWith('.png'))).toBe(true);
    const card = await readFile(join(root, 'report.html'), 'utf8');
    const again = await runHx4(['report', root]);
    expect(again.code).toBe(0);
    expect(await readFile(join(root, 'report.html'), 'utf8')).toBe(card);
    expect((await runHx4(['report', join(root, 'no-such-folder')])).code).toBe(2);
  });

  it('does no network work on a second run and rewrites byte-identical CSVs', async () => {
    const before = await datasetCsvs(root);
    simulator.sim.requests.reset();
    const second = await runHx4(collectArgs(dir));
    expect(second.code).toBe(0);
    expect(simulator.sim.requests.count()).toBe(0);
    expect(await datasetCsvs(root)).toEqual(before);
  });

  it('gives byte-identical CSVs from a fresh run in another folder, with --low-memory too', async () => {
    const other = await simulator.newDir();
    const result = await runHx4(collectArgs(other));
    expect(result.code).toBe(0);
    expect(await datasetCsvs(join(other, DATASET))).toEqual(await datasetCsvs(root));
    const lowMemory = await simulator.newDir();
    const smallHeap = await runHx4([...collectArgs(lowMemory), '--low-memory']);
    expect(smallHeap.code, smallHeap.stderr).toBe(0);
    expect(await datasetCsvs(join(lowMemory, DATASET))).toEqual(await datasetCsvs(root));
  });
});
