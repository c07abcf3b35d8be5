import { createHash } from 'node:crypto';

const MAX_LENGTH = 150;
const HASH_LENGTH = 16;
const HASH_SUFFIX = new RegExp(`-[0-9a-f]{${HASH_LENGTH}}$`);
// Archive ids are case-sensitive and mixed-case (Europeana's `BibliographicResource_3000…`); keeping
// the case keeps names readable and equal to the reference's `<id>.jpg`.
const SAFE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * A record id as a portable file name stem: `images/<fileSafeId(id)>.jpg`. An id that is already
 * safe stays as it is (names match the reference's `<id>.jpg`); any other id keeps a readable prefix
 * plus `-` and 16 hex digits of its sha1. An unchanged id never ends in such a suffix (those are
 * hashed too), so distinct raw ids never share a name.
 */
export function fileSafeId(raw: string): string {
  if (typeof raw !== 'string' || raw.length === 0) throw new Error('image id must be a non-empty string');
  if (isFileSafeId(raw) && !HASH_SUFFIX.test(raw)) return raw;
  const readable = raw
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^\./, '_')
    .slice(0, MAX_LENGTH - HASH_LENGTH - 1);
  const hash = createHash('sha1').update(raw, 'utf8').digest('hex').slice(0, HASH_LENGTH);
  return `${readable}-${hash}`;
}

/** True for ids that can be used as a file name stem as they are (every `fileSafeId` result is). */
export function isFileSafeId(id: string): boolean {
  return id.length <= MAX_LENGTH && SAFE.test(id) && !id.includes('..');
}

/** The stored file name of a row's image inside `images/`; the id must already be file-safe. */
export function imageFileName(id: string): string {
  if (!isFileSafeId(id)) throw new Error(`image id "${id}" is not file-safe; make it so with fileSafeId()`);
  return `${id}.jpg`;
}
