export { toCsvCell, toListCell, parseListCell } from './csvCell.js';
export { writeCsv } from './writeCsv.js';
export { readCsv } from './readCsv.js';
export { readRows, type StoredRow } from './readRows.js';
