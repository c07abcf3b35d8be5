import { resolve } from 'node:path';
import { readCsv } from '@hx4/core';
import { checkJpeg } from './checkJpeg.js';

/** One row on its way into an export. */
export interface ExportSample {
  /** Zero-padded position among the part's samples: sorted, unique, free of dots (WebDataset splits keys at the first dot). */
  key: string;
  /** The row's columns as the dataset CSV has them, in its column order. */
  record: Record<string, string>;
  /** The stored image, found at `img_path` or, for a dataset folder that moved, at `file_name` below it. */
  imagePath: string;
  caption: string;
}

/** Why a row was left out, and which row. */
export interface SampleSkip {
  reason: string;
  id: string;
  detail: string;
}

export interface SampleSource {
  csv: string;
  datasetRoot: string;
  captionColumn: string;
  onSkip: (skip: SampleSkip) => void;
  /** Called after every row read, sample or skip. */
  onRow?: (rowsRead: number) => void;
}

const KEY_DIGITS = 9;

/** Streams a dataset CSV's rows as samples, in the CSV's order; every row that cannot be one goes to `onSkip`. */
export async function* readSamples(source: SampleSource): AsyncGenerator<ExportSample> {
  let rowsRead = 0;
  let samples = 0;
  for await (const record of readCsv(source.csv)) {
    rowsRead++;
    const id = record.id ?? '';
    const caption = captionText(record[source.captionColumn]);
    const image = await findImage(record, source.datasetRoot);
    if (caption === '') {
      source.onSkip({ reason: 'no caption', id, detail: `${source.captionColumn} is empty` });
    } else if ('reason' in image) {
      source.onSkip({ reason: image.reason, id, detail: image.path });
    } else {
      yield { key: String(samples).padStart(KEY_DIGITS, '0'), record, imagePath: image.path, caption };
      samples++;
    }
    source.onRow?.(rowsRead);
  }
}

/**
 * A caption on one line: tabs and line breaks would end a field or a record for the many readers that take
 * the CSVs and `.txt` files line by line, and carry no meaning for a text encoder.
 */
export function captionText(cell: string | undefined): string {
  return (cell ?? '').replace(/\s+/gu, ' ').trim();
}

async function findImage(
  record: Record<string, string>,
  datasetRoot: string,
): Promise<{ path: string } | { path: string; reason: string }> {
  const stored = record.img_path ?? '';
  const problem = await checkJpeg(stored);
  if (!problem) return { path: stored };
  const relative = record.file_name ? resolve(datasetRoot, record.file_name) : null;
  if (problem.reason === 'image missing' && relative && relative !== stored && !(await checkJpeg(relative))) return { path: relative };
  return { path: stored, reason: problem.reason };
}
