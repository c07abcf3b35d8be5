/** Everything that decides whether an image is accepted and how it is stored. */
export interface ImageSettings {
  /** Box the stored image must fit inside; `null` keeps the original size. */
  thumbnailSize: [width: number, height: number] | null;
  /** Only downloads larger than this many bytes are thumbnailed; `null` thumbnails every image that exceeds the box. */
  largeImageThresholdBytes: number | null;
  /** Downloads larger than this fail as `too-large`. */
  maxBytes: number;
  /** Decompression-bomb guard: images with more pixels fail as `too-many-pixels`. */
  maxPixels: number;
  jpegQuality: number;
}

export const DEFAULT_IMAGE_SETTINGS: ImageSettings = {
  thumbnailSize: null,
  largeImageThresholdBytes: null,
  maxBytes: 50 * 1024 * 1024,
  maxPixels: 100_000_000,
  jpegQuality: 95,
};

/**
 * Fills defaults and rejects nonsense up front: the reference deleted every image when it met a
 * malformed thumbnail size mid-run.
 */
export function resolveImageSettings(settings: Partial<ImageSettings> = {}): ImageSettings {
  const resolved: ImageSettings = { ...DEFAULT_IMAGE_SETTINGS, ...settings };
  const { thumbnailSize, largeImageThresholdBytes, maxBytes, maxPixels, jpegQuality } = resolved;
  if (
    thumbnailSize !== null &&
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- settings also come from JavaScript and JSON
    !(Array.isArray(thumbnailSize) && thumbnailSize.length === 2 && thumbnailSize.every(isPositiveInteger))
  ) {
    throw new Error(`thumbnailSize must be [width, height] in whole pixels, got ${JSON.stringify(thumbnailSize)}`);
  }
  if (largeImageThresholdBytes !== null && !(Number.isInteger(largeImageThresholdBytes) && largeImageThresholdBytes >= 0)) {
    throw new Error(`largeImageThresholdBytes must be a whole number of bytes or null, got ${largeImageThresholdBytes}`);
  }
  if (!isPositiveInteger(maxBytes)) throw new Error(`maxBytes must be a positive whole number, got ${JSON.stringify(maxBytes)}`);
  if (!isPositiveInteger(maxPixels)) throw new Error(`maxPixels must be a positive whole number, got ${JSON.stringify(maxPixels)}`);
  if (!(Number.isInteger(jpegQuality) && jpegQuality >= 1 && jpegQuality <= 100)) {
    throw new Error(`jpegQuality must be a whole number from 1 to 100, got ${jpegQuality}`);
  }
  return resolved;
}

function isPositiveInteger(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0;
}
