import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../src/split/index.js';
import { accumulateStats, computeImageStats, mergeStats, pixelSums, type ImageStats, type Rgb } from '../src/stats/index.js';

let dir: string;
/** Lossless images of different sizes: two solid colours and three of seeded noise. */
const images: Record<string, { width: number; height: number; pixels: Buffer }> = {};

function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  actual.forEach((value, i) => expect(Math.abs(value - expected[i]!)).toBeLessThan(tolerance));
}

/** Mean and population std over all pixels of `names`, straight from the bytes, two-pass. */
function directStats(names: string[]): { mean: Rgb; std: Rgb } {
  const mean: Rgb = [0, 0, 0];
  const std: Rgb = [0, 0, 0];
  const all = names.map((name) => images[name]!.pixels);
  const count = all.reduce((n, pixels) => n + pixels.length / 3, 0);
  for (let c = 0; c < 3; c++) {
    for (const pixels of all) for (let i = c; i < pixels.length; i += 3) mean[c]! += pixels[i]! / 255;
    mean[c]! /= count;
    for (const pixels of all) for (let i = c; i < pixels.length; i += 3) std[c]! += (pixels[i]! / 255 - mean[c]!) ** 2;
    std[c] = Math.sqrt(std[c]! / count);
  }
  return { mean, std };
}

const path = (name: string) => join(dir, `${name}.png`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hx4-stats-'));
  const random = new SeededRandom(3);
  const make = async (name: string, width: number, height: number, pixelAt: (i: number) => Rgb) => {
    const pixels = Buffer.alloc(width * height * 3);
    for (let i = 0; i < width * height; i++) pixels.set(pixelAt(i), i * 3);
    images[name] = { width, height, pixels };
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .png()
      .toFile(path(name));
  };
  await make('red', 40, 30, () => [200, 10, 0]);
  await make('blue', 17, 90, () => [0, 64, 255]);
  for (const [name, width, height] of [
    ['noiseA', 64, 48],
    ['noiseB', 31, 77],
    ['noiseC', 120, 9],
  ] as const) {
    await make(name, width, height, () => [random.int(0, 255), random.int(0, 120), random.int(100, 255)]);
  }
});

describe('pixelSums', () => {
  it('sums a solid colour exactly, scaled to [0, 1]', async () => {
    expect(await pixelSums(path('red'))).toEqual({
      sum: [(200 * 1200) / 255, (10 * 1200) / 255, 0],
      sumSquares: [(200 ** 2 * 1200) / 255 ** 2, (10 ** 2 * 1200) / 255 ** 2, 0],
      pixels: 1200,
    });
  });

  it('reads greyscale as three equal channels and composites transparency on white', async () => {
    const grey = join(dir, 'grey.png');
    await sharp(Buffer.alloc(12, 77), { raw: { width: 4, height: 3, channels: 1 } })
      .toColourspace('b-w')
      .png()
      .toFile(grey);
    expect((await pixelSums(grey)).sum).toEqual([(77 * 12) / 255, (77 * 12) / 255, (77 * 12) / 255]);
    const clear = join(dir, 'clear.png');
    await sharp(Buffer.from([0, 0, 0, 0, 0, 0, 0, 0]), { raw: { width: 2, height: 1, channels: 4 } })
      .png()
      .toFile(clear);
    expect((await pixelSums(clear)).sum).toEqual([2, 2, 2]);
  });

  it('names the file it cannot decode', async () => {
    const broken = join(dir, 'broken.jpg');
    await writeFile(broken, 'not an image');
    await expect(pixelSums(broken)).rejects.toThrow(`cannot decode image ${broken}`);
  });
});

describe('image stats', () => {
  it('pools the pixels of differently sized images (pixel-weighted)', async () => {
    const names = ['red', 'blue'];
    const stats = await computeImageStats(names.map(path), { concurrency: 2 });
    const expected = directStats(names);
    expectClose(stats.mean, expected.mean, 1e-12);
    expectClose(stats.std, expected.std, 1e-12);
    expect(stats.pixels).toBe(1200 + 1530);
    expect(stats.images).toBe(2);
    // The mean of per-image means would be (200/255 + 0) / 2 for red; pooling weighs red by 1200/2730.
    expect(stats.mean[0]).toBeCloseTo(((200 / 255) * 1200) / 2730, 12);
  });

  it('agrees with a direct computation on noise, however the sums are gathered', async () => {
    const names = ['noiseA', 'noiseB', 'noiseC', 'red', 'blue'];
    const expected = directStats(names);
    const computed = await computeImageStats(names.map(path), { concurrency: 3 });
    const accumulated = accumulateStats(await Promise.all(names.map((name) => pixelSums(path(name)))));
    for (const stats of [computed, accumulated]) {
      expectClose(stats.mean, expected.mean, 1e-12);
      expectClose(stats.std, expected.std, 1e-12);
      expect(stats.images).toBe(5);
    }
  });

  it('gives the same result whatever the concurrency or kind of iterable', async () => {
    const names = ['noiseA', 'noiseB', 'noiseC', 'red', 'blue', 'noiseA'];
    async function* lazily(): AsyncGenerator<string> {
      for (const name of names) yield path(name);
    }
    const one = await computeImageStats(names.map(path), { concurrency: 1 });
    expect(await computeImageStats(lazily(), { concurrency: 4 })).toEqual(one);
    expect(one.images).toBe(6);
  });

  it('merges the stats of two halves into the stats of the whole', async () => {
    const whole = await computeImageStats(['noiseA', 'noiseB', 'noiseC', 'blue'].map(path));
    const merged: ImageStats = mergeStats(
      await computeImageStats(['noiseA', 'blue'].map(path)),
      await computeImageStats(['noiseB', 'noiseC'].map(path)),
    );
    expectClose(merged.mean, whole.mean, 1e-12);
    expectClose(merged.std, whole.std, 1e-12);
    expect([merged.pixels, merged.images]).toEqual([whole.pixels, whole.images]);
  });

  it('reports zero spread for a single solid colour', async () => {
    const stats = await computeImageStats([path('red')]);
    expectClose(stats.mean, [200 / 255, 10 / 255, 0], 1e-15);
    expectClose(stats.std, [0, 0, 0], 1e-7);
  });

  it('fails loudly on no image, an unreadable image or a bad concurrency', async () => {
    await expect(computeImageStats([])).rejects.toThrow(/no pixel was counted/);
    await expect(computeImageStats([path('red'), join(dir, 'missing.png')])).rejects.toThrow(/cannot decode image .*missing\.png/);
    await expect(computeImageStats([path('red')], { concurrency: 0 })).rejects.toThrow(/concurrency must be a positive integer/);
    expect(() => mergeStats()).toThrow(/no statistics to merge/);
  });
});
