import type { GroupRowsOptions, GroupedRow, RowContribution } from './ImageGroup.js';
import { RowGrouper } from './RowGrouper.js';

/** Groups accepted records by image URL (see `RowGrouper`); synchronous for an array, a promise for a stream. */
export function groupRows(contributions: Iterable<RowContribution>, options: GroupRowsOptions): GroupedRow[];
export function groupRows(contributions: AsyncIterable<RowContribution>, options: GroupRowsOptions): Promise<GroupedRow[]>;
export function groupRows(
  contributions: Iterable<RowContribution> | AsyncIterable<RowContribution>,
  options: GroupRowsOptions,
): GroupedRow[] | Promise<GroupedRow[]> {
  const grouper = new RowGrouper(options);
  if (Symbol.asyncIterator in contributions) {
    return (async () => {
      for await (const contribution of contributions) grouper.add(contribution);
      return grouper.rows();
    })();
  }
  for (const contribution of contributions) grouper.add(contribution);
  return grouper.rows();
}
