import type { Gallery } from '../catalogue.js';
import type { SimImage } from './simImage.js';

/** WordPress's square thumbnails, and the box the attachment page fits its copy into (as twentyeleven does). */
export const THUMBNAIL_SIZE = 150;
export const DISPLAY_BOX = [848, 1024] as const;

/** A gallery's page: the folder itself, then Eazyest Gallery's `thumbnails/<n>` endpoint. */
export function galleryUrl(endpoint: string, gallery: Gallery, page: number): string {
  return `${endpoint}${gallery.path}${page > 1 ? `thumbnails/${page}` : ''}`;
}

export function attachmentUrl(endpoint: string, gallery: Gallery, image: SimImage): string {
  return `${endpoint}${gallery.path}${image.slug}/`;
}

/**
 * The folder the gallery's files live in below `/wp-content/gallery/`. WordPress gives a section whose
 * slug is taken a `-2` (even `-2-3`) suffix, but the folder on disk keeps its name: the real site shows
 * the gallery `/gallery/usa/aircrafts-2-3/tbu-tby/` with files in `/wp-content/gallery/usa/aircrafts/tbu-tby/`.
 * Only sections (not the gallery's own slug, as in `is-2`) lose the suffix.
 */
export function uploadFolder(gallery: Gallery): string {
  const segments = gallery.path.split('/').filter(Boolean).slice(1);
  const sections = segments.slice(0, -1).map((segment) => segment.replace(/(?:-[2-9])+$/u, ''));
  return `/wp-content/gallery/${[...sections, segments.at(-1)].join('/')}/`;
}

/** The uploaded file (`size` omitted) or a resized copy of it in the folder's `_cache/`. */
export function uploadUrl(endpoint: string, gallery: Gallery, image: SimImage, size?: readonly [number, number]): string {
  const folder = `${endpoint}${uploadFolder(gallery)}`;
  return size ? `${folder}_cache/${image.name}-${size[0]}x${size[1]}.jpg` : `${folder}${image.name}.jpg`;
}

/** The copy an attachment page shows: the upload fitted into `DISPLAY_BOX`, never enlarged. */
export function displaySize(image: SimImage): [number, number] {
  const { width, height } = image.spec;
  const scale = Math.min(1, DISPLAY_BOX[0] / width, DISPLAY_BOX[1] / height);
  return [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
}
