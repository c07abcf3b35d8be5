import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeImageStats,
  MULTI_LABEL_CSV,
  parseListCell,
  RAW_MULTI_LABEL_CSV,
  readStatsFile,
  writeCsv,
  type MergedRunSummary,
  type RunSummary,
} from '@hx4/core';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { cell, itemAt, startSimulator, type Simulator } from '@hx4/testkit';
import { mergeDatasets } from '../src/index.js';
import { collectSimulated } from './support/collectSimulated.js';
import { readTable } from './support/readTable.js';

/**
 * Four "archives" collected from the Europeana simulator, overlapping on purpose: NATIONAL_ARCHIVE
 * shares records (same image URLs) with EUROPEANA; SA_KUVA gets the same images from a second
 * simulator (other URLs, identical stored bytes); FINNA gets them from a simulator drawing every
 * picture at 480×360 and stores them at JPEG quality 60 (re-rendered, resized, re-encoded copies).
 * The simulator's image seed, part of every image URL, tells which rows show one picture.
 */
const TOTALS = { tank: 60, submarine: 50, aircraft: 50, artillery: 50, infantry: 40, bomber: 40 };
const BROKEN = 'WWII_1939-09-01_1945-09-02';
const MERGED = 'HISTORY_X4';

let sims: Simulator[] = [];
let dir: string;
let out: string;
let summary: MergedRunSummary;
let collected: RunSummary[];
/** `dataset:id` → the source row, with its image seed. */
const sourceRows = new Map<string, Record<string, string> & { seed: string }>();

beforeAll(async () => {
  const simulator = (imageSize: [number, number]) => startSimulator({ archives: [europeanaSimulator({ totals: TOTALS, imageSize })] });
  const [original, mirror, rescanned] = await Promise.all([simulator([320, 240]), simulator([320, 240]), simulator([480, 360])]);
  sims = [original, mirror, rescanned];
  dir = await mkdtemp(join(tmpdir(), 'hx4-merge-e2e-'));
  out = join(dir, MERGED);
  collected = [];
  for (const archive of [
    { id: 'europeana', datasetName: 'EUROPEANA', sim: original, queries: ['tank', 'submarine', 'aircraft'] },
    { id: 'national-archive', datasetName: 'NATIONAL_ARCHIVE', sim: original, queries: ['submarine', 'artillery'] },
    { id: 'sa-kuva', datasetName: 'SA_KUVA', sim: mirror, queries: ['aircraft', 'bomber'] },
    { id: 'finna', datasetName: 'FINNA', sim: rescanned, queries: ['tank', 'infantry'], jpegQuality: 60 },
  ]) {
    collected.push(await collectSimulated(dir, archive));
  }
  // A fifth dataset that breaks while being read: a damaged list cell halfway through its CSV.
  await cp(join(dir, 'NATIONAL_ARCHIVE_1900-01-01_1970-12-31'), join(dir, BROKEN), { recursive: true });
  const brokenSummary = JSON.parse(await readFile(join(dir, BROKEN, 'run-summary.json'), 'utf8'));
  await writeFile(join(dir, BROKEN, 'run-summary.json'), JSON.stringify({ ...brokenSummary, archive: 'wwii', dataset: BROKEN }));
  const brokenRows = await readTable(join(dir, BROKEN, MULTI_LABEL_CSV));
  itemAt(brokenRows, 30, 'row').canonical_labels = 'artillery';
  await writeCsv(join(dir, BROKEN, MULTI_LABEL_CSV), Object.keys(itemAt(brokenRows, 0, 'row')), brokenRows);

  for (const run of collected) {
    for (const row of await readTable(join(dir, run.dataset, 'metadata_multi_label.csv'))) {
      const seed = itemAt(/\/img\/[a-z-]+-(\d+)-/.exec(cell(row, 'img_url')) ?? [], 1, 'image seed in the URL');
      sourceRows.set(`${run.dataset}:${cell(row, 'id')}`, { ...row, seed });
    }
  }
  // Without --allow-partial the broken dataset stops the merge before anything is written.
  await expect(mergeDatasets({ baseDir: dir, chunkSize: 40, workers: 2 })).rejects.toThrow(
    `the merge would leave out ${BROKEN} (failed: metadata_multi_label.csv record 31: canonical_labels is not a JSON list: artillery): finish or fix them, or merge the rest with --allow-partial`,
  );
  expect(existsSync(out)).toBe(false);
  summary = await mergeDatasets({ baseDir: dir, chunkSize: 40, workers: 2, allowPartial: true });
}, 180_000);

afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('hx4 merge of four overlapping archives', () => {
  it('merges the datasets its run summaries name into HISTORY_X4 only when allowed to leave the broken one out, and names it', async () => {
    expect(summary.kind).toBe('merged');
    expect(summary.dataset).toBe(MERGED);
    expect(summary.sources.map((source) => source.dataset)).toEqual(collected.map((run) => run.dataset).sort());
    expect(summary.sources.map((source) => source.rows)).toEqual(
      summary.sources.map((source) => collected.find((run) => run.dataset === source.dataset)!.final!.multiLabel),
    );
    expect(summary.skipped).toEqual([
      { dataset: BROKEN, reason: 'failed: metadata_multi_label.csv record 31: canonical_labels is not a JSON list: artillery' },
    ]);
    expect((await readdir(out)).sort()).toEqual([
      'img_rgb_mean.gz',
      'img_rgb_std.gz',
      'metadata_multi_label.csv',
      'metadata_multi_label_chunk_0.csv',
      'metadata_multi_label_chunk_1.csv',
      'metadata_multi_label_chunk_2.csv',
      'metadata_multi_label_chunk_3.csv',
      'metadata_multi_label_raw.csv',
      'metadata_multi_label_train.csv',
      'metadata_multi_label_val.csv',
      'metadata_single_label.csv',
      'metadata_single_label_raw.csv',
      'metadata_single_label_train.csv',
      'metadata_single_label_val.csv',
      'outputs',
      'run-summary.json',
      'stats.json',
    ]);
    expect(JSON.parse(await readFile(join(out, 'run-summary.json'), 'utf8'))).toEqual(summary);
  });

  it('finds every planted duplicate and merges no two distinct pictures', async () => {
    const merged = await readTable(join(out, 'metadata_multi_label.csv'));
    const seedsOfRows = merged.map((row) => new Set(parseListCell(cell(row, 'sources')).map((key) => sourceRows.get(key)!.seed)));
    for (const seeds of seedsOfRows) expect(seeds.size).toBe(1);
    const seeds = seedsOfRows.map((set) => [...set][0]);
    expect(new Set(seeds).size).toBe(seeds.length);
    expect(new Set([...sourceRows.values()].map((row) => row.seed)).size).toBe(merged.length);
    // Each kind was planted and found; together they account for every row merged away.
    const { url, bytes, perceptual } = summary.duplicates;
    expect(Math.min(url, bytes, perceptual)).toBeGreaterThan(20);
    expect(url + bytes + perceptual).toBe(sourceRows.size - merged.length);
    expect(
      merged.some(
        (row) =>
          parseListCell(cell(row, 'sources')).some((key) => key.startsWith('FINNA')) &&
          parseListCell(cell(row, 'duplicate_kind')).includes('perceptual'),
      ),
    ).toBe(true);
  });

  it('gives a merged row the union of its sources’ queries and labels', async () => {
    const merged = await readTable(join(out, 'metadata_multi_label.csv'));
    let widened = 0;
    for (const row of merged) {
      const members = parseListCell(cell(row, 'sources')).map((key) => sourceRows.get(key)!);
      const union = (column: string) => [...new Set(members.flatMap((member) => parseListCell(cell(member, column))))].sort();
      expect(parseListCell(cell(row, 'user_query'))).toEqual(union('user_query'));
      expect(parseListCell(cell(row, 'canonical_labels'))).toEqual(union('canonical_labels'));
      expect(parseListCell(cell(row, 'canonical_labels'))).toContain(row.label);
      if (union('user_query').length > parseListCell(cell(itemAt(members, 0, 'member'), 'user_query')).length) widened++;
    }
    expect(widened).toBeGreaterThan(5);
  });

  it('computes the merged mean and std from the sources’ sums, equal to computing them over the merged images', async () => {
    const merged = await readTable(join(out, 'metadata_multi_label.csv'));
    const direct = await computeImageStats(
      merged.map((row) => cell(row, 'img_path')),
      { concurrency: 2 },
    );
    const written = await readStatsFile(out);
    expect(written.images).toBe(merged.length);
    expect(written.pixels).toBe(direct.pixels);
    for (const channel of [0, 1, 2] as const) {
      expect(Math.abs(written.mean[channel] - direct.mean[channel])).toBeLessThan(1e-9);
      expect(Math.abs(written.std[channel] - direct.std[channel])).toBeLessThan(1e-9);
    }
    expect(summary.stats).toEqual({ mean: written.mean, std: written.std, images: written.images, pixels: written.pixels });
  });

  it('points img_path at each source’s stored image and file_name at it from the merged folder; the raw file keeps every source row', async () => {
    const merged = await readTable(join(out, 'metadata_multi_label.csv'));
    for (const row of merged) {
      expect(existsSync(cell(row, 'img_path'))).toBe(true);
      expect(resolve(out, cell(row, 'file_name'))).toBe(cell(row, 'img_path'));
      expect(cell(row, 'img_path').startsWith(join(dir, cell(row, 'dataset'), 'images'))).toBe(true);
    }
    const raw = await readTable(join(out, RAW_MULTI_LABEL_CSV));
    expect(raw).toHaveLength(sourceRows.size);
    const keptKeys = new Set(merged.map((row) => `${cell(row, 'dataset')}:${cell(row, 'id')}`));
    for (const row of raw) {
      if (row.merged_into === '') expect(keptKeys.has(`${cell(row, 'dataset')}:${cell(row, 'id')}`)).toBe(true);
      else expect(keptKeys.has(cell(row, 'merged_into'))).toBe(true);
    }
  });

  it('re-splits the merged rows and writes the multi-label rows again in chunks of 40', async () => {
    const merged = await readTable(join(out, 'metadata_multi_label.csv'));
    const ids = (rows: Record<string, string>[]) => rows.map((row) => `${cell(row, 'dataset')}:${cell(row, 'id')}`);
    for (const kind of ['single', 'multi']) {
      const train = ids(await readTable(join(out, `metadata_${kind}_label_train.csv`)));
      const val = ids(await readTable(join(out, `metadata_${kind}_label_val.csv`)));
      expect(train.filter((key) => val.includes(key))).toEqual([]);
      expect([...train, ...val].sort()).toEqual(ids(merged).sort());
      expect(val.length / merged.length).toBeCloseTo(0.35, 1);
    }
    const chunks = [];
    for (let i = 0; i < summary.final.chunks; i++) chunks.push(await readTable(join(out, `metadata_multi_label_chunk_${i}.csv`)));
    expect(chunks.map((chunk) => chunk.length)).toEqual([40, 40, 40, merged.length - 120]);
    expect(chunks.flat()).toEqual(merged);
  });

  it('gives byte-identical output when run again, decoding no image a second time', async () => {
    const files = (await readdir(out)).filter((name) => name !== 'outputs' && name !== 'run-summary.json');
    const before = await Promise.all(files.map((name) => readFile(join(out, name))));
    const again = await mergeDatasets({ baseDir: dir, chunkSize: 40, workers: 2, allowPartial: true });
    const after = await Promise.all(files.map((name) => readFile(join(out, name))));
    files.forEach((name, i) => expect(itemAt(after, i, 'file').equals(itemAt(before, i, 'file')), name).toBe(true));
    expect(again.images.hashed).toBe(0);
    expect(again.images.cached).toBe(summary.images.hashed + summary.images.cached);
    const { timingsMs: _first, images: _firstImages, ...first } = summary;
    const { timingsMs: _second, images: _secondImages, ...second } = again;
    expect(second).toEqual(first);
  });
});
