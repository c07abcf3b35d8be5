import { createRandom } from '@hx4/testkit';
import sharp from 'sharp';

/** A photo-like JPEG drawn from `seed`: a background and a dozen translucent shapes. */
export async function picture(seed: number, width = 256, height = 192): Promise<Buffer> {
  const random = createRandom(seed);
  const colour = () => `rgb(${[0, 1, 2].map(() => Math.floor(random() * 256)).join(',')})`;
  const shapes = Array.from({ length: 12 }, () => {
    const [x, y] = [random() * width, random() * height];
    const size = (0.1 + random() * 0.3) * Math.min(width, height);
    return random() < 0.5
      ? `<circle cx="${x}" cy="${y}" r="${size}" fill="${colour()}" fill-opacity="0.7"/>`
      : `<rect x="${x - size}" y="${y - size / 2}" width="${size * 2}" height="${size}" fill="${colour()}" fill-opacity="0.7"/>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colour()}"/>${shapes.join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer();
}

export const reencoded = (image: Buffer, quality: number) => sharp(image).jpeg({ quality }).toBuffer();
export const resized = (image: Buffer, width: number, quality = 90) => sharp(image).resize({ width }).jpeg({ quality }).toBuffer();
export const uniform = (width = 256, height = 192, colour = '#8a7f70') =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
