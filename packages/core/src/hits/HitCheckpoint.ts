import { readFile } from 'node:fs/promises';
import type { Cursor } from '../adapter/ArchiveAdapter.js';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';

/**
 * Progress of one query's harvest, saved after every page. `bytes` is the length of the hits file
 * that this checkpoint vouches for: a page appended after it (a kill between the two writes) is cut off.
 */
export interface HitCheckpoint {
  version: 1;
  query: string;
  /** The first page's URL: hits fetched from another endpoint or with other filters are not reused. */
  fingerprint: string;
  pages: number;
  records: number;
  bytes: number;
  next: Cursor | null;
  complete: boolean;
  total?: number;
  /** The adapter's `ArchiveSource` the hits came from, when it has several: a rerun resumes with it. */
  source?: string;
}

export async function readCheckpoint(path: string): Promise<HitCheckpoint | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    // A checkpoint of another HX4 version has another version number.
    const checkpoint = JSON.parse(text) as HitCheckpoint | { version?: unknown };
    return checkpoint.version === 1 ? (checkpoint as HitCheckpoint) : null;
  } catch {
    // A checkpoint is written atomically, so garbage means someone edited it: start the query over.
    return null;
  }
}

export async function writeCheckpoint(path: string, checkpoint: HitCheckpoint): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(checkpoint, null, 1)}\n`);
}
