import { compareAscending, toListCell } from '@hx4/core';
import { kindsOfMask, type UnionFind } from '../dedup/index.js';
import type { RowTable } from './RowTable.js';

/** The cells a merged row takes from its group; a lone row keeps its own label and lists. */
export interface GroupCells {
  label?: string;
  user_query?: string;
  canonical_labels?: string;
  sources: string;
  duplicate_kind: string;
}

export interface GroupContext {
  table: RowTable;
  groups: UnionFind;
  datasetNames: readonly string[];
}

/**
 * The duplicate groups as the output needs them: which rows are kept (the first of each group) and
 * what each kept row says. Only the members of groups of two or more are stored, as row numbers;
 * a group's label, lists and cells are worked out from them when asked for, so nothing per row is
 * held as strings between the passes.
 */
export class MergedGroups {
  readonly keptCount: number;
  /** Per row: the kept row of its group, itself when it is kept. */
  private readonly rootOf: Int32Array;
  /** Per row: the number of its group when it is the root of a group of two or more, else -1. */
  private readonly groupOf: Int32Array;
  /** Group g's members, in row order, are memberRows[memberStarts[g] .. memberStarts[g + 1]). */
  private readonly memberStarts: Int32Array;
  private readonly memberRows: Int32Array;

  constructor(private readonly context: GroupContext) {
    const { table, groups } = context;
    const size = table.size;
    // Every index below is a row (< size; roots are rows too) or a group number (< groupCount).
    this.rootOf = Int32Array.from({ length: size }, (_, row) => groups.find(row));
    const memberCounts = new Int32Array(size);
    for (const root of this.rootOf) memberCounts[root]!++;
    this.groupOf = new Int32Array(size).fill(-1);
    let kept = 0;
    let groupCount = 0;
    let members = 0;
    for (let row = 0; row < size; row++) {
      if (this.rootOf[row] !== row) continue;
      kept++;
      const count = memberCounts[row]!;
      if (count < 2) continue;
      this.groupOf[row] = groupCount++;
      members += count;
    }
    this.keptCount = kept;
    this.memberStarts = new Int32Array(groupCount + 1);
    this.memberRows = new Int32Array(members);
    for (let row = 0, start = 0; row < size; row++) {
      const group = this.groupOf[row]!;
      if (group >= 0) this.memberStarts[group + 1] = start += memberCounts[row]!;
    }
    // Filled in row order, so each group's root comes first and its members follow in merge order.
    const filled = this.memberStarts.slice(0, groupCount);
    for (let row = 0; row < size; row++) {
      const group = this.groupOf[this.rootOf[row]!]!;
      if (group >= 0) this.memberRows[filled[group]!++] = row;
    }
  }

  /** How many rows the groups cover: every row of the table. */
  get size(): number {
    return this.rootOf.length;
  }

  /** The kept row of `row`'s group. */
  root(row: number): number {
    const root = this.rootOf[row];
    if (root === undefined) throw this.outside(row);
    return root;
  }

  isKept(row: number): boolean {
    return this.root(row) === row;
  }

  sourceKey(row: number): string {
    return `${this.context.datasetNames[this.context.table.sourceOf(row)]}:${this.context.table.idOf(row)}`;
  }

  /**
   * The label of the group whose kept row is `root`: the canonical label most members carry among
   * their `canonical_labels`; a tie goes to the label of the earliest member that chose one of the
   * tied labels, then to the alphabetically first.
   */
  labelOf(root: number): string {
    const { table } = this.context;
    const rows = this.members(root);
    if (!rows) return table.labelOf(root);
    const counts = new Map<string, number>();
    for (const row of rows) for (const label of new Set(table.labelsOf(row))) counts.set(label, (counts.get(label) ?? 0) + 1);
    const top = Math.max(0, ...counts.values());
    const tied = new Set([...counts].filter(([, count]) => count === top).map(([label]) => label));
    const memberLabels = Array.from(rows, (row) => table.labelOf(row));
    return memberLabels.find((label) => tied.has(label)) ?? [...tied].sort(compareAscending)[0] ?? table.labelOf(root);
  }

  /** The group's `canonical_labels`: the sorted union of its members'. */
  labelsOf(root: number): string[] {
    return this.union(root, (row) => this.context.table.labelsOf(row));
  }

  /** The cells the kept row `root` takes from its group. */
  cells(root: number): GroupCells {
    const rows = this.members(root);
    if (!rows) return { sources: toListCell([this.sourceKey(root)]), duplicate_kind: '[]' };
    return {
      label: this.labelOf(root),
      user_query: toListCell(this.union(root, (row) => this.context.table.queriesOf(row))),
      canonical_labels: toListCell(this.labelsOf(root)),
      sources: toListCell(Array.from(rows, (row) => this.sourceKey(row)).sort(compareAscending)),
      duplicate_kind: toListCell(kindsOfMask(this.context.groups.kindMask(root))),
    };
  }

  /** The rows of the group whose root is `root`, or null for a lone row. */
  private members(root: number): Int32Array | null {
    const group = this.groupOf[root];
    if (group === undefined) throw this.outside(root);
    // memberStarts has an entry past the last group's.
    return group < 0 ? null : this.memberRows.subarray(this.memberStarts[group], this.memberStarts[group + 1]);
  }

  private outside(row: number): RangeError {
    return new RangeError(`MergedGroups: row ${row} is not one of its ${this.size} rows`);
  }

  private union(root: number, listOf: (row: number) => string[]): string[] {
    const rows = this.members(root);
    if (!rows) return listOf(root);
    return [...new Set(Array.from(rows, listOf).flat())].sort(compareAscending);
  }
}
