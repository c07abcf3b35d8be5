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
    while (this.parent[root] !== root) root = this.parent[root];
    // Path compression keeps later finds near constant time.
    let node = row;
    while (this.parent[node] !== root) {
      const up = this.parent[node];
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
    this.kinds[root] |= this.kinds[child] | kindBit(kind);
    this.counts[kind]++;
    return true;
  }

  /** Bit mask of the kinds of link inside the group of `root`. */
  kindMask(root: number): number {
    return this.kinds[root];
  }
}
