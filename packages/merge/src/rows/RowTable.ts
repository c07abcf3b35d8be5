import type { PixelSums } from '@hx4/core';
import { hashHalves, type ImageFeatures } from '../features/index.js';
import { detachedString } from './detachedString.js';
import { FirstRowIndex } from './FirstRowIndex.js';
import { sha256Digest, urlDigest } from './rowDigests.js';
import { StringPool } from './StringPool.js';
import { TextColumn } from './TextColumn.js';
import { scaledPixelSums, TOTALS_PER_IMAGE } from './scaledPixelSums.js';
import { TypedColumn } from './TypedColumn.js';

/** One row of a source's multi-label CSV, reduced to what the merge decides with. */
export interface TableRow {
  id: string;
  imgUrl: string;
  /** The image, relative to the dataset folder (`images/<id>.jpg`). */
  fileName: string;
  label: string;
  queries: readonly string[];
  labels: readonly string[];
}

const int32s = (length: number) => new Int32Array(length);
const float64s = (length: number) => new Float64Array(length);

/**
 * Every merged source row as numbers, in merge order: what pass 1 learns and the later passes need,
 * but never a row's text. Columns are typed arrays outside the JavaScript heap; ids are UTF-8 bytes;
 * labels and queries are pooled strings and each row's lists are runs of string ids in one flat
 * column, so a row costs about 150 bytes and no objects.
 */
export class RowTable {
  private readonly sources = new TypedColumn(int32s);
  private readonly ids = new TextColumn();
  /** The first earlier row with the same `img_url` / the same stored bytes, or -1. */
  private readonly urlTwins = new TypedColumn(int32s);
  private readonly bytesTwins = new TypedColumn(int32s);
  /** Per row: perceptual hash halves high, low; NaN when the row has none. */
  private readonly hashes = new TypedColumn(float64s);
  /** Width / height; NaN when not known. */
  private readonly aspects = new TypedColumn(float64s);
  /** Per row: byte sums r, g, b, squared sums r, g, b, pixels; NaN until known. */
  private readonly totals = new TypedColumn(float64s);
  private readonly strings = new StringPool();
  private readonly labelIds = new TypedColumn(int32s);
  /** Row r's queries are listItems[queryStarts[r] .. labelStarts[r]), its labels listItems[labelStarts[r] .. queryStarts[r + 1]). */
  private readonly listItems = new TypedColumn(int32s);
  private readonly queryStarts = new TypedColumn(int32s);
  private readonly labelStarts = new TypedColumn(int32s);
  private readonly unusualFileNames = new Map<number, string>();
  private byUrl: FirstRowIndex | null = new FirstRowIndex(20);
  private byBytes: FirstRowIndex | null = new FirstRowIndex(32);

  get size(): number {
    return this.sources.length;
  }

  /** Adds a row and links it to the first earlier row with its URL; its bytes are linked by `linkBytes`. */
  add(source: number, row: TableRow): number {
    const index = this.size;
    this.sources.push(source);
    this.ids.push(row.id);
    this.labelIds.push(this.strings.id(row.label));
    this.queryStarts.push(this.listItems.length);
    for (const query of row.queries) this.listItems.push(this.strings.id(query));
    this.labelStarts.push(this.listItems.length);
    for (const label of row.labels) this.listItems.push(this.strings.id(label));
    this.urlTwins.push(row.imgUrl === '' ? -1 : this.keys(this.byUrl).firstOf(urlDigest(row.imgUrl), index));
    this.bytesTwins.push(-1);
    this.hashes.push(NaN);
    this.hashes.push(NaN);
    this.aspects.push(NaN);
    for (let i = 0; i < TOTALS_PER_IMAGE; i++) this.totals.push(NaN);
    if (row.fileName !== defaultFileName(row.id)) this.unusualFileNames.set(index, detachedString(row.fileName));
    return index;
  }

  /** Links `row` to the first earlier row whose stored image has this sha256 (null: not known). */
  linkBytes(row: number, sha256: string | null): void {
    if (sha256 !== null) this.bytesTwins.set(row, this.keys(this.byBytes).firstOf(sha256Digest(sha256), row));
  }

  /** Forgets the rows from `size` on: a source that failed while it was read leaves no trace. */
  truncate(size: number): void {
    if (size >= this.size) return;
    this.listItems.truncate(this.queryStarts.at(size));
    for (const column of [this.sources, this.urlTwins, this.bytesTwins, this.aspects, this.labelIds, this.queryStarts, this.labelStarts]) {
      column.truncate(size);
    }
    this.ids.truncate(size);
    this.hashes.truncate(size * 2);
    this.totals.truncate(size * TOTALS_PER_IMAGE);
    for (const row of this.unusualFileNames.keys()) if (row >= size) this.unusualFileNames.delete(row);
    this.keys(this.byUrl).forgetFrom(size);
    this.keys(this.byBytes).forgetFrom(size);
  }

  /** The duplicate keys are only needed while rows are added. */
  sealKeys(): void {
    this.byUrl = null;
    this.byBytes = null;
  }

  sourceOf(row: number): number {
    return this.sources.at(row);
  }

  idOf(row: number): string {
    return this.ids.at(row);
  }

  urlTwinOf(row: number): number {
    return this.urlTwins.at(row);
  }

  bytesTwinOf(row: number): number {
    return this.bytesTwins.at(row);
  }

  /** The row's perceptual hash halves, or null. */
  hashOf(row: number): { high: number; low: number } | null {
    const high = this.hashes.at(row * 2);
    return Number.isNaN(high) ? null : { high, low: this.hashes.at(row * 2 + 1) };
  }

  aspectOf(row: number): number {
    return this.aspects.at(row);
  }

  labelOf(row: number): string {
    return this.strings.text(this.labelIds.at(row));
  }

  queriesOf(row: number): string[] {
    return this.listAt(this.queryStarts.at(row), this.labelStarts.at(row));
  }

  labelsOf(row: number): string[] {
    return this.listAt(this.labelStarts.at(row), row + 1 < this.size ? this.queryStarts.at(row + 1) : this.listItems.length);
  }

  setFeatures(row: number, { phash, width, height, sum, sumSquares, pixels }: ImageFeatures): void {
    const { high, low } = phash ? hashHalves(phash) : { high: NaN, low: NaN };
    this.hashes.set(row * 2, high);
    this.hashes.set(row * 2 + 1, low);
    this.aspects.set(row, width / height);
    const at = row * TOTALS_PER_IMAGE;
    [...sum, ...sumSquares, pixels].forEach((value, i) => this.totals.set(at + i, value));
  }

  /** The row's pixel sums scaled to [0, 1] as core's statistics use them, or null when not known. */
  pixelSums(row: number): PixelSums | null {
    return scaledPixelSums(Array.from({ length: TOTALS_PER_IMAGE }, (_, i) => this.totals.at(row * TOTALS_PER_IMAGE + i)));
  }

  fileName(row: number): string {
    return this.unusualFileNames.get(row) ?? defaultFileName(this.idOf(row));
  }

  private listAt(start: number, end: number): string[] {
    return Array.from({ length: end - start }, (_, i) => this.strings.text(this.listItems.at(start + i)));
  }

  private keys(index: FirstRowIndex | null): FirstRowIndex {
    if (!index) throw new Error('RowTable: rows added after sealKeys()');
    return index;
  }
}

function defaultFileName(id: string): string {
  return `images/${id}.jpg`;
}
