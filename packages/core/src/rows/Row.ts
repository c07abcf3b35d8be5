/**
 * One image and its metadata: a line of the metadata CSVs. Column names and order follow the
 * History-X4 CSVs so the HistoryCLIP Python loaders keep working.
 */
export interface Row {
  doc_id: string;
  /** File-safe id; the image is stored as `images/<id>.jpg`. */
  id: string;
  /** Sorted JSON array of the (cleaned) queries that found this image; parses with `ast.literal_eval`. */
  user_query: string[];
  /** The single canonical label, chosen deterministically from `canonical_labels`. */
  label: string;
  /** Sorted canonical labels of every query that found the image (the multi-label target). */
  canonical_labels: string[];
  img_url: string;
  doc_url: string;
  raw_doc_date: string | null;
  doc_year: number | null;
  doc_date: string | null;
  country: string | null;
  /** Absolute path of the stored image. */
  img_path: string;
  title: string | null;
  description: string | null;
  /** Dataset folder name, e.g. `EUROPEANA_1900-01-01_1970-12-31`. */
  dataset: string;
  /** `images/<id>.jpg`, relative to the dataset folder. */
  file_name: string;
  enriched_document_description?: string | null;
  /** The archive's own columns (its adapter's `extraColumns`), e.g. `rights`. */
  extra?: Record<string, string | null>;
}

/** Columns of the raw CSVs, in order. */
export const RAW_MULTI_LABEL_COLUMNS = [
  'doc_id',
  'id',
  'user_query',
  'label',
  'canonical_labels',
  'img_url',
  'doc_url',
  'raw_doc_date',
  'doc_year',
  'doc_date',
  'country',
  'img_path',
  'title',
  'description',
  'dataset',
  'file_name',
] as const satisfies readonly (keyof Row)[];

/** The single-label files carry no query lists: one label per image. */
export const RAW_SINGLE_LABEL_COLUMNS = RAW_MULTI_LABEL_COLUMNS.filter(
  (column) => column !== 'user_query' && column !== 'canonical_labels',
);

export const MULTI_LABEL_COLUMNS = [...RAW_MULTI_LABEL_COLUMNS, 'enriched_document_description'] as const;
export const SINGLE_LABEL_COLUMNS = [...RAW_SINGLE_LABEL_COLUMNS, 'enriched_document_description'] as const;

/** The columns of one of the metadata CSVs, with an archive's own columns after the shared ones. */
export function csvColumns(base: readonly string[], extraColumns: readonly string[] = []): string[] {
  const enriched = base.at(-1) === 'enriched_document_description';
  const shared = enriched ? base.slice(0, -1) : [...base];
  return [...shared, ...extraColumns, ...(enriched ? ['enriched_document_description'] : [])];
}

/** A row as one CSV record: the archive's own columns beside the shared ones. */
export function csvRecord(row: Row): Record<string, unknown> {
  return { ...row, ...row.extra };
}

/** `csvRecord` of each row as `writeCsv` asks for it, without a second array of every row. */
export async function* csvRecords(rows: Iterable<Row> | AsyncIterable<Row>): AsyncGenerator<Record<string, unknown>> {
  for await (const row of rows) yield csvRecord(row);
}
