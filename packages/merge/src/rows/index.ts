export { detachedString } from './detachedString.js';
export { MergedGroups, type GroupCells, type GroupContext } from './MergedGroups.js';
export { readSource, type ReadSourceContext } from './readSource.js';
export { RowTable, type TableRow } from './RowTable.js';
export { scaledPixelSums, TOTALS_PER_IMAGE } from './scaledPixelSums.js';
export { StringPool } from './StringPool.js';
