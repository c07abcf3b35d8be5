import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imagePath, parseImageSpec, startSimulator, type ImageSpec, type Simulator } from '../src/index.js';

async function get(sim: Simulator, spec: ImageSpec) {
  const response = await fetch(sim.imageUrl(spec));
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, contentType: response.headers.get('content-type') };
}

describe('image factory', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ archives: [] });
  });
  afterAll(() => sim.close());

  it('encodes the spec in a readable path and reads it back', () => {
    const spec = { seed: 7, width: 320, height: 200, kind: 'exif-rotated' } as const;
    expect(imagePath(spec)).toBe('/img/exif-rotated-7-320x200.jpg');
    expect(parseImageSpec('exif-rotated-7-320x200.jpg')).toMatchObject(spec);
    expect(imagePath({ seed: 1, width: 10, height: 10, kind: 'oversized', bytes: 5000, extension: 'jpeg' })).toBe(
      '/img/oversized-1-10x10-5000b.jpeg',
    );
    expect(() => imagePath({ seed: -1, width: 10, height: 10 })).toThrow(/seed/);
    expect(() => imagePath({ seed: 1, width: 0, height: 10 })).toThrow(/width/);
    expect(parseImageSpec('sepia-1-10x10.jpg')).toBeNull();
  });

  it('serves a decodable JPEG of the requested size with a correct Content-Length', async () => {
    const { response, bytes, contentType } = await get(sim, { seed: 1, width: 640, height: 480 });
    expect(response.status).toBe(200);
    expect(contentType).toBe('image/jpeg');
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(['jpeg', 640, 480, 3]);
  });

  it('serves identical bytes for one spec and different pictures for different seeds', async () => {
    const spec = { seed: 5, width: 300, height: 200 };
    const first = await get(sim, spec);
    const second = await get(sim, spec);
    const other = await get(sim, { ...spec, seed: 6 });
    expect(first.bytes.equals(second.bytes)).toBe(true);
    expect(first.bytes.equals(other.bytes)).toBe(false);
    // Photo-like content: far from a flat, trivially compressible picture.
    expect(first.bytes.length).toBeGreaterThan(10_000);
    const stats = await sharp(first.bytes).stats();
    expect(stats.channels[0]?.stdev).toBeGreaterThan(10);
  });

  it('renders large photos scaled to the exact size asked for', async () => {
    const { bytes } = await get(sim, { seed: 9, width: 2000, height: 1500 });
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height]).toEqual([2000, 1500]);
  });

  it('serves one-channel grayscale', async () => {
    const { bytes } = await get(sim, { seed: 2, width: 200, height: 100, kind: 'gray' });
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.channels, meta.width]).toEqual(['jpeg', 1, 200]);
  });

  it('serves a sideways JPEG with EXIF orientation 6 that shows upright at the asked size', async () => {
    const { bytes } = await get(sim, { seed: 3, width: 300, height: 200, kind: 'exif-rotated' });
    const meta = await sharp(bytes).metadata();
    expect([meta.orientation, meta.width, meta.height]).toEqual([6, 200, 300]);
    const upright = await sharp(bytes).rotate().toBuffer({ resolveWithObject: true });
    expect([upright.info.width, upright.info.height]).toEqual([300, 200]);
  });

  it('serves a PNG with transparency', async () => {
    const { bytes, contentType } = await get(sim, { seed: 4, width: 120, height: 80, kind: 'png-alpha' });
    expect(contentType).toBe('image/png');
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.hasAlpha]).toEqual(['png', true]);
    const alpha = await sharp(bytes).extractChannel(3).stats();
    expect(alpha.channels[0]?.min).toBeLessThan(255);
  });

  it('serves a truncated JPEG completely over HTTP that fails to decode', async () => {
    const { response, bytes, contentType } = await get(sim, { seed: 1, width: 400, height: 300, kind: 'truncated' });
    expect([response.status, contentType]).toEqual([200, 'image/jpeg']);
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    await expect(sharp(bytes).toBuffer()).rejects.toThrow();
  });

  it('serves an HTML error page labelled image/jpeg', async () => {
    const { response, bytes, contentType } = await get(sim, { seed: 1, width: 10, height: 10, kind: 'html' });
    expect([response.status, contentType]).toEqual([200, 'image/jpeg']);
    expect(bytes.toString('utf8')).toContain('<html>');
    await expect(sharp(bytes).metadata()).rejects.toThrow();
  });

  it('answers 404 for a missing image and for a malformed spec', async () => {
    expect((await fetch(sim.imageUrl({ seed: 1, width: 10, height: 10, kind: 'missing' }))).status).toBe(404);
    expect((await fetch(`${sim.url}/img/nonsense.jpg`)).status).toBe(404);
  });

  it('streams an oversized body of exactly the configured size', async () => {
    const size = 3 * 1024 * 1024 + 17;
    const { response, bytes } = await get(sim, { seed: 1, width: 64, height: 48, kind: 'oversized', bytes: size });
    expect(Number(response.headers.get('content-length'))).toBe(size);
    expect(bytes.length).toBe(size);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });
});
