import { compareAscending } from '@hx4/core';
import type { ImageFeatures } from '../features/index.js';
import { flipBits, keyedHex, keyedUnit } from './benchRandom.js';

export type BenchCopyKind = 'url' | 'bytes' | 'perceptual';

/** Where a bench row sits and how duplicates are drawn. */
export interface BenchPlace {
  seed: number;
  archive: number;
  row: number;
  rowsPerArchive: number;
  duplicateShare: number;
}

const KINDS: readonly BenchCopyKind[] = ['url', 'bytes', 'perceptual'];
const QUERIES = 300;
const LABELS = 70;
const WIDTH = 512;
const HEIGHT = 384;

export function benchId(archive: number, row: number): string {
  return `b${archive}_${String(row).padStart(7, '0')}`;
}

/** Rows of later archives repeat a row of an earlier archive with probability `duplicateShare`, kinds drawn evenly. */
export function benchCopyOf(place: BenchPlace): { archive: number; row: number; kind: BenchCopyKind } | null {
  const { seed, archive, row } = place;
  const draw = (name: string) => keyedUnit(seed, name, archive, row);
  if (archive === 0 || draw('duplicate') >= place.duplicateShare) return null;
  const kind = KINDS[Math.floor(draw('kind') * KINDS.length)];
  if (kind === undefined) throw new RangeError('benchCopyOf: a draw outside [0, 1)');
  return {
    archive: Math.floor(draw('archive') * archive),
    row: Math.floor(draw('row') * place.rowsPerArchive),
    kind,
  };
}

/** The stored image of a bench row as the manifest and the feature cache describe it; a copy derives from what it copies. */
export function benchImage(place: BenchPlace): ImageFeatures & { url: string } {
  const { seed, archive, row } = place;
  const ownUrl = `https://archive${archive}.example.org/images/${row}.jpg`;
  const ownSha = keyedHex(64, seed, 'sha', archive, row);
  const copy = benchCopyOf(place);
  if (copy) {
    const original = benchImage({ ...place, archive: copy.archive, row: copy.row });
    if (copy.kind === 'url') return original;
    if (copy.kind === 'bytes') return { ...original, url: ownUrl };
    return { ...original, url: ownUrl, sha256: ownSha, phash: flipBits(original.phash!, 2, seed, archive, row) };
  }
  const pixels = WIDTH * HEIGHT;
  const channel = (index: number) => {
    const mean = 60 + 140 * keyedUnit(seed, 'mean', index, archive, row);
    const spread = 30 + 40 * keyedUnit(seed, 'std', index, archive, row);
    return { sum: Math.round(mean * pixels), squares: Math.round((mean * mean + spread * spread) * pixels) };
  };
  const [red, green, blue] = [channel(0), channel(1), channel(2)];
  return {
    url: ownUrl,
    sha256: ownSha,
    width: WIDTH,
    height: HEIGHT,
    phash: keyedHex(16, seed, 'phash', archive, row),
    sum: [red.sum, green.sum, blue.sum],
    sumSquares: [red.squares, green.squares, blue.squares],
    pixels,
  };
}

/** A multi-label CSV row of realistic size for the bench. */
export function benchRow(root: string, dataset: string, place: BenchPlace, url: string): Record<string, unknown> {
  const { seed, archive, row } = place;
  const id = benchId(archive, row);
  const draw = (name: string, i = 0) => keyedUnit(seed, name, i, archive, row);
  const queries = [
    ...new Set(Array.from({ length: 1 + Math.floor(draw('queries') * 3) }, (_, i) => Math.floor(draw('query', i) * QUERIES))),
  ];
  const labels = queries.map((query) => `label ${query % LABELS}`);
  const year = 1900 + Math.floor(draw('year') * 71);
  const subject = `query ${queries[0]}`;
  return {
    doc_id: `/${archive}/${row}`,
    id,
    user_query: queries.map((query) => `query ${query}`).sort(compareAscending),
    label: labels[0],
    canonical_labels: [...new Set(labels)].sort(compareAscending),
    img_url: url,
    doc_url: `https://archive${archive}.example.org/items/${row}`,
    raw_doc_date: String(year),
    doc_year: year,
    doc_date: `${year}-01-01`,
    country: 'Finland',
    img_path: `${root}/images/${id}.jpg`,
    title: `Photograph of ${subject} near place ${Math.floor(draw('place') * 500)}`,
    description: `${subject} photographed by an army photographer during the war, record ${row} of archive ${archive}; a description of typical length.`,
    dataset,
    file_name: `images/${id}.jpg`,
    enriched_document_description: `${subject}. ${subject} photographed by an army photographer during the war.`,
  };
}
