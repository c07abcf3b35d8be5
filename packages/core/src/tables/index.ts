export { toCsvCell, toListCell, parseListCell } from './csvCell.js';
export { writeCsv, type CsvFormat } from './writeCsv.js';
export { readCsv } from './readCsv.js';
export { readRows, type StoredRow } from './readRows.js';
