import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The recorded bytes of a file in fixtures/real/ (a `.gz` one decompressed: it is kept compressed only for size). */
export function realRecordingBytes(fileName: string): Buffer {
  const stored = readFileSync(new URL(`./fixtures/real/${fileName}`, import.meta.url));
  return fileName.endsWith('.gz') ? gunzipSync(stored) : stored;
}

/** A recorded answer, parsed. */
export function realRecording(fileName: string): unknown {
  return JSON.parse(realRecordingBytes(fileName).toString('utf8'));
}

/** The real Search API pages: the NIMH page (Dutch) and the Castilla y León page (Spanish, script image URLs). */
export const REAL_SEARCH_PAGES = [
  'openverse_sample_search_results_additional.json',
  'openverse-catalog_europeana_example.json.gz',
] as const;
