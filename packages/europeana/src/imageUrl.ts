import type { Drop } from '@hx4/core';
import type { EuropeanaItem } from './EuropeanaItem.js';
import { stringValues } from './fieldValues.js';

const EXTENSION = /\.([a-z][a-z0-9]{0,4})$/iu;

/**
 * The item's media URL when it can be a JPEG: its path ends in .jpg/.jpeg (any case, query string
 * ignored) or has no extension at all (a script URL; the search already asked for MIME_TYPE
 * image/jpeg, and the image stage checks the bytes).
 */
export function jpegImageUrl(item: EuropeanaItem): string | Drop {
  const candidate = stringValues(item.edmIsShownBy)[0]?.trim();
  if (!candidate) return { drop: 'no image url' };
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { drop: 'no image url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { drop: 'no image url' };
  const lastSegment = url.pathname.split('/').pop() ?? '';
  const extension = EXTENSION.exec(lastSegment)?.[1].toLowerCase();
  if (extension !== undefined && extension !== 'jpg' && extension !== 'jpeg') return { drop: 'not a jpeg url' };
  return candidate;
}
