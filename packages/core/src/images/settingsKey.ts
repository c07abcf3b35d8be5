import { createHash } from 'node:crypto';
import type { ImageSettings } from './ImageSettings.js';

/** Bump when processing changes the stored bytes for the same settings, so old images are redone. */
// 2: baseline instead of progressive JPEG (decodes the same, encodes faster).
const PROCESSING_VERSION = 2;

/**
 * A short, stable hash of the settings that shape the stored bytes. The byte and pixel limits only
 * decide acceptance, so changing them does not redo images already stored.
 */
export function settingsKey(settings: ImageSettings): string {
  const shaping = {
    version: PROCESSING_VERSION,
    thumbnailSize: settings.thumbnailSize,
    largeImageThresholdBytes: settings.thumbnailSize === null ? null : settings.largeImageThresholdBytes,
    jpegQuality: settings.jpegQuality,
  };
  return createHash('sha1').update(JSON.stringify(shaping)).digest('hex').slice(0, 12);
}
