import { compareAscending, toListCell } from '@hx4/core';
import { kindsOfMask, type DuplicateKind, type UnionFind } from '../dedup/index.js';
import type { RowTable } from './RowTable.js';

/** What the merged row of a group says. */
export interface GroupValues {
  label: string;
  /** Sorted unions of the members' lists. */
  queries: readonly string[];
  labels: readonly string[];
  /** `dataset:id` of every member, sorted. */
  sources: readonly string[];
  kinds: readonly DuplicateKind[];
}

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
 * The duplicate groups as the output needs them: which rows are kept (the first of each group) and the
 * values of each kept row. Values are stored for groups of two or more only; a lone row's are its own.
 */
export class MergedGroups {
  readonly rootOf: Int32Array;
  readonly keptCount: number;
  private readonly shared = new Map<number, { values: GroupValues; cells: GroupCells }>();

  constructor(private readonly context: GroupContext) {
    const { table, groups } = context;
    this.rootOf = Int32Array.from({ length: table.size }, (_, row) => groups.find(row));
    const members = new Map<number, number[]>();
    let kept = 0;
    this.rootOf.forEach((root, row) => {
      if (root === row) kept++;
      else if (members.has(root)) members.get(root)!.push(row);
      else members.set(root, [root, row]);
    });
    this.keptCount = kept;
    for (const [root, rows] of members) {
      const values = this.groupValues(rows, groups.kindMask(root));
      this.shared.set(root, { values, cells: toCells(values) });
    }
  }

  isKept(row: number): boolean {
    return this.rootOf[row] === row;
  }

  sourceKey(row: number): string {
    return `${this.context.datasetNames[this.context.table.sourceOf(row)]}:${this.context.table.idOf(row)}`;
  }

  /** The merged values of the group whose kept row is `root`. */
  values(root: number): GroupValues {
    const { table } = this.context;
    return (
      this.shared.get(root)?.values ?? {
        label: table.labelOf(root),
        queries: table.queriesOf(root),
        labels: table.labelsOf(root),
        sources: [this.sourceKey(root)],
        kinds: [],
      }
    );
  }

  cells(root: number): GroupCells {
    return this.shared.get(root)?.cells ?? { sources: toListCell([this.sourceKey(root)]), duplicate_kind: '[]' };
  }

  private groupValues(rows: readonly number[], kindMask: number): GroupValues {
    const { table } = this.context;
    const union = (listOf: (row: number) => string[]) => [...new Set(rows.flatMap(listOf))].sort(compareAscending);
    return {
      label: groupLabel(rows.map((row) => table.labelOf(row)), rows.map((row) => table.labelsOf(row))),
      queries: union((row) => table.queriesOf(row)),
      labels: union((row) => table.labelsOf(row)),
      sources: rows.map((row) => this.sourceKey(row)).sort(compareAscending),
      kinds: kindsOfMask(kindMask),
    };
  }
}

function toCells(values: GroupValues): GroupCells {
  return {
    label: values.label,
    user_query: toListCell(values.queries),
    canonical_labels: toListCell(values.labels),
    sources: toListCell(values.sources),
    duplicate_kind: toListCell(values.kinds),
  };
}

/**
 * The canonical label most members carry among their `canonical_labels`; a tie goes to the label of
 * the earliest member that chose one of the tied labels, then to the alphabetically first.
 */
function groupLabel(memberLabels: readonly string[], memberLabelSets: readonly string[][]): string {
  const counts = new Map<string, number>();
  for (const set of memberLabelSets) for (const label of new Set(set)) counts.set(label, (counts.get(label) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const tied = new Set([...counts].filter(([, count]) => count === top).map(([label]) => label));
  return memberLabels.find((label) => tied.has(label)) ?? [...tied].sort(compareAscending)[0] ?? memberLabels[0];
}
