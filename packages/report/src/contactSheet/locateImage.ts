import { basename, dirname } from 'node:path';
import { datasetLayout, layoutOf } from '@hx4/core';
import type { SampleImage } from '../dataset/index.js';
import { fileExists } from '../dataset/index.js';

/**
 * Where a sample's image is now. `img_path` is absolute and goes stale when datasets move, so the image
 * is also looked for relative to this dataset and, for a merged one, in its source dataset folder next to it.
 */
export async function locateImage(datasetDir: string, sample: SampleImage): Promise<string | null> {
  const candidates = [
    sample.imgPath,
    layoutOf(datasetDir).file(sample.fileName),
    datasetLayout(dirname(datasetDir), basename(sample.dataset)).file(sample.fileName),
  ];
  for (const candidate of candidates) if (candidate && (await fileExists(candidate))) return candidate;
  return null;
}
