import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import sharp, { type OutputInfo } from 'sharp';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { ImageError } from './ImageError.js';
import type { ImageSettings } from './ImageSettings.js';
import { SNIFF_BYTES, sniffContentKind, sniffImageType, type ImageType } from './sniffImageType.js';

export interface StoredImage {
  width: number;
  height: number;
  /** Size of the stored file. */
  bytes: number;
  /** Of the stored bytes, so identical images can be found across archives. */
  sha256: string;
  /** The format the archive sent (the stored file is always JPEG). */
  format: ImageType;
}

/**
 * Validates a downloaded image (a file, or a body held in memory) and stores it at `targetPath` as a
 * 3-channel sRGB baseline JPEG: EXIF orientation applied, transparency on white, metadata stripped, thumbnailed when the
 * settings ask for it. Throws `ImageError` (`not-an-image`, `too-many-pixels`, `corrupt`).
 */
export async function processImage(source: string | Buffer, targetPath: string, settings: ImageSettings): Promise<StoredImage> {
  const sourceName = typeof source === 'string' ? source : 'the downloaded body';
  const head = typeof source === 'string' ? await readHead(source) : source.subarray(0, SNIFF_BYTES);
  const format = sniffImageType(head);
  if (format === null) {
    const kind = sniffContentKind(head);
    throw new ImageError('not-an-image', `${sourceName} is not a JPEG, PNG, GIF, WebP or TIFF file but ${kind}`, kind);
  }
  const sourceBytes = typeof source === 'string' ? (await stat(source)).size : source.length;
  // 'error' rejects truncated and corrupt pixel data but tolerates the harmless libjpeg warnings
  // (extraneous bytes, odd markers) that many scanned archive JPEGs carry.
  let pipeline = sharp(source, { limitInputPixels: settings.maxPixels, failOn: 'error' }).autoOrient().flatten({ background: '#ffffff' });
  if (shouldThumbnail(settings, sourceBytes)) {
    const [width, height] = settings.thumbnailSize!;
    pipeline = pipeline.resize(width, height, { fit: 'inside', withoutEnlargement: true });
  }
  // Buffered rather than streamed so the bytes are hashed without reading the file back; memory
  // stays bounded by the number of images in flight.
  let output: { data: Buffer; info: OutputInfo };
  try {
    output = await pipeline.toColourspace('srgb').jpeg({ quality: settings.jpegQuality }).toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw toImageError(sourceName, error, format);
  }
  // No fsync: a process kill cannot tear a renamed file, and after a machine crash the manifest's
  // size check (ImageManifest.isStored) catches an image the disk lost.
  await writeFileAtomic(targetPath, output.data, { sync: false });
  return {
    width: output.info.width,
    height: output.info.height,
    bytes: output.data.length,
    sha256: createHash('sha256').update(output.data).digest('hex'),
    format,
  };
}

function shouldThumbnail(settings: ImageSettings, sourceBytes: number): boolean {
  if (settings.thumbnailSize === null) return false;
  return settings.largeImageThresholdBytes === null || sourceBytes > settings.largeImageThresholdBytes;
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function toImageError(sourceName: string, error: unknown, format: ImageType): ImageError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(detail)) {
    return new ImageError('too-many-pixels', `${sourceName} has more pixels than allowed: ${detail}`, format);
  }
  return new ImageError('corrupt', `${sourceName} could not be decoded: ${detail}`, format);
}
