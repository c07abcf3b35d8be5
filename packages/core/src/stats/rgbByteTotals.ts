import sharp, { type OutputInfo } from 'sharp';
import type { Rgb } from './ImageStats.js';

/** Per-channel sums of byte values (0–255) and of their squares: integers, exact in a double for any image sharp accepts. */
export interface RgbByteTotals {
  sum: Rgb;
  sumSquares: Rgb;
  pixels: number;
}

/**
 * Decodes one image as 8-bit sRGB at its stored size, like the reference's `convert("RGB")`
 * (greyscale is expanded to three channels; transparency is composited on white as when storing
 * images), and sums its pixels straight from the raw buffer so no float copy is ever allocated.
 */
export async function rgbByteTotals(imagePath: string): Promise<RgbByteTotals> {
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(imagePath).flatten({ background: '#ffffff' }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new Error(`cannot decode image ${imagePath}: ${(error as Error).message}`, { cause: error });
  }
  const { data, info } = decoded;
  const pixels = info.width * info.height;
  // A length of one byte per sample rules out 16-bit output as well as a missing channel.
  if (info.channels !== 3 || data.length !== pixels * 3) {
    throw new Error(`cannot read image ${imagePath} as 8-bit RGB (${info.channels} channels, ${data.length} bytes)`);
  }
  let r = 0,
    g = 0,
    b = 0,
    rr = 0,
    gg = 0,
    bb = 0;
  for (let i = 0; i < data.length; i += 3) {
    // data.length is 3 × pixels, checked above.
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
  return { sum: [r, g, b], sumSquares: [rr, gg, bb], pixels };
}
