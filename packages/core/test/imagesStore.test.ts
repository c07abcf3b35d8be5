import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '../src/http/index.js';
import {
  ImageManifest,
  imageFileName,
  resolveImageSettings,
  storeImages,
  type ImageJob,
  type ImageManifestEntry,
  type ImageSettings,
  type StoreImagesOptions,
} from '../src/images/index.js';
import { FakeHttpClient, htmlPage, noisyJpeg, pixelBombPng, solidJpeg, transparentPng } from './imagesFixtures.js';

const url = (id: string): string => `https://img.example/${encodeURIComponent(id)}`;
const job = (id: string): ImageJob => ({ id, url: url(id) });

describe('storeImages', () => {
  let dir: string;
  let imagesDir: string;
  let tmpDir: string;
  let manifestPath: string;
  let http: FakeHttpClient;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-store-'));
    imagesDir = join(dir, 'images');
    tmpDir = join(dir, 'tmp');
    manifestPath = join(dir, 'state', 'images.jsonl');
    http = new FakeHttpClient();
  });

  async function run(jobs: Iterable<ImageJob> | AsyncIterable<ImageJob>, overrides: Partial<StoreImagesOptions> = {}) {
    const manifest = await ImageManifest.load(manifestPath);
    const failures: ImageManifestEntry[] = [];
    const progress: Array<[number, number]> = [];
    const summary = await storeImages(jobs, {
      http,
      imagesDir,
      tmpDir,
      manifest,
      settings: resolveImageSettings(),
      concurrency: 3,
      onFailure: (entry) => failures.push(entry),
      onProgress: (done, total) => progress.push([done, total]),
      ...overrides,
    });
    await manifest.compact();
    return { summary, manifest, failures, progress };
  }

  const snapshot = async () => {
    const files = (await readdir(imagesDir)).sort();
    return Promise.all(
      files.map(async (name) => ({
        name,
        data: await readFile(join(imagesDir, name)),
        mtime: (await stat(join(imagesDir, name))).mtimeMs,
      })),
    );
  };

  async function serveMixedArchive(): Promise<ImageJob[]> {
    const valid = await noisyJpeg(300, 200);
    http.serve(url('ok_1'), await solidJpeg(640, 480));
    http.serve(url('alpha'), await transparentPng(40, 30));
    http.serve(url('html'), htmlPage());
    http.serve(url('truncated'), valid.subarray(0, valid.length >> 1));
    http.serve(url('bomb'), await pixelBombPng());
    http.serve(url('huge'), await noisyJpeg(800, 800));
    http.serve(url('busy'), new HttpError('status', url('busy'), 'HTTP 503', 4, 503));
    http.serve(url('boom'), new Error('disk on fire'));
    return ['ok_1', 'alpha', 'html', 'truncated', 'bomb', 'huge', 'busy', 'boom', 'missing'].map(job);
  }

  const limits = (settings: Partial<ImageSettings> = {}): ImageSettings => resolveImageSettings({ maxBytes: 200_000, ...settings });

  it('stores good images and records every failure with its reason', async () => {
    const jobs = await serveMixedArchive();
    const { summary, manifest, failures, progress } = await run(jobs, { settings: limits() });

    expect(summary).toEqual({
      ok: 2,
      reused: 0,
      downloaded: 5,
      failed: { 'not-an-image': 1, corrupt: 1, 'too-many-pixels': 1, 'too-large': 1, 'http-503': 1, error: 1, 'http-404': 1 },
    });
    expect(manifest.get('ok_1')).toMatchObject({ status: 'ok', width: 640, height: 480, attempts: 1 });
    expect(manifest.get('busy')).toMatchObject({ status: 'failed', reason: 'http-503', transient: true, attempts: 4 });
    expect(manifest.get('missing')).toMatchObject({ status: 'failed', reason: 'http-404', transient: false });
    expect(manifest.get('boom')).toMatchObject({ status: 'failed', reason: 'error', transient: true, message: 'disk on fire' });
    expect(manifest.get('truncated')).toMatchObject({ status: 'failed', reason: 'corrupt', transient: false, format: 'jpeg' });
    // What the archive sent, by the bytes: a PNG stored as JPEG, and the HTML page that was no image.
    expect(manifest.get('ok_1')?.format).toBe('jpeg');
    expect(manifest.get('alpha')).toMatchObject({ status: 'ok', format: 'png' });
    expect(manifest.get('html')).toMatchObject({ status: 'failed', reason: 'not-an-image', format: 'html' });
    expect(failures.map((entry) => entry.id).sort()).toEqual(['bomb', 'boom', 'busy', 'html', 'huge', 'missing', 'truncated']);
    expect(progress.at(-1)).toEqual([9, 9]);

    expect((await readdir(imagesDir)).sort()).toEqual([imageFileName('alpha'), imageFileName('ok_1')].sort());
    expect(await readdir(tmpDir)).toEqual([]);
    const reloaded = await ImageManifest.load(manifestPath);
    expect(reloaded.entries().map((entry) => entry.id)).toEqual([...jobs.map((j) => j.id)].sort());
  });

  it('reruns without network or re-encoding, retrying only transient failures', async () => {
    const jobs = await serveMixedArchive();
    await run(jobs, { settings: limits() });
    const before = await snapshot();
    http.requested.length = 0;

    const second = await run(jobs, { settings: limits() });
    expect(http.requested.sort()).toEqual([url('boom'), url('busy')]);
    expect(second.summary).toMatchObject({ ok: 2, reused: 2, downloaded: 0 });
    expect(second.summary.failed).toMatchObject({ 'http-404': 1, corrupt: 1, 'http-503': 1 });
    expect(await snapshot()).toEqual(before);

    http.serve(url('busy'), await solidJpeg(50, 50));
    http.requested.length = 0;
    const third = await run(jobs, { settings: limits() });
    expect(http.requested.sort()).toEqual([url('boom'), url('busy')]);
    expect(third.manifest.get('busy')).toMatchObject({ status: 'ok', width: 50 });
    expect(third.summary.failed['http-503']).toBeUndefined();

    http.requested.length = 0;
    await run(jobs, { settings: limits(), retryFailed: 'none' });
    expect(http.requested).toEqual([]);

    http.serve(url('missing'), await solidJpeg(60, 40));
    await run(jobs, { settings: limits(), retryFailed: 'all' });
    expect(http.requested).toContain(url('missing'));
    expect(http.requested).toContain(url('html'));
    expect(http.requested).not.toContain(url('ok_1'));
    expect((await ImageManifest.load(manifestPath)).get('missing')).toMatchObject({ status: 'ok', width: 60 });
  });

  it('reprocesses everything when the thumbnail size changes', async () => {
    http.serve(url('a'), await solidJpeg(800, 600));
    http.serve(url('b'), await solidJpeg(300, 900));
    await run([job('a'), job('b')], { settings: resolveImageSettings({ thumbnailSize: [400, 400] }) });
    const { summary, manifest } = await run([job('a'), job('b')], { settings: resolveImageSettings({ thumbnailSize: [200, 200] }) });
    expect(summary).toMatchObject({ ok: 2, reused: 0, downloaded: 2 });
    expect(manifest.get('a')).toMatchObject({ width: 200, height: 150 });
    expect((await sharp(join(imagesDir, imageFileName('b'))).metadata()).height).toBe(200);
  });

  it('downloads again when the stored file is gone or the URL changed', async () => {
    http.serve(url('a'), await solidJpeg(100, 100));
    http.serve(url('b'), await solidJpeg(100, 100));
    http.serve('https://elsewhere.example/b', await solidJpeg(70, 70));
    await run([job('a'), job('b')]);
    await rm(join(imagesDir, imageFileName('a')));
    http.requested.length = 0;
    const { manifest } = await run([job('a'), { id: 'b', url: 'https://elsewhere.example/b' }]);
    expect(http.requested.sort()).toEqual(['https://elsewhere.example/b', url('a')]);
    expect(manifest.get('b')).toMatchObject({ status: 'ok', width: 70 });
  });

  it('recovers from a killed run: stale temp files cleared, torn manifest line ignored', async () => {
    http.serve(url('a'), await solidJpeg(100, 100));
    http.serve(url('b'), await solidJpeg(100, 100));
    await run([job('a')]);
    await appendFile(manifestPath, '{"id":"b","url":"https://img.ex');
    await mkdir(tmpDir, { recursive: true });
    await writeFile(join(tmpDir, 'b.0123456789ab.part'), 'half a body');
    await writeFile(join(tmpDir, '.b.0123456789ab.jpg.part.42.deadbeef.tmp'), 'half an image');
    await writeFile(join(tmpDir, 'notes.txt'), 'not ours');
    http.requested.length = 0;
    const { summary } = await run([job('a'), job('b')]);
    expect(summary).toMatchObject({ ok: 2, reused: 1, downloaded: 1 });
    expect(http.requested).toEqual([url('b')]);
    expect(await readdir(tmpDir)).toEqual(['notes.txt']);
  });

  it('gives identical bytes and manifest for identical inputs', async () => {
    http.serve(url('a'), await noisyJpeg(500, 300));
    http.serve(url('b'), await transparentPng(80, 60));
    const settings = resolveImageSettings({ thumbnailSize: [128, 128] });
    await run([job('a'), job('b')], { settings });
    const first = { files: await snapshot(), manifest: await readFile(manifestPath, 'utf8') };
    await rm(dir, { recursive: true });
    await run([job('b'), job('a')], { settings });
    const second = { files: await snapshot(), manifest: await readFile(manifestPath, 'utf8') };
    expect(second.manifest).toBe(first.manifest);
    expect(second.files.map(({ name, data }) => [name, data])).toEqual(first.files.map(({ name, data }) => [name, data]));
  });

  it('streams jobs through a bounded pool and handles a repeated id once', async () => {
    const body = await solidJpeg(16, 16);
    const concurrency = 3;
    let pulled = 0;
    let done = 0;
    let maxAhead = 0;
    async function* jobs(): AsyncGenerator<ImageJob> {
      for (let i = 0; i < 40; i++) {
        const id = `img-${i % 30}`;
        http.serve(url(id), body);
        pulled += 1;
        maxAhead = Math.max(maxAhead, pulled - done);
        yield job(id);
      }
    }
    const { summary } = await run(jobs(), {
      concurrency,
      onProgress: (count) => {
        done = count;
      },
    });
    expect(summary).toMatchObject({ ok: 30, downloaded: 30 });
    expect(http.requested).toHaveLength(30);
    expect(http.maxInFlight).toBeLessThanOrEqual(concurrency);
    expect(maxAhead).toBeLessThanOrEqual(2 * concurrency + 1);
    expect(done).toBe(40);
  });

  it('rejects bad settings and jobs with a clear message', async () => {
    await expect(
      run([job('a')], { settings: { ...resolveImageSettings(), thumbnailSize: [512] as unknown as [number, number] } }),
    ).rejects.toThrow(/thumbnailSize/);
    await expect(run([{ id: 'a' } as ImageJob])).rejects.toThrow(/string id and url/);
    await expect(run([job('a')], { concurrency: 0 })).rejects.toThrow(/concurrency/);
  });
});
