import { MULTI_LABEL_COLUMNS, RAW_SINGLE_LABEL_COLUMNS, type Row } from '../rows/Row.js';
import { parseListCell } from './csvCell.js';
import { readCsv } from './readCsv.js';

/** A row read back from any metadata CSV: single-label files carry no query lists. */
export type StoredRow = Omit<Row, 'user_query' | 'canonical_labels'> & Partial<Pick<Row, 'user_query' | 'canonical_labels'>>;

const LIST_COLUMNS = ['user_query', 'canonical_labels'] as const;
const SHARED_COLUMNS = new Set<string>(MULTI_LABEL_COLUMNS);

/** Empty cells in these columns were nulls; in the others they are empty strings. */
const NULLABLE_COLUMNS = ['raw_doc_date', 'doc_date', 'country', 'title', 'description', 'enriched_document_description'] as const;

/** Streams the rows of a metadata CSV written by `writeCsv`: lists and `doc_year` typed again, archive columns in `extra`. */
export async function* readRows(path: string): AsyncGenerator<StoredRow> {
  let recordNumber = 0;
  for await (const record of readCsv(path)) {
    recordNumber++;
    if (recordNumber === 1) {
      const missing = RAW_SINGLE_LABEL_COLUMNS.find((column) => !(column in record));
      if (missing) throw new Error(`${path} has no "${missing}" column`);
    }
    try {
      yield toStoredRow(record);
    } catch (error) {
      throw new Error(`${path} record ${recordNumber}: ${(error as Error).message}`, { cause: error });
    }
  }
}

function toStoredRow(record: Record<string, string>): StoredRow {
  const row: Record<string, unknown> = {};
  for (const column of RAW_SINGLE_LABEL_COLUMNS) row[column] = record[column];
  for (const column of NULLABLE_COLUMNS) {
    if (column in record) row[column] = record[column] === '' ? null : record[column];
  }
  for (const column of LIST_COLUMNS) {
    const cell = record[column];
    if (cell === undefined) continue;
    try {
      row[column] = parseListCell(cell);
    } catch (error) {
      throw new Error(`${column} is ${(error as Error).message}`, { cause: error });
    }
  }
  row.doc_year = parseYear(record.doc_year ?? '');
  // An archive's own columns (rights, ...) come back under `extra`, as `writeCsv` took them.
  const extra = Object.entries(record).filter(([column]) => !SHARED_COLUMNS.has(column));
  if (extra.length > 0) row.extra = Object.fromEntries(extra.map(([column, value]) => [column, value === '' ? null : value]));
  return row as StoredRow;
}

/** Integer years; pandas writes a float column, so `1944.0` is accepted too. */
function parseYear(text: string): number | null {
  if (text.trim() === '') return null;
  const year = Number(text);
  if (!Number.isInteger(year)) throw new Error(`doc_year "${text}" is not a whole number`);
  return year;
}
