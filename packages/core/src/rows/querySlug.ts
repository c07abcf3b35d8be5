import { createHash } from 'node:crypto';

/** Cleaned queries made of these characters (single spaces between words) keep a readable slug as is. */
const PLAIN_QUERY = /^[a-z0-9-]+(?: [a-z0-9-]+)*$/;
const MAX_READABLE_LENGTH = 80;

/**
 * A file-name-safe form of a query for per-query cache files: `"v-e day"` → `v-e_day`. Any other query
 * (capitals, apostrophes, non-ASCII letters, underscores, very long) is sanitised and gets `__` plus a hash of
 * the query; plain slugs never contain `__`, so two different queries never share a slug.
 */
export function querySlug(query: string): string {
  if (PLAIN_QUERY.test(query) && query.length <= MAX_READABLE_LENGTH) return query.replaceAll(' ', '_');
  const readable = query
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_READABLE_LENGTH);
  const hash = createHash('sha256').update(query).digest('hex').slice(0, 10);
  return `${readable}__${hash}`;
}
