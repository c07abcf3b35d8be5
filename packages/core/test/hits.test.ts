import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveResponseError, defineAdapter, harvestQuery, hitFiles, readHits, type ArchiveAdapter } from '@hx4/core';
import { fakeHttpClient as fakeHttp } from './support/fakeHttpClient.js';
import { FAKE_ARCHIVE, FAKE_RECORD } from './support/fakeArchive.js';

type Rec = { n: number };

/** An archive of `total` numbered records, 10 a page, paged by an offset cursor. */
function pagedAdapter(total: number, options: { malformedOnce?: Set<number>; errorAt?: number } = {}): ArchiveAdapter<Rec, unknown> {
  return defineAdapter(FAKE_RECORD, {
    ...FAKE_ARCHIVE,
    pageRequest: (query, cursor, { endpoint }) => ({ url: `${endpoint}/search?q=${query}&offset=${Number(cursor ?? 0)}` }),
    parsePage(body) {
      const { offset } = body as { offset: number };
      if (options.errorAt === offset) throw new ArchiveResponseError('Invalid API key');
      if (options.malformedOnce?.delete(offset)) throw new ArchiveResponseError('no items array', true);
      const records = Array.from({ length: Math.max(0, Math.min(10, total - offset)) }, (_, i) => ({ n: offset + i }));
      return { records, next: offset + 10 < total ? offset + 10 : null, total };
    },
    toRow: () => ({ drop: 'unused' }),
  });
}

const options = { endpoint: 'http://fake.test', window: null };

async function collectHits(dir: string, slug: string): Promise<number[]> {
  const numbers: number[] = [];
  for await (const record of readHits(dir, slug)) numbers.push((record as Rec).n);
  return numbers;
}

describe('harvestQuery', () => {
  it('pages to the end, caches every record, and asks nothing the second time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-hits-'));
    const http = fakeHttp();
    const adapter = pagedAdapter(35);
    const first = await harvestQuery('tank', { adapter, adapterOptions: options, http, hitsDir: dir, slug: 'tank' });
    expect(first).toMatchObject({ pages: 4, records: 35, cached: false });
    expect(await collectHits(dir, 'tank')).toEqual(Array.from({ length: 35 }, (_, i) => i));
    const again = await harvestQuery('tank', { adapter, adapterOptions: options, http, hitsDir: dir, slug: 'tank' });
    expect(again).toMatchObject({ records: 35, cached: true });
    expect(http.urls).toHaveLength(4);
  });

  it('resumes after the last checkpointed page and ignores a page appended after it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-hits-'));
    const http = fakeHttp();
    // The first run dies on its third page.
    const dying = pagedAdapter(45, { errorAt: 20 });
    await expect(harvestQuery('tank', { adapter: dying, adapterOptions: options, http, hitsDir: dir, slug: 'tank' })).rejects.toThrow(
      /Invalid API key/,
    );
    // As if a kill struck between appending a page and checkpointing it.
    await appendFile(hitFiles(dir, 'tank').records, Buffer.from('garbage that is not gzip'));
    expect(await collectHits(dir, 'tank')).toHaveLength(20);
    http.urls.length = 0;
    const result = await harvestQuery('tank', { adapter: pagedAdapter(45), adapterOptions: options, http, hitsDir: dir, slug: 'tank' });
    expect(result).toMatchObject({ pages: 5, records: 45 });
    expect(http.urls.map((url) => new URL(url).searchParams.get('offset'))).toEqual(['20', '30', '40']);
    expect(await collectHits(dir, 'tank')).toEqual(Array.from({ length: 45 }, (_, i) => i));
  });

  it('asks again for a page the adapter could not read, then goes on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-hits-'));
    const http = fakeHttp();
    const adapter = pagedAdapter(25, { malformedOnce: new Set([10]) });
    const result = await harvestQuery('tank', { adapter, adapterOptions: options, http, hitsDir: dir, slug: 'tank' });
    expect(result.records).toBe(25);
    expect(http.urls).toHaveLength(4);
  });

  it('refetches when the endpoint changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-hits-'));
    const http = fakeHttp();
    const adapter = pagedAdapter(5);
    await harvestQuery('tank', { adapter, adapterOptions: options, http, hitsDir: dir, slug: 'tank' });
    const other = { ...options, endpoint: 'http://mirror.test' };
    const result = await harvestQuery('tank', { adapter, adapterOptions: other, http, hitsDir: dir, slug: 'tank' });
    expect(result.cached).toBe(false);
    expect(http.urls).toHaveLength(2);
    const checkpoint = JSON.parse(await readFile(hitFiles(dir, 'tank').checkpoint, 'utf8'));
    expect(checkpoint.fingerprint).toContain('mirror.test');
  });
});
