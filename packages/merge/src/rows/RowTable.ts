import { createHash } from 'node:crypto';
import type { PixelSums } from '@hx4/core';
import { hashHalves, type ImageFeatures } from '../features/index.js';
import { detachedString } from './detachedString.js';
import { StringPool } from './StringPool.js';

/** One row of a source's multi-label CSV, reduced to what the merge decides with. */
export interface StagedRow {
  id: string;
  imgUrl: string;
  /** The image, relative to the dataset folder (`images/<id>.jpg`). */
  fileName: string;
  /** Of the stored bytes: the image manifest's, else the decoded file's, else unknown. */
  sha256: string | null;
  label: string;
  queries: string[];
  labels: string[];
  features: ImageFeatures | null;
}

const TOTALS_PER_ROW = 7;

/**
 * Every merged source row as numbers and short keys, in merge order: what pass 1 learns and the later
 * passes need, but never a row's text. Labels and queries are pooled strings and each row's lists are
 * runs of string ids in one flat array, so 300,000 rows cost a few tens of megabytes and no per-row objects.
 */
export class RowTable {
  readonly source: number[] = [];
  readonly id: string[] = [];
  /** The first earlier row with the same `img_url`, or -1. */
  readonly urlTwin: number[] = [];
  /** The first earlier row with the same stored bytes, or -1. */
  readonly bytesTwin: number[] = [];
  /** Perceptual hash halves and width / height; NaN when the row has none. */
  readonly hashHigh: number[] = [];
  readonly hashLow: number[] = [];
  readonly aspect: number[] = [];
  private readonly strings = new StringPool();
  private readonly labelIds: number[] = [];
  /** Row r's queries are listItems[queryStart[r] .. labelStart[r]), its labels listItems[labelStart[r] .. queryStart[r + 1]). */
  private readonly listItems: number[] = [];
  private readonly queryStart: number[] = [];
  private readonly labelStart: number[] = [];
  /** Per row: byte sums r, g, b, squared sums r, g, b, pixels; NaN until known. */
  private readonly totals: number[] = [];
  private readonly unusualFileNames = new Map<number, string>();
  private firstByUrl: Map<string, number> | null = new Map();
  private firstBySha: Map<string, number> | null = new Map();

  get size(): number {
    return this.id.length;
  }

  add(source: number, row: StagedRow): number {
    if (!this.firstByUrl || !this.firstBySha) throw new Error('RowTable: rows added after sealKeys()');
    const index = this.id.length;
    this.source.push(source);
    this.id.push(detachedString(row.id));
    this.labelIds.push(this.strings.id(row.label));
    this.queryStart.push(this.listItems.length);
    for (const query of row.queries) this.listItems.push(this.strings.id(query));
    this.labelStart.push(this.listItems.length);
    for (const label of row.labels) this.listItems.push(this.strings.id(label));
    this.urlTwin.push(row.imgUrl === '' ? -1 : firstOf(this.firstByUrl, urlKey(row.imgUrl), index));
    this.bytesTwin.push(row.sha256 === null ? -1 : firstOf(this.firstBySha, row.sha256, index));
    const halves = row.features?.phash ? hashHalves(row.features.phash) : null;
    this.hashHigh.push(halves?.high ?? NaN);
    this.hashLow.push(halves?.low ?? NaN);
    this.aspect.push(row.features ? row.features.width / row.features.height : NaN);
    for (let i = 0; i < TOTALS_PER_ROW; i++) this.totals.push(NaN);
    if (row.features) this.setFeatures(index, row.features);
    if (row.fileName !== defaultFileName(row.id)) this.unusualFileNames.set(index, detachedString(row.fileName));
    return index;
  }

  /** The duplicate keys are only needed while rows are added. */
  sealKeys(): void {
    this.firstByUrl = null;
    this.firstBySha = null;
  }

  labelOf(row: number): string {
    return this.strings.strings[this.labelIds[row]];
  }

  queriesOf(row: number): string[] {
    return this.listAt(this.queryStart[row], this.labelStart[row]);
  }

  labelsOf(row: number): string[] {
    return this.listAt(this.labelStart[row], row + 1 < this.size ? this.queryStart[row + 1] : this.listItems.length);
  }

  setFeatures(row: number, { sum, sumSquares, pixels }: ImageFeatures): void {
    const at = row * TOTALS_PER_ROW;
    [...sum, ...sumSquares, pixels].forEach((value, i) => (this.totals[at + i] = value));
  }

  /** The row's pixel sums scaled to [0, 1] as core's statistics use them, or null when not known. */
  pixelSums(row: number): PixelSums | null {
    const [r, g, b, rr, gg, bb, pixels] = this.totals.slice(row * TOTALS_PER_ROW, (row + 1) * TOTALS_PER_ROW);
    if (Number.isNaN(pixels)) return null;
    return { sum: [r / 255, g / 255, b / 255], sumSquares: [rr / 255 ** 2, gg / 255 ** 2, bb / 255 ** 2], pixels };
  }

  fileName(row: number): string {
    return this.unusualFileNames.get(row) ?? defaultFileName(this.id[row]);
  }

  private listAt(start: number, end: number): string[] {
    return this.listItems.slice(start, end).map((id) => this.strings.strings[id]);
  }
}

function firstOf(firsts: Map<string, number>, key: string, index: number): number {
  const first = firsts.get(key);
  if (first !== undefined) return first;
  firsts.set(key, index);
  return -1;
}

/** URLs run long; their digest is a short key, and a sha1 collision between two URLs is not a practical risk. */
function urlKey(url: string): string {
  return createHash('sha1').update(url).digest('base64');
}

function defaultFileName(id: string): string {
  return `images/${id}.jpg`;
}
