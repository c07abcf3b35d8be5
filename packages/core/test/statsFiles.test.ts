import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mergeStats, pythonPickleFloatList, readStatsFile, writeStatsFiles, type ImageStats } from '../src/stats/index.js';

/** Floats chosen to catch any lossy encoding: non-terminating binary fractions, tiny and huge values. */
const awkward = [0.1, 1 / 3, Math.PI / 4, 5e-324, -1.7976931348623157e308, 0];

/** What Python's `pickle.load(gzip.open(f))` returns for each file, as exact JSON (Python's repr round-trips). */
function pythonLoad(paths: string[]): unknown[] {
  const script = 'import gzip, json, pickle, sys\nprint(json.dumps([pickle.load(gzip.open(p)) for p in sys.argv[1:]]))';
  return JSON.parse(execFileSync('python3', ['-c', script, ...paths], { encoding: 'utf8' }));
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'hx4-stats-files-'));
}

// mergeStats of one part derives mean and std from the sums, as computeImageStats does.
const stats: ImageStats = mergeStats({
  mean: [0, 0, 0],
  std: [0, 0, 0],
  sum: [123.4, 98.7654321, 200.1],
  sumSquares: [80.2, 51.123, 150.05],
  pixels: 300,
  images: 2,
});

describe('pythonPickleFloatList', () => {
  it('writes protocol 2 opcodes with big-endian doubles', () => {
    expect(pythonPickleFloatList([1.5, -2])).toEqual(Buffer.from('80025d28473ff800000000000047c00000000000000065' + '2e', 'hex'));
    expect(pythonPickleFloatList([])).toEqual(Buffer.from('80025d2e', 'hex'));
  });

  it('is read back by Python as the exact same floats', async () => {
    const dir = await tempDir();
    const lists = [awkward, [], Array.from({ length: 1500 }, (_, i) => i / 7)];
    const paths = lists.map((_, i) => join(dir, `list${i}.gz`));
    await Promise.all(lists.map((list, i) => writeFile(paths[i]!, gzipSync(pythonPickleFloatList(list)))));
    expect(pythonLoad(paths)).toEqual(lists);
  });
});

describe('writeStatsFiles', () => {
  it('writes the mean and std pickles that Python loads as [r, g, b], and stats.json', async () => {
    const dir = await tempDir();
    await writeStatsFiles(dir, stats);
    expect((await readdir(dir)).sort()).toEqual(['img_rgb_mean.gz', 'img_rgb_std.gz', 'stats.json']);
    expect(pythonLoad([join(dir, 'img_rgb_mean.gz'), join(dir, 'img_rgb_std.gz')])).toEqual([stats.mean, stats.std]);
    const json = JSON.parse(await readFile(join(dir, 'stats.json'), 'utf8'));
    expect(Object.keys(json)).toEqual(['mean', 'std', 'sum', 'sumSquares', 'pixels', 'images']);
    expect(json).toEqual(stats);
  });

  it('writes the same bytes every time, with a gzip header free of time and platform', async () => {
    const [first, second] = [await tempDir(), await tempDir()];
    await writeStatsFiles(first, stats);
    await writeStatsFiles(second, stats);
    for (const name of ['img_rgb_mean.gz', 'img_rgb_std.gz', 'stats.json']) {
      expect(await readFile(join(second, name))).toEqual(await readFile(join(first, name)));
    }
    const gzip = await readFile(join(first, 'img_rgb_mean.gz'));
    expect(gzip.readUInt32LE(4)).toBe(0);
    expect(gzip[9]).toBe(3);
    expect(gunzipSync(gzip)).toEqual(pythonPickleFloatList(stats.mean));
  });

  it('reads stats.json back, and rejects a file that is not one', async () => {
    const dir = await tempDir();
    await writeStatsFiles(dir, stats);
    expect(await readStatsFile(dir)).toEqual(stats);
    await writeFile(join(dir, 'stats.json'), JSON.stringify({ ...stats, pixels: 'many' }));
    await expect(readStatsFile(dir)).rejects.toThrow(/stats\.json is not an image stats file/);
    await expect(readStatsFile(join(dir, 'nowhere'))).rejects.toThrow(/cannot read image stats/);
  });
});
