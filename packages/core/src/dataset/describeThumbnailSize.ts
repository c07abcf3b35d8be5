import type { DatasetSettings } from './DatasetSettings.js';

/** `256×256`, `original size`, or, for a dataset that does not record it, `unknown thumbnail size`. */
export function describeThumbnailSize(size: DatasetSettings['thumbnailSize'] | undefined): string {
  if (size === undefined) return 'unknown thumbnail size';
  return size === null ? 'original size' : `${size[0]}×${size[1]}`;
}
