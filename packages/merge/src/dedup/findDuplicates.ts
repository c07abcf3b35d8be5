import type { RowTable } from '../rows/RowTable.js';
import { PerceptualIndex } from './PerceptualIndex.js';
import { UnionFind } from './UnionFind.js';

/** Shapes further apart than this (width/height ratio) are never perceptual duplicates: a resized copy keeps its shape. */
const ASPECT_TOLERANCE = 1.05;

/**
 * Groups the table's rows that show one photograph, in three phases so each merged row is counted
 * under the strongest evidence that merged it: same `img_url`, then same stored bytes, then
 * perceptual hashes at most `perceptualThreshold` bits apart (null: no perceptual matching) with
 * similar shapes. Groups are transitive: a chain of near copies is one group.
 */
export function findDuplicates(table: RowTable, perceptualThreshold: number | null): UnionFind {
  const groups = new UnionFind(table.size);
  for (let row = 0; row < table.size; row++) {
    if (table.urlTwin[row] >= 0) groups.link(row, table.urlTwin[row], 'url');
  }
  for (let row = 0; row < table.size; row++) {
    if (table.bytesTwin[row] >= 0) groups.link(row, table.bytesTwin[row], 'bytes');
  }
  if (perceptualThreshold === null) return groups;
  const index = new PerceptualIndex(perceptualThreshold);
  for (let row = 0; row < table.size; row++) {
    const high = table.hashHigh[row];
    const low = table.hashLow[row];
    if (Number.isNaN(high)) continue;
    const aspect = table.aspect[row];
    const sameShape = (other: number) => {
      const ratio = aspect / table.aspect[other];
      return Math.max(ratio, 1 / ratio) <= ASPECT_TOLERANCE;
    };
    for (const match of index.matches(high, low, sameShape)) groups.link(row, match, 'perceptual');
    index.add(row, high, low);
  }
  return groups;
}
