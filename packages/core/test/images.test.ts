import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  fileSafeId,
  imageFileName,
  ImageError,
  processImage,
  resolveImageSettings,
  settingsKey,
  sniffContentKind,
  sniffImageType,
} from '../src/images/index.js';
import { grayscalePng, htmlPage, noisyJpeg, pixelBombPng, rotatedJpeg, solidJpeg, transparentPng } from './imagesFixtures.js';

describe('fileSafeId', () => {
  it('keeps ids that are already safe file names', () => {
    expect(fileSafeId('12345')).toBe('12345');
    expect(fileSafeId('sa-kuva.sa-kuva-98765_a')).toBe('sa-kuva.sa-kuva-98765_a');
    expect(imageFileName('12345')).toBe('12345.jpg');
  });

  it('turns path traversal into a plain name', () => {
    const name = fileSafeId('../../etc/passwd');
    expect(name).not.toMatch(/[/\\]/);
    expect(name).not.toContain('..');
    expect(name.startsWith('.')).toBe(false);
    expect(name).toMatch(/^_+etc_passwd-[0-9a-f]{16}$/);
  });

  it('removes separators, control characters and leading dots, keeping a readable prefix', () => {
    for (const raw of ['/2021672/resource_document_670', 'a\\b', 'tab\there\n', '.hidden', 'C:evil', 'é€漢字']) {
      const name = fileSafeId(raw);
      expect(name).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/);
      expect(name).not.toContain('..');
    }
    expect(fileSafeId('/2021672/resource_document_670')).toMatch(/^_2021672_resource_document_670-[0-9a-f]{16}$/);
  });

  it('gives distinct names to ids that sanitise alike or mimic a hashed name', () => {
    const raws = ['a/b', 'a\\b', 'a_b', 'a:b', 'A_B', 'Abc', 'abc'];
    raws.push(fileSafeId('a/b'));
    const names = raws.map(fileSafeId);
    expect(new Set(names).size).toBe(raws.length);
  });

  it('keeps the case of mixed-case archive ids and refuses unsafe ids as file names', () => {
    expect(fileSafeId('9200579_BibliographicResource_3000113')).toBe('9200579_BibliographicResource_3000113');
    expect(() => imageFileName('a/b')).toThrow(/not file-safe/);
  });

  it('bounds the length and keeps long ids apart', () => {
    const long = 'x'.repeat(400);
    const name = fileSafeId(long);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(fileSafeId(`${long}y`)).not.toBe(name);
    expect(Buffer.byteLength(fileSafeId('漢'.repeat(300)))).toBeLessThanOrEqual(150);
  });

  it('is deterministic and rejects an empty id', () => {
    expect(fileSafeId('a/b?c=1')).toBe(fileSafeId('a/b?c=1'));
    expect(() => fileSafeId('')).toThrow(/non-empty/);
  });
});

describe('image settings', () => {
  it('fills defaults and rejects a malformed thumbnail size before any work', () => {
    expect(resolveImageSettings()).toEqual({
      thumbnailSize: null,
      largeImageThresholdBytes: null,
      maxBytes: 50 * 1024 * 1024,
      maxPixels: 100_000_000,
      jpegQuality: 95,
    });
    expect(() => resolveImageSettings({ thumbnailSize: [512] as unknown as [number, number] })).toThrow(/thumbnailSize/);
    expect(() => resolveImageSettings({ thumbnailSize: [0, 512] })).toThrow(/thumbnailSize/);
    expect(() => resolveImageSettings({ jpegQuality: 101 })).toThrow(/jpegQuality/);
    expect(() => resolveImageSettings({ maxPixels: -1 })).toThrow(/maxPixels/);
  });

  it('keys only what shapes the stored bytes', () => {
    const base = resolveImageSettings({ thumbnailSize: [512, 512] });
    expect(settingsKey(base)).toBe(settingsKey(resolveImageSettings({ thumbnailSize: [512, 512] })));
    expect(settingsKey(base)).toMatch(/^[0-9a-f]{12}$/);
    expect(settingsKey({ ...base, maxBytes: 1, maxPixels: 1 })).toBe(settingsKey(base));
    expect(settingsKey({ ...base, thumbnailSize: [256, 256] })).not.toBe(settingsKey(base));
    expect(settingsKey({ ...base, jpegQuality: 80 })).not.toBe(settingsKey(base));
    expect(settingsKey({ ...base, largeImageThresholdBytes: 1000 })).not.toBe(settingsKey(base));
    const full = resolveImageSettings();
    expect(settingsKey({ ...full, largeImageThresholdBytes: 1000 })).toBe(settingsKey(full));
  });
});

describe('sniffImageType', () => {
  it('recognises the supported formats by their magic bytes', async () => {
    const sample = sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } });
    expect(sniffImageType(await sample.clone().jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageType(await sample.clone().png().toBuffer())).toBe('png');
    expect(sniffImageType(await sample.clone().gif().toBuffer())).toBe('gif');
    expect(sniffImageType(await sample.clone().webp().toBuffer())).toBe('webp');
    expect(sniffImageType(await sample.clone().tiff().toBuffer())).toBe('tiff');
  });

  it('rejects HTML, empty and short bodies', () => {
    expect(sniffImageType(htmlPage())).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WAVE'))).toBeNull();
  });
});

describe('processImage', () => {
  let dir: string;
  const settings = resolveImageSettings();

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-process-'));
  });

  async function run(body: Buffer, overrides: Parameters<typeof resolveImageSettings>[0] = {}) {
    const source = join(dir, 'source.bin');
    const target = join(dir, 'out', 'target.jpg');
    await writeFile(source, body);
    const stored = await processImage(source, target, { ...settings, ...overrides });
    const data = await readFile(target);
    return { stored, data, meta: await sharp(data).metadata() };
  }

  async function reason(body: Buffer, overrides: Parameters<typeof resolveImageSettings>[0] = {}) {
    const error = await run(body, overrides).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImageError);
    return (error as ImageError).reason;
  }

  it('stores a 3-channel sRGB JPEG and reports its size and sha256', async () => {
    const { stored, data, meta } = await run(await solidJpeg(320, 200));
    expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 200, channels: 3, space: 'srgb' });
    expect(stored).toMatchObject({ width: 320, height: 200, bytes: data.length });
    expect(stored.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect(meta.exif).toBeUndefined();
    expect(await readdir(join(dir, 'out'))).toEqual(['target.jpg']);
  });

  it('applies EXIF orientation, so width and height swap', async () => {
    const { stored, meta } = await run(await rotatedJpeg());
    expect(stored).toMatchObject({ width: 300, height: 400 });
    expect(meta.orientation).toBeUndefined();
  });

  it('puts transparency on white', async () => {
    const { data, meta } = await run(await transparentPng(20, 10));
    expect(meta.channels).toBe(3);
    const { data: pixels } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...pixels)).toBeGreaterThanOrEqual(250);
  });

  it('stores grayscale as three channels', async () => {
    const { meta } = await run(await grayscalePng(30, 20));
    expect(meta).toMatchObject({ channels: 3, space: 'srgb' });
  });

  it('thumbnails into the box, keeping the aspect, and never enlarges', async () => {
    const big = await run(await solidJpeg(1000, 500), { thumbnailSize: [200, 200] });
    expect(big.stored).toMatchObject({ width: 200, height: 100 });
    const small = await run(await solidJpeg(120, 80), { thumbnailSize: [200, 200] });
    expect(small.stored).toMatchObject({ width: 120, height: 80 });
  });

  it('thumbnails only downloads larger than the threshold', async () => {
    const threshold = { thumbnailSize: [100, 100] as [number, number], largeImageThresholdBytes: 50_000 };
    const lightFile = await solidJpeg(600, 400);
    const heavyFile = await noisyJpeg(600, 400);
    expect(lightFile.length).toBeLessThan(50_000);
    expect(heavyFile.length).toBeGreaterThan(50_000);
    expect((await run(lightFile, threshold)).stored).toMatchObject({ width: 600, height: 400 });
    expect((await run(heavyFile, threshold)).stored).toMatchObject({ width: 100, height: 67 });
  });

  it('rejects an HTML page as not-an-image', async () => {
    expect(await reason(htmlPage())).toBe('not-an-image');
  });

  it('tells what a body that is no image turned out to be', () => {
    const kind = (text: string | number[]) =>
      sniffContentKind(typeof text === 'string' ? Buffer.from(text, 'latin1') : Uint8Array.from(text));
    expect(kind('\n  <!DOCTYPE html><html lang="en">')).toBe('html');
    expect(kind('%PDF-1.7\n%âãÏÓ')).toBe('pdf');
    expect(kind('ID3\x04\x00\x00\x00')).toBe('mp3');
    expect(kind('\x00\x00\x00\x18ftypmp42')).toBe('mp4');
    expect(kind('<?xml version="1.0"?><error/>')).toBe('xml');
    expect(kind('{"error": "not found"}')).toBe('json');
    expect(kind([0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a])).toBe('jpeg2000');
    expect(kind('Not Found')).toBe('text');
    expect(kind([])).toBe('empty');
    expect(kind([0xff, 0xd8, 0xff, 0xe0])).toBe('jpeg');
  });

  it('rejects a truncated JPEG as corrupt and leaves no target', async () => {
    const valid = await noisyJpeg(300, 200);
    expect(await reason(valid.subarray(0, valid.length >> 1))).toBe('corrupt');
    expect(await readdir(dir)).toEqual(['source.bin']);
  });

  it('rejects a decompression bomb by its pixel count before decoding', async () => {
    expect(await reason(await pixelBombPng())).toBe('too-many-pixels');
    expect(await reason(await solidJpeg(300, 300), { maxPixels: 50_000 })).toBe('too-many-pixels');
  });
});
