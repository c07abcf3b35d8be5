import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';

/** A CSV file of the dataset: its columns (from the header) and checksum, read in one streamed pass. */
export interface CsvDescription {
  name: string;
  bytes: number;
  sha256: string;
  columns: string[];
}

export async function describeCsv(path: string): Promise<CsvDescription> {
  const hash = createHash('sha256');
  let bytes = 0;
  let head = '';
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    if (!head.includes('\n')) head += chunk.toString('utf8');
  }
  const headerLine = head.replace(/\r?\n[\s\S]*/u, '');
  const parsed = Papa.parse<string[]>(headerLine, { header: false });
  const columns = parsed.data[0] ?? [];
  if (columns.length === 0 || columns.every((column) => column === '')) {
    throw new Error(`${path} has no header line`);
  }
  return { name: basename(path), bytes, sha256: hash.digest('hex'), columns };
}
