import { join } from 'node:path';

/** The cache files of one query: raw records (gzip members of JSON Lines) and the checkpoint. */
export function hitFiles(hitsDir: string, slug: string) {
  return {
    records: join(hitsDir, `${slug}.jsonl.gz`),
    checkpoint: join(hitsDir, `${slug}.checkpoint.json`),
  };
}
