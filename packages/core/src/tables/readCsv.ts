import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import Papa from 'papaparse';

/**
 * Streams the records of a CSV with a header line as `{ column: text }`, with back-pressure: only a chunk
 * of the file is in memory. Throws on a record whose field count differs from the header's.
 */
export async function* readCsv(path: string): AsyncGenerator<Record<string, string>> {
  try {
    await access(path);
  } catch {
    throw new Error(`CSV file not found: ${path}`);
  }
  let headerWidth = 0;
  // String chunks: papaparse would decode each Buffer on its own and split multi-byte characters.
  const source = createReadStream(path, { encoding: 'utf8' });
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    header: true,
    delimiter: ',',
    skipEmptyLines: true,
    transformHeader: (name: string, index: number) => {
      headerWidth = index + 1;
      return name;
    },
  });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let recordNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      recordNumber++;
      const fields = Object.keys(record).length;
      if ('__parsed_extra' in record || fields !== headerWidth) {
        throw new Error(`${path}: record ${recordNumber} does not have the ${headerWidth} fields of the header`);
      }
      yield record;
    }
  } finally {
    source.destroy();
    parser.destroy();
  }
}
