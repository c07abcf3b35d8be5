import { kindBit, type DuplicateCounts, type DuplicateKind } from './duplicateKinds.js';

/**
 * Duplicate groups over row numbers. A group's root is always its lowest row, so the row kept for a
 * group is the first in merge order whatever order the links are found in. Each successful link
 * merges one more row away and is counted under its kind; each group remembers the kinds that built it.
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly kinds: Uint8Array;
  readonly counts: DuplicateCounts = { url: 0, bytes: 0, perceptual: 0 };

  constructor(readonly size: number) {
    this.parent = Int32Array.from({ length: size }, (_, row) => row);
    this.kinds = new Uint8Array(size);
  }

  find(row: number): number {
    let root = row;
    for (let up = this.parentOf(root); up !== root; up = this.parentOf(root)) root = up;
    // Path compression keeps later finds near constant time.
    let node = row;
    for (let up = this.parentOf(node); up !== root; up = this.parentOf(node)) {
      this.parent[node] = root;
      node = up;
    }
    return root;
  }

  /** Puts `a` and `b` in one group; false when they already were. */
  link(a: number, b: number, kind: DuplicateKind): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return false;
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    this.parent[child] = root;
    this.kinds[root] = this.kindMask(root) | this.kindMask(child) | kindBit(kind);
    this.counts[kind]++;
    return true;
  }

  /** Bit mask of the kinds of link inside the group of `root`. */
  kindMask(root: number): number {
    const mask = this.kinds[root];
    if (mask === undefined) throw this.outside(root);
    return mask;
  }

  private parentOf(row: number): number {
    const parent = this.parent[row];
    if (parent === undefined) throw this.outside(row);
    return parent;
  }

  private outside(row: number): RangeError {
    return new RangeError(`UnionFind: row ${row} is not one of its ${this.size} rows`);
  }
}
