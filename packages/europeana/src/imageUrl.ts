import { stringValues, type Drop } from '@hx4/core';
import type { EuropeanaItem } from './EuropeanaItem.js';
import { NON_IMAGE_EXTENSIONS } from './exclusions.js';

const EXTENSION = /\.([a-z][a-z0-9]{0,4})$/iu;
const nonImageExtensions = new Set(NON_IMAGE_EXTENSIONS);

/**
 * The item's media URL unless its name says it is not an image. The content decides the rest: image
 * servers are often scripts (`imagen_id.cmd?idImagen=…`, `.php`, `.aspx`, `.do`) and photographs come
 * as PNG or TIFF too; the image stage sniffs the bytes, decodes JPEG, PNG, GIF, WebP and TIFF and
 * writes a JPEG. Only a URL naming a document, sound, video, page or archive is dropped here.
 */
export function imageUrl(item: EuropeanaItem): string | Drop {
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
  const extension = EXTENSION.exec(lastSegment)?.[1]?.toLowerCase();
  if (extension !== undefined && nonImageExtensions.has(extension)) return { drop: `not an image url (.${extension})` };
  return candidate;
}
