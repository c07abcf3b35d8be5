import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { itemAt } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutOf, pixelSums } from '@hx4/core';
import { computeImageFeatures, FeatureCache, type ImageFeatures } from '../src/index.js';
import { type FeatureJob } from '../src/features/featureJobList.js';
import { FeatureStore } from '../src/features/FeatureStore.js';
import { featureJobList } from '../src/features/featureJobList.js';
import { hammingDistance, hashHalves } from '../src/features/hammingDistance.js';
import { picture, reencoded, resized, uniform } from './support/pictures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hx4-merge-features-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function featuresOf(name: string, image: Buffer): Promise<ImageFeatures> {
  await writeFile(join(dir, name), image);
  return computeImageFeatures(join(dir, name));
}

const distance = (a: ImageFeatures, b: ImageFeatures) => {
  const [x, y] = [hashHalves(a.phash!), hashHalves(b.phash!)];
  return hammingDistance(x.high, x.low, y.high, y.low);
};

describe('computeImageFeatures', () => {
  it('sums the pixels exactly as core’s image statistics do', async () => {
    const features = await featuresOf('sums.jpg', await picture(3, 300, 200));
    const core = await pixelSums(join(dir, 'sums.jpg'));
    expect(features.pixels).toBe(core.pixels);
    expect(features.sum.map((value) => value / 255)).toEqual(core.sum);
    expect(features.sumSquares.map((value) => value / 255 ** 2)).toEqual(core.sumSquares);
    expect([features.width, features.height]).toEqual([300, 200]);
  });

  it('hashes copies a few bits apart, other pictures far apart, and a blank image not at all', async () => {
    const original = await picture(11);
    const base = await featuresOf('original.jpg', original);
    expect(distance(base, await featuresOf('q30.jpg', await reencoded(original, 30)))).toBeLessThanOrEqual(4);
    expect(distance(base, await featuresOf('small.jpg', await resized(original, 90)))).toBeLessThanOrEqual(4);
    for (let seed = 20; seed < 30; seed++)
      expect(distance(base, await featuresOf(`other${seed}.jpg`, await picture(seed)))).toBeGreaterThan(12);
    expect((await featuresOf('blank.jpg', await uniform())).phash).toBeNull();
  });

  it('names the file it cannot read', async () => {
    await writeFile(join(dir, 'broken.jpg'), 'not an image');
    await expect(computeImageFeatures(join(dir, 'broken.jpg'))).rejects.toThrow(/^cannot decode image .*broken\.jpg: /);
    await expect(computeImageFeatures(join(dir, 'gone.jpg'))).rejects.toThrow(/^cannot read image .*gone\.jpg: ENOENT$/);
  });
});

describe('FeatureCache and FeatureStore', () => {
  it('reuses a cached image only while its sha256 is unchanged, and survives a torn last line', async () => {
    const cache = layoutOf(dir).featureCache;
    const images = await Promise.all(
      [1, 2, 3].map(async (seed) => {
        const path = join(dir, `cached${seed}.jpg`);
        await writeFile(path, await picture(seed));
        return { id: `p${seed}`, path };
      }),
    );
    const storeFeatures = async (store: FeatureStore, jobs: FeatureJob[], keep: (id: string) => boolean) => {
      const found: ImageFeatures[] = [];
      await store.features(
        cache,
        featureJobList(jobs, (index, features) => (found[index] = features)),
        keep,
      );
      return found;
    };
    const first = new FeatureStore({ workers: 2 });
    const computed = await storeFeatures(
      first,
      images.map((image) => ({ ...image, sha256: null })),
      () => true,
    );
    expect(first.counts).toEqual({ hashed: 3, cached: 0 });
    await appendFile(cache, '{"id":"p9","sha');

    const second = new FeatureStore({ workers: 2 });
    const jobs = images.map((image, i) => ({
      ...image,
      sha256: i === 2 ? 'f'.repeat(64) : itemAt(computed, i, 'computed features').sha256,
    }));
    expect(await storeFeatures(second, jobs, (id) => id !== 'p2')).toEqual(computed);
    expect(second.counts).toEqual({ hashed: 1, cached: 2 });
    const cached = new Map<string, ImageFeatures>();
    await FeatureCache.scan(
      cache,
      () => true,
      (id, features) => cached.set(id, features),
    );
    expect([...cached.keys()]).toEqual(['p1', 'p3']);
    expect(cached.get('p1')).toEqual(computed[0]);
    const lines = (await readFile(cache, 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(['p1', 'p3']);
  });
});
