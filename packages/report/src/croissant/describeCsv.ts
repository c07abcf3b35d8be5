import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import Papa from 'papaparse';

/** A CSV file of the dataset: its columns (from the header) and checksum, read in one streamed pass. */
export interface CsvDescription {
  name: string;
  bytes: number;
  sha256: string;
  columns: string[];
}

const READ_BYTES = 64 * 1024;

export async function describeCsv(path: string): Promise<CsvDescription> {
  const hash = createHash('sha256');
  let bytes = 0;
  let head = '';
  // One buffer, read into again and again: a stream's fresh Buffer per chunk is garbage V8 lets pile up (the
  // CSVs of a large dataset are tens of MB), and the card is written at the end of a run, where memory peaks.
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  const file = await open(path);
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, READ_BYTES);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      hash.update(chunk);
      bytes += bytesRead;
      if (!head.includes('\n')) head += chunk.toString('utf8');
    }
  } finally {
    await file.close();
  }
  const headerLine = head.replace(/\r?\n[\s\S]*/u, '');
  const parsed = Papa.parse<string[]>(headerLine, { header: false });
  const columns = parsed.data[0] ?? [];
  if (columns.length === 0 || columns.every((column) => column === '')) {
    throw new Error(`${path} has no header line`);
  }
  return { name: basename(path), bytes, sha256: hash.digest('hex'), columns };
}
