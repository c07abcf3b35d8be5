import type { NaraRecord } from './NaraRecord.js';

const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png']);
const EXTENSION = /\.([a-z][a-z0-9]{0,4})$/iu;

/**
 * The distinct http(s) URLs of the record's image objects, in the record's order: those whose file
 * ends in .jpg, .jpeg or .png in any case (query string ignored). PDFs, videos, sound files and
 * objects without a URL are skipped.
 */
export function imageObjectUrls(record: NaraRecord): string[] {
  const urls = (record.digitalObjects ?? []).map((object) => object.objectUrl?.trim() ?? '').filter(isImageUrl);
  return [...new Set(urls)];
}

function isImageUrl(candidate: string): boolean {
  if (!URL.canParse(candidate)) return false;
  const url = new URL(candidate);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const extension = EXTENSION.exec(url.pathname.split('/').pop() ?? '')?.[1]?.toLowerCase();
  return extension !== undefined && IMAGE_EXTENSIONS.has(extension);
}
