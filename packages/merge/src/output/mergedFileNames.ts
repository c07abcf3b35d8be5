import { MULTI_LABEL_CSV, RAW_MULTI_LABEL_CSV, RAW_SINGLE_LABEL_CSV, SINGLE_LABEL_CSV } from '@hx4/core';

/** Columns the merge adds: every member's `dataset:id`, the kinds of duplicate merged, and (raw files) the row a duplicate went into. */
export const SOURCES_COLUMN = 'sources';
export const DUPLICATE_KIND_COLUMN = 'duplicate_kind';
export const MERGED_INTO_COLUMN = 'merged_into';
const LIST_COLUMNS = ['user_query', 'canonical_labels'];

export const splitFile = (file: string, split: 'train' | 'val') => file.replace(/\.csv$/, `_${split}.csv`);

/** `metadata_multi_label_chunk_<i>.csv`, the reference's names for annotation job inputs. */
export const chunkFile = (index: number) => MULTI_LABEL_CSV.replace(/\.csv$/, `_chunk_${index}.csv`);
export const CHUNK_FILE_PATTERN = /^metadata_multi_label_chunk_\d+\.csv$/;

export interface MergedColumns {
  multi: string[];
  single: string[];
  rawMulti: string[];
  rawSingle: string[];
}

/** The union of the sources' columns in first-seen order, plus the merge's own columns. */
export function mergedColumns(sourceColumns: readonly (readonly string[])[]): MergedColumns {
  const added = [SOURCES_COLUMN, DUPLICATE_KIND_COLUMN, MERGED_INTO_COLUMN];
  const union = [...new Set(sourceColumns.flat())].filter((column) => !added.includes(column));
  const multi = [...union, SOURCES_COLUMN, DUPLICATE_KIND_COLUMN];
  const single = multi.filter((column) => !LIST_COLUMNS.includes(column));
  return { multi, single, rawMulti: [...multi, MERGED_INTO_COLUMN], rawSingle: [...single, MERGED_INTO_COLUMN] };
}

export { MULTI_LABEL_CSV, RAW_MULTI_LABEL_CSV, RAW_SINGLE_LABEL_CSV, SINGLE_LABEL_CSV };
