import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp, { type OutputInfo } from 'sharp';
import { HASH_SIDE, perceptualHash } from './perceptualHash.js';

/** What the merge needs to know of one stored image, computed from a single decode. */
export interface ImageFeatures {
  /** Of the stored file's bytes, like the image manifest's. */
  sha256: string;
  width: number;
  height: number;
  /** 16 hex digits (see `perceptualHash`); null for a nearly uniform image. */
  phash: string | null;
  /**
   * Per-channel sums of the RGB byte values (0–255) and of their squares, and the pixel count: exact
   * integers, decoded as core's image statistics decode (flattened on white, sRGB, stored size), so
   * a dataset's statistics can be corrected for a dropped duplicate without reading it again.
   */
  sum: [number, number, number];
  sumSquares: [number, number, number];
  pixels: number;
}

/** Reads, hashes and decodes one stored image. Throws naming the file when it cannot. */
export async function computeImageFeatures(path: string): Promise<ImageFeatures> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`cannot read image ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  let decoded: { data: Buffer; info: OutputInfo };
  let grey: Buffer;
  try {
    decoded = await sharp(bytes).flatten({ background: '#ffffff' }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const { width, height, channels } = decoded.info;
    grey = await sharp(decoded.data, { raw: { width, height, channels } })
      .greyscale()
      .resize(HASH_SIDE, HASH_SIDE, { fit: 'fill' })
      .raw()
      .toBuffer();
  } catch (error) {
    throw new Error(`cannot decode image ${path}: ${(error as Error).message}`, { cause: error });
  }
  const { data, info } = decoded;
  const pixels = info.width * info.height;
  if (info.channels !== 3 || data.length !== pixels * 3) {
    throw new Error(`cannot read image ${path} as 8-bit RGB (${info.channels} channels, ${data.length} bytes)`);
  }
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    width: info.width,
    height: info.height,
    phash: perceptualHash(grey),
    ...channelTotals(data),
    pixels,
  };
}

function channelTotals(data: Buffer): Pick<ImageFeatures, 'sum' | 'sumSquares'> {
  let r = 0,
    g = 0,
    b = 0,
    rr = 0,
    gg = 0,
    bb = 0;
  // Raw RGB: three bytes a pixel, so a pixel that starts inside the buffer ends inside it.
  for (let i = 0; i < data.length; i += 3) {
    const red = data[i]!,
      green = data[i + 1]!,
      blue = data[i + 2]!;
    r += red;
    g += green;
    b += blue;
    rr += red * red;
    gg += green * green;
    bb += blue * blue;
  }
  return { sum: [r, g, b], sumSquares: [rr, gg, bb] };
}
