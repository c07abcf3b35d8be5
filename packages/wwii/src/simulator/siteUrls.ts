import type { Gallery } from '../catalogue.js';
import type { SimImage } from './simImage.js';

/** WordPress's square thumbnails and the medium size an attachment page shows. */
export const THUMBNAIL_SIZE = 150;
export const MEDIUM_WIDTH = 300;

export function galleryUrl(endpoint: string, gallery: Gallery, page: number): string {
  return `${endpoint}${gallery.path}${page > 1 ? `page/${page}/` : ''}`;
}

export function attachmentUrl(endpoint: string, gallery: Gallery, image: SimImage): string {
  return `${endpoint}${gallery.path}${image.slug}/`;
}

/** The uploaded file (`size` omitted) or a resized copy of it in the gallery's `_cache/` folder. */
export function uploadUrl(endpoint: string, gallery: Gallery, image: SimImage, size?: readonly [number, number]): string {
  const folder = `${endpoint}/wp-content${gallery.path}`;
  return size ? `${folder}_cache/${image.name}-${size[0]}x${size[1]}.jpg` : `${folder}${image.name}.jpg`;
}

/** The medium copy keeps the upload's aspect ratio. */
export function mediumSize(image: SimImage): [number, number] {
  return [MEDIUM_WIDTH, Math.max(1, Math.round((MEDIUM_WIDTH * image.spec.height) / image.spec.width))];
}
