import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetLayout, MULTI_LABEL_COLUMNS, MULTI_LABEL_CSV, RUN_SUMMARY_JSON, writeCsv, type DatasetLayout } from '@hx4/core';
import { generateMergeBenchInput, mergeDatasets, type ImageFeatures } from '../src/index.js';
import { benchRunSummary } from '../src/bench/benchRunSummary.js';
import { featureCacheLine } from '../src/features/FeatureCache.js';

/**
 * The merge's files for a fixed input, pinned by digest: restructuring how the merge holds and writes
 * its rows must not change a byte. The input is three generated archives with planted duplicates of
 * every kind, plus a hand-made one whose cells are hard to write as CSV (quotes, commas, line breaks,
 * edge spaces, a byte order mark), which has an archive column of its own, unusual file names, no
 * stats.json, and rows duplicating generated rows by URL, by bytes and perceptually.
 */
const TRICKY = 'TRICKY_1900-01-01_1970-12-31';

/** sha256 of each output file, with the temp folder's path taken out. */
const DEFAULT_RUN: Record<string, string> = {
  'img_rgb_mean.gz': 'f9a0e434aeb6fd98',
  'img_rgb_std.gz': '7252dc3d04b26175',
  'metadata_multi_label.csv': '636acf0bfb572ffc',
  'metadata_multi_label_chunk_0.csv': 'bd9602a29572a50c',
  'metadata_multi_label_chunk_1.csv': '1f39d27fac30457d',
  'metadata_multi_label_chunk_2.csv': '4afed7a9621bf12e',
  'metadata_multi_label_raw.csv': '8007169fca764cb4',
  'metadata_multi_label_train.csv': '8537044be7a58305',
  'metadata_multi_label_val.csv': '2f3777ccec9cbfc2',
  'metadata_single_label.csv': '19db72b2dbd39a45',
  'metadata_single_label_raw.csv': '9e64f797df294951',
  'metadata_single_label_train.csv': '2fe25620263b89c5',
  'metadata_single_label_val.csv': '9d685171fdc18b22',
  'stats.json': '5f1619bd21a03242',
};
const NO_PERCEPTUAL_RUN: Record<string, string> = {
  'metadata_multi_label.csv': 'edc7a64a0ba9865d',
  'metadata_multi_label_raw.csv': 'd89db5b9e3ff9882',
  'metadata_multi_label_train.csv': '0bc2bbd6e10552ea',
  'metadata_multi_label_val.csv': '79f38fcd322f0a19',
  'metadata_single_label.csv': 'c588dd0bd6612b2d',
  'metadata_single_label_raw.csv': '41fff2288c03e1bb',
  'metadata_single_label_train.csv': '512dad2ec0824ee2',
  'metadata_single_label_val.csv': 'bb6ee1e4961de913',
};

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hx4-merge-golden-'));
  await generateMergeBenchInput(dir, { archives: 3, rows: 2_400, duplicateShare: 0.2, seed: 11 });
  await writeTrickyDataset(datasetLayout(dir, TRICKY), datasetLayout(dir, 'BENCH_ARCHIVE_00_1900-01-01_1970-12-31'));
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('merge output for a fixed input', () => {
  it('is byte for byte the pinned output, perceptual matching on, in chunks, statistics from images where needed', async () => {
    const summary = await mergeDatasets({ baseDir: dir, chunkSize: 700, imgMeanStd: true, workers: 1 });
    expect(summary.images.hashed).toBe(0);
    expect(await outputDigests()).toEqual(DEFAULT_RUN);
  });

  it('is byte for byte the pinned output without perceptual matching, chunks or statistics', async () => {
    const summary = await mergeDatasets({ baseDir: dir, perceptualThreshold: null, workers: 1 });
    expect(summary.stats).toBeUndefined();
    expect(await outputDigests()).toEqual(NO_PERCEPTUAL_RUN);
  });
});

async function outputDigests(): Promise<Record<string, string>> {
  const out = join(dir, 'HISTORY_X4');
  const names = (await readdir(out)).filter((name) => name !== 'outputs' && name !== RUN_SUMMARY_JSON).sort();
  const digests: Record<string, string> = {};
  for (const name of names) {
    const bytes = await readFile(join(out, name));
    const text = name.endsWith('.csv') ? Buffer.from(bytes.toString('utf8').replaceAll(dir, '<dir>')) : bytes;
    digests[name] = createHash('sha256').update(text).digest('hex').slice(0, 16);
  }
  return digests;
}

/** A dataset of hard cells whose first rows copy generated rows of `benchRoot` (URL, bytes, a near hash). */
async function writeTrickyDataset(layout: DatasetLayout, bench: DatasetLayout): Promise<void> {
  const benchManifest = (await readFile(bench.imageManifest, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  const benchFeatures = (await readFile(bench.featureCache, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  const cells = [
    '"quoted"',
    'a, b',
    'line one\nline two',
    ' leading space',
    'trailing space ',
    '\ufeffbyte order mark',
    'ünïcödé ✓',
    '',
    'crlf\r\nend',
    'plain',
  ];
  const rows: Record<string, unknown>[] = [];
  const manifest: string[] = [];
  const cache: string[] = [];
  for (let i = 0; i < 12; i++) {
    const id = `t${i}`;
    const copied = benchFeatures[i] as ImageFeatures & { id: string };
    // Row 0 repeats a generated row's URL, row 1 its bytes, row 2 is a near copy; the others are new pictures.
    const url = i === 0 ? benchManifest[0].url : `https://tricky.example.org/${id}.jpg`;
    const sha256 = i <= 1 ? copied.sha256 : createHash('sha256').update(id).digest('hex');
    const phash = i <= 1 ? copied.phash : i === 2 ? flipLowBit(copied.phash!) : createHash('sha1').update(id).digest('hex').slice(0, 16);
    const features: ImageFeatures = { ...copied, sha256, phash, sum: [i + 1, 2 * i + 1, 3 * i + 1], sumSquares: [i + 9, i + 8, i + 7] };
    const queries = [`query ${i % 4}`, i % 3 === 0 ? 'sodan "kuvat"' : 'tank'];
    const labels = [...new Set([`label ${i % 2}`, i % 5 === 0 ? 'tank, heavy' : 'tank'])].sort();
    const fileName = i === 3 ? 'photos/odd name.jpg' : i === 4 ? '' : `images/${id}.jpg`;
    rows.push({
      doc_id: `/tricky/${i}`,
      id,
      user_query: queries.sort(),
      label: labels[i % labels.length],
      canonical_labels: labels,
      img_url: url,
      doc_url: `https://tricky.example.org/items/${i}`,
      raw_doc_date: i % 2 ? null : '1941',
      doc_year: i % 2 ? null : 1941,
      doc_date: i % 2 ? null : '1941-01-01',
      country: 'Finland',
      img_path: `/old/place/${id}.jpg`,
      title: cells[i % cells.length],
      description: cells[(i + 3) % cells.length],
      dataset: TRICKY,
      file_name: fileName,
      enriched_document_description: cells[(i + 6) % cells.length],
      rights: i % 2 ? 'CC BY 4.0' : '"In Copyright", see notes',
    });
    manifest.push(`${JSON.stringify({ id, url, status: 'ok', attempts: 1, bytes: 1000, sha256, settings: 'fixture' })}\n`);
    cache.push(featureCacheLine(id, features));
  }
  await mkdir(layout.state, { recursive: true });
  await writeCsv(layout.file(MULTI_LABEL_CSV), [...MULTI_LABEL_COLUMNS, 'rights'], rows);
  await writeFile(layout.imageManifest, manifest.join(''));
  await writeFile(layout.featureCache, cache.sort().join(''));
  const summary = benchRunSummary({ archive: 'tricky', dataset: TRICKY, rows: rows.length, settings: { thumbnailSize: [512, 512] } });
  await writeFile(layout.runSummary, JSON.stringify(summary));
}

function flipLowBit(hex: string): string {
  return (BigInt(`0x${hex}`) ^ 1n).toString(16).padStart(16, '0');
}
