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
    const twin = table.urlTwinOf(row);
    if (twin >= 0) groups.link(row, twin, 'url');
  }
  for (let row = 0; row < table.size; row++) {
    const twin = table.bytesTwinOf(row);
    if (twin >= 0) groups.link(row, twin, 'bytes');
  }
  if (perceptualThreshold === null) return groups;
  const index = new PerceptualIndex(perceptualThreshold);
  for (let row = 0; row < table.size; row++) {
    const hash = table.hashOf(row);
    if (!hash) continue;
    const { high, low } = hash;
    const aspect = table.aspectOf(row);
    const sameShape = (other: number) => {
      const ratio = aspect / table.aspectOf(other);
      return Math.max(ratio, 1 / ratio) <= ASPECT_TOLERANCE;
    };
    for (const match of index.matches(high, low, sameShape)) groups.link(row, match, 'perceptual');
    index.add(row, high, low);
  }
  return groups;
}
