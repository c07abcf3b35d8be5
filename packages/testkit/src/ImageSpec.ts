/**
 * What the image factory can serve. Decodable: `jpeg`, `gray` (one channel), `exif-rotated` (stored
 * sideways with EXIF orientation 6), `png-alpha` (a PNG with transparency, whatever the extension says).
 * Broken on purpose: `truncated` (a JPEG cut short), `html` (an error page sent as image/jpeg),
 * `oversized` (a streamed body of `bytes` bytes), `missing` (404).
 */
export type ImageKind = 'jpeg' | 'gray' | 'exif-rotated' | 'png-alpha' | 'truncated' | 'html' | 'oversized' | 'missing';

export const IMAGE_KINDS: readonly ImageKind[] = ['jpeg', 'gray', 'exif-rotated', 'png-alpha', 'truncated', 'html', 'oversized', 'missing'];

/** Deterministic generation parameters: the same spec always yields the same bytes. */
export interface ImageSpec {
  seed: number;
  /** Displayed size in pixels (for `exif-rotated`, the size after applying the orientation). */
  width: number;
  height: number;
  kind?: ImageKind;
  /** Body size of an `oversized` image (default 64 MiB). */
  bytes?: number;
  /** File extension in the URL (default `jpg`); it never changes the content. */
  extension?: string;
}

export const DEFAULT_OVERSIZED_BYTES = 64 * 1024 * 1024;
const MAX_SIDE = 10_000;
const SPEC_PATTERN = new RegExp(`^(${IMAGE_KINDS.join('|')})-(\\d+)-(\\d+)x(\\d+)(?:-(\\d+)b)?\\.([a-z0-9]{1,5})$`);

/** The path of an image under the simulator root, e.g. `/img/jpeg-42-2000x1500.jpg`. */
export function imagePath(spec: ImageSpec): string {
  const normal = normalizeImageSpec(spec);
  const bytes = normal.kind === 'oversized' ? `-${normal.bytes}b` : '';
  return `/img/${normal.kind}-${normal.seed}-${normal.width}x${normal.height}${bytes}.${normal.extension}`;
}

/** Reads the file part of an image path (after `/img/`); null when it is not a valid spec. */
export function parseImageSpec(fileName: string): Required<ImageSpec> | null {
  const match = SPEC_PATTERN.exec(fileName);
  if (!match) return null;
  const [, kind, seed, width, height, bytes, extension] = match;
  try {
    return normalizeImageSpec({
      kind: kind as ImageKind,
      seed: Number(seed),
      width: Number(width),
      height: Number(height),
      bytes: bytes === undefined ? undefined : Number(bytes),
      extension,
    });
  } catch {
    return null;
  }
}

function normalizeImageSpec(spec: ImageSpec): Required<ImageSpec> {
  const { seed, width, height } = spec;
  const kind = spec.kind ?? 'jpeg';
  const extension = spec.extension ?? 'jpg';
  const bytes = spec.bytes ?? DEFAULT_OVERSIZED_BYTES;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new Error(`image seed must be an integer in 0..2^32-1, got ${seed}`);
  }
  for (const [name, side] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(side) || side < 1 || side > MAX_SIDE) {
      throw new Error(`image ${name} must be an integer in 1..${MAX_SIDE}, got ${side}`);
    }
  }
  if (!IMAGE_KINDS.includes(kind)) throw new Error(`unknown image kind: ${kind}`);
  if (!/^[a-z0-9]{1,5}$/.test(extension)) throw new Error(`invalid image extension: ${extension}`);
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new Error(`oversized bytes must be a positive integer, got ${bytes}`);
  return { seed, width, height, kind, bytes, extension };
}
