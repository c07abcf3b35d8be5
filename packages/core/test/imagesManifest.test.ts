import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImageManifest, imageFileName, type ImageManifestEntry } from '../src/images/index.js';

const ok = (id: string, extra: Partial<ImageManifestEntry> = {}): ImageManifestEntry => ({
  id,
  url: `https://img.example/${id}`,
  status: 'ok',
  attempts: 1,
  bytes: 3,
  width: 1,
  height: 1,
  sha256: 'abc',
  settings: 'k1',
  ...extra,
});

describe('ImageManifest', () => {
  let dir: string;
  let path: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-manifest-'));
    path = join(dir, 'state', 'images.jsonl');
  });

  it('starts empty and persists appended entries, the last per id winning', async () => {
    const manifest = await ImageManifest.load(path);
    expect(manifest.size).toBe(0);
    await manifest.append(ok('b'));
    await manifest.append({ id: 'a', url: 'u', status: 'failed', reason: 'timeout', transient: true, attempts: 4, settings: 'k1' });
    await manifest.append(ok('a', { url: 'u' }));
    const reloaded = await ImageManifest.load(path);
    expect(reloaded.get('a')).toEqual(ok('a', { url: 'u' }));
    expect(reloaded.entries().map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('writes concurrent appends as whole lines', async () => {
    const manifest = await ImageManifest.load(path);
    await Promise.all(Array.from({ length: 50 }, (_, i) => manifest.append(ok(`id${i}`))));
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(50);
    expect(lines.every((line) => JSON.parse(line).status === 'ok')).toBe(true);
  });

  it('ignores a torn last line and appends after it on a fresh line', async () => {
    const manifest = await ImageManifest.load(path);
    await manifest.append(ok('a'));
    await appendFile(path, '{"id":"b","url":"https://img.ex');
    const reloaded = await ImageManifest.load(path);
    expect(reloaded.entries().map((entry) => entry.id)).toEqual(['a']);
    await reloaded.append(ok('c'));
    expect((await ImageManifest.load(path)).entries().map((entry) => entry.id)).toEqual(['a', 'c']);
  });

  it('reads a manifest of many read chunks, non-ASCII ids across their edges, and cuts a torn last character exactly', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `sa-kuva_${String(i).padStart(4, '0')}_Äänislinna_ö`);
    await mkdir(join(dir, 'state'));
    await writeFile(path, ids.map((id) => `${JSON.stringify(ok(id))}\n`).join(''));
    // A kill mid-append can cut a line inside a character: 'ä' is 2 bytes in UTF-8, and only the first was written.
    const whole = await readFile(path);
    await appendFile(path, Buffer.from('{"id":"tor\u00e4', 'utf8').subarray(0, -1));
    const reloaded = await ImageManifest.load(path);
    expect(whole.length).toBeGreaterThan(4 * 65_536);
    expect(reloaded.entries().map((entry) => entry.id)).toEqual(ids);
    expect(await readFile(path, 'utf8')).toBe(whole.toString('utf8'));
  });

  it('refuses a damaged line in the middle, naming where', async () => {
    const manifest = await ImageManifest.load(path);
    await manifest.append(ok('a'));
    await appendFile(path, 'garbage\n');
    await manifest.append(ok('b'));
    await expect(ImageManifest.load(path)).rejects.toThrow(/images\.jsonl:2: .*not valid JSON/);
  });

  it('compacts to one sorted line per id, atomically', async () => {
    const manifest = await ImageManifest.load(path);
    for (const id of ['c', 'a', 'b', 'a', 'c']) await manifest.append(ok(id, { attempts: id === 'a' ? 2 : 1 }));
    await manifest.compact();
    const text = await readFile(path, 'utf8');
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['a', 'b', 'c']);
    await manifest.append(ok('d'));
    expect((await ImageManifest.load(path)).size).toBe(4);
  });

  it('compacts a manifest of more images than it writes at once, every line whole and in order', async () => {
    const manifest = await ImageManifest.load(path);
    const ids = Array.from({ length: 1234 }, (_, index) => `img_${String(1233 - index).padStart(4, '0')}`);
    for (const id of ids) await manifest.append(ok(id));
    await manifest.compact();
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual([...ids].sort());
  });

  it('knows an image is stored only with the same settings and the file still there at its size', async () => {
    const manifest = await ImageManifest.load(path);
    await manifest.append(ok('x_1'));
    const images = join(dir, 'images');
    await mkdir(images);
    const file = join(images, imageFileName('x_1'));
    expect(await manifest.isStored('x_1', 'k1', images)).toBe(false);
    await writeFile(file, 'abc');
    expect(await manifest.isStored('x_1', 'k1', images)).toBe(true);
    expect(await manifest.isStored('x_1', 'k2', images)).toBe(false);
    expect(await manifest.isStored('other', 'k1', images)).toBe(false);
    await writeFile(file, 'ab');
    expect(await manifest.isStored('x_1', 'k1', images)).toBe(false);
    await rm(file);
    expect(await manifest.isStored('x_1', 'k1', images)).toBe(false);
  });
});
