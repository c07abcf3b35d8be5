import { join } from 'node:path';
import { MULTI_LABEL_CSV, readCsv } from '@hx4/core';
import type { DatasetSource } from '../discovery/index.js';
import type { MergedGroups, RowTable } from '../rows/index.js';

const PROGRESS_EVERY = 1000;

/** One source row on its way out. */
export interface MergedItem {
  row: number;
  /** The row as its source has it (paths made current), with its group's sources: for the raw files. */
  own: Record<string, string>;
  /** The merged row, for the first row of each group only. */
  merged: Record<string, string> | null;
}

/**
 * Pass 2: streams every source's multi-label CSV again, in merge order, and turns each row into its
 * output records. `img_path` is made absolute to where the image is now (not where it was when the
 * source was collected) and `file_name` relative to the merged folder, a sibling of the sources;
 * images are not copied.
 */
export async function* mergedItems(
  sources: readonly DatasetSource[],
  table: RowTable,
  groups: MergedGroups,
  onProgress: (done: number, total: number) => void = () => {},
): AsyncGenerator<MergedItem> {
  let row = 0;
  for (const [index, source] of sources.entries()) {
    const csv = source.layout.file(MULTI_LABEL_CSV);
    for await (const record of readCsv(csv)) {
      if (row >= table.size || table.sourceOf(row) !== index || table.idOf(row) !== record.id) {
        throw new Error(`${csv} changed while it was being merged; run the merge again`);
      }
      const root = groups.root(row);
      const cells = groups.cells(root);
      const fileName = table.fileName(row);
      // The record is this row's own copy from the parser: completed in place rather than copied.
      const own = Object.assign(record, {
        dataset: source.dataset,
        img_path: join(source.layout.root, fileName),
        file_name: `../${source.dataset}/${fileName}`,
        sources: cells.sources,
        duplicate_kind: cells.duplicate_kind,
        merged_into: root === row ? '' : groups.sourceKey(root),
      });
      // A lone row keeps its label and lists as its source wrote them; a group's first row takes the group's.
      const merged =
        root !== row
          ? null
          : cells.label === undefined
            ? own
            : { ...own, label: cells.label, user_query: cells.user_query!, canonical_labels: cells.canonical_labels! };
      yield { row, own, merged };
      if (++row % PROGRESS_EVERY === 0) onProgress(row, table.size);
    }
  }
  if (row !== table.size) throw new Error('a source CSV lost rows while it was being merged; run the merge again');
  onProgress(row, table.size);
}
