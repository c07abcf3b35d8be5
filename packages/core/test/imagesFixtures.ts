import { writeFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { DownloadOptions, DownloadResult, HttpClient } from '../src/http/index.js';
import { HttpError } from '../src/http/index.js';

export const solidJpeg = (width: number, height: number, colour = '#3366aa'): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

/** Noise compresses badly, so these JPEGs are large for their size and truncation hits pixel data. */
export function noisyJpeg(width: number, height: number, seed = 1): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    pixels[i] = state >>> 24;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

export const transparentPng = (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .png()
    .toBuffer();

export const grayscalePng = (width: number, height: number): Promise<Buffer> =>
  sharp(Buffer.alloc(width * height, 90), { raw: { width, height, channels: 1 } })
    .toColourspace('b-w')
    .png()
    .toBuffer();

/** Stored 400×300 with EXIF orientation 6: displayed (and stored by HX4) as 300×400. */
export const rotatedJpeg = (): Promise<Buffer> =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: '#aa3322' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();

export const htmlPage = (): Buffer => Buffer.from('<!DOCTYPE html><html><body>Not found</body></html>');

/** A one-pixel PNG whose header claims 20000×20000: what a decompression bomb looks like to a decoder. */
export async function pixelBombPng(): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer(),
  );
  const ihdr = 8; // after the signature: length (4), type (4), data (13), crc (4)
  png.writeUInt32BE(20_000, ihdr + 8);
  png.writeUInt32BE(20_000, ihdr + 12);
  png.writeUInt32BE(crc32(png.subarray(ihdr + 4, ihdr + 8 + 13)), ihdr + 8 + 13);
  return png;
}

type Served = Buffer | HttpError | Error;

/** Serves bodies from memory the way the real client would write them to disk. */
export class FakeHttpClient implements HttpClient {
  readonly requested: string[] = [];
  inFlight = 0;
  maxInFlight = 0;

  constructor(private readonly bodies: Map<string, Served> = new Map()) {}

  serve(url: string, body: Served): void {
    this.bodies.set(url, body);
  }

  async download(url: string, destination: string, options: DownloadOptions): Promise<DownloadResult> {
    this.requested.push(url);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((resolve) => setImmediate(resolve));
      const body = this.bodies.get(url) ?? new HttpError('status', url, 'HTTP 404', 1, 404);
      if (body instanceof Error) throw body;
      if (body.length > options.maxBytes) throw new HttpError('too-large', url, 'body too large', 1);
      // As the real client: a body that fits in memory is handed over, a larger one written to disk.
      if (body.length <= (options.memoryBytes ?? 0))
        return { status: 200, contentType: 'image/jpeg', bytes: body.length, attempts: 1, data: body };
      await writeFile(destination, body);
      return { status: 200, contentType: 'image/jpeg', bytes: body.length, attempts: 1 };
    } finally {
      this.inFlight -= 1;
    }
  }

  getText(): never {
    throw new Error('not used by images');
  }

  getJson(): never {
    throw new Error('not used by images');
  }

  setHostPolicy(): void {}

  hostStats(): [] {
    return [];
  }
  obeyRobotsTxt(): void {}

  async close(): Promise<void> {}
}
