import sharp, { type Sharp } from 'sharp';
import type { ImageSpec } from './ImageSpec.js';
import { syntheticPixels } from './syntheticPixels.js';

export interface RenderedImage {
  bytes: Buffer;
  contentType: string;
}

/** Pixels are drawn at most this large and scaled up by sharp, off the event loop. */
const MAX_DRAWN_SIDE = 1000;
const EXIF_ROTATE_90_CLOCKWISE = 6;
const TRUNCATED_FRACTION = 0.6;

/** The bytes of an image kind that has pixels (everything but `html`, `missing` and `oversized`). */
export async function renderImage(spec: Required<ImageSpec>): Promise<RenderedImage> {
  const { seed, width, height } = spec;
  switch (spec.kind) {
    case 'jpeg':
    case 'oversized':
      return jpeg(await photo(seed, width, height).jpeg({ quality: 85 }).toBuffer());
    case 'gray':
      return jpeg(await photo(seed, width, height).toColourspace('b-w').jpeg({ quality: 85 }).toBuffer());
    case 'exif-rotated':
      return jpeg(await exifRotated(seed, width, height));
    case 'png-alpha':
      return { bytes: await withAlpha(seed, width, height), contentType: 'image/png' };
    case 'truncated': {
      const whole = await photo(seed, width, height).jpeg({ quality: 85 }).toBuffer();
      return jpeg(whole.subarray(0, Math.floor(whole.length * TRUNCATED_FRACTION)));
    }
    default:
      throw new Error(`image kind ${spec.kind} has no pixels to render`);
  }
}

function jpeg(bytes: Buffer): RenderedImage {
  return { bytes, contentType: 'image/jpeg' };
}

function photo(seed: number, width: number, height: number): Sharp {
  const scale = Math.min(1, MAX_DRAWN_SIDE / Math.max(width, height));
  const drawnWidth = Math.max(1, Math.round(width * scale));
  const drawnHeight = Math.max(1, Math.round(height * scale));
  const image = sharp(syntheticPixels(seed, drawnWidth, drawnHeight), {
    raw: { width: drawnWidth, height: drawnHeight, channels: 3 },
  });
  return scale < 1 ? image.resize(width, height, { fit: 'fill', kernel: 'linear' }) : image;
}

/** Stored sideways (height × width) so that a viewer applying orientation 6 shows it upright. */
async function exifRotated(seed: number, width: number, height: number): Promise<Buffer> {
  const upright = await photo(seed, width, height).raw().toBuffer();
  return sharp(upright, { raw: { width, height, channels: 3 } })
    .rotate(270)
    .withMetadata({ orientation: EXIF_ROTATE_90_CLOCKWISE })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** Opaque in the middle, fading to mostly transparent towards the edges. */
async function withAlpha(seed: number, width: number, height: number): Promise<Buffer> {
  const rgb = await photo(seed, width, height).raw().toBuffer();
  const alpha = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    const dy = Math.abs(y / Math.max(1, height - 1) - 0.5) * 2;
    for (let x = 0; x < width; x++) {
      const dx = Math.abs(x / Math.max(1, width - 1) - 0.5) * 2;
      alpha[y * width + x] = 255 - Math.round(215 * Math.min(1, Math.max(dx, dy)));
    }
  }
  return sharp(rgb, { raw: { width, height, channels: 3 } })
    .joinChannel(alpha, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}
