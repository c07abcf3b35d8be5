import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ArchiveResponseError,
  HttpError,
  SourceUnavailableError,
  defineAdapter,
  harvestQuery,
  hitFiles,
  readHits,
  type ArchiveSource,
} from '@hx4/core';
import { RequestBudget } from '../src/hits/RequestBudget.js';
import { SourceChooser } from '../src/hits/SourceChooser.js';
import { fakeHttpClient, offsetOf } from './support/fakeHttpClient.js';
import { FAKE_ARCHIVE } from './support/fakeArchive.js';

type Rec = { n: number; from: string };

const SOURCES: ArchiveSource[] = [
  { id: 'api', description: 'the official API' },
  { id: 'proxy', description: 'the web app proxy', keyless: true },
  { id: 'old', description: 'the older proxy', keyless: true },
];

/** An archive of 25 records, 10 a page, askable through three sources at `/<source>/search`. */
const adapter = defineAdapter(v.object({ n: v.number(), from: v.string() }), {
  ...FAKE_ARCHIVE,
  sources: () => SOURCES,
  pageRequest: (query, cursor, { endpoint }, source) => ({
    url: `${endpoint}/${source}/search?q=${query}&offset=${Number(cursor ?? 0)}`,
    responseType: 'text',
  }),
  parsePage(body, _query, _cursor, source) {
    const text = body as string;
    if (text.startsWith('<!DOCTYPE html>')) throw new SourceUnavailableError('answered an HTML page with status 200');
    const { offset } = JSON.parse(text) as { offset: number };
    const records = Array.from({ length: Math.max(0, Math.min(10, 25 - offset)) }, (_, i) => ({ n: offset + i, from: source! }));
    return { records, next: offset + 10 < 25 ? offset + 10 : null, total: 25 };
  },
  toRow: () => ({ drop: 'unused' }),
});

const adapterOptions = { endpoint: 'http://fake.test', window: null };
const sourceOf = (url: string) => new URL(url).pathname.split('/')[1] ?? '';

/** Answers per source: JSON, the web app's HTML, or a thrown HttpError. */
function archive(behaviour: Record<string, 'json' | 'html' | number>) {
  return fakeHttpClient({
    text(url) {
      const answer = behaviour[sourceOf(url)] ?? 'json';
      if (answer === 'html') return '<!DOCTYPE html><html><body><div id="root"></div></body></html>';
      if (typeof answer === 'number') throw new HttpError('status', url, `HTTP ${answer}`, 1, answer);
      return JSON.stringify({ offset: offsetOf(url) });
    },
  });
}

async function hitsOf(dir: string, slug: string): Promise<Rec[]> {
  const records: Rec[] = [];
  for await (const record of readHits(dir, slug)) records.push(record as Rec);
  return records;
}

describe('alternative sources', () => {
  it('moves past a source that answers HTML with status 200, once per run, and records which source served', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sources-'));
    const log: string[] = [];
    const sources = new SourceChooser(SOURCES, (level, line) => log.push(`${level}: ${line}`));
    const http = archive({ api: 'html' });
    const first = await harvestQuery('tank', { adapter, adapterOptions, http, hitsDir: dir, slug: 'tank', sources });
    const second = await harvestQuery('jeep', { adapter, adapterOptions, http, hitsDir: dir, slug: 'jeep', sources });
    expect(first).toMatchObject({ records: 25, source: 'proxy', cached: false });
    expect(second).toMatchObject({ records: 25, source: 'proxy' });
    // The HTML page is asked for once in the whole run, never retried as a malformed body.
    expect(http.urls.filter((url) => sourceOf(url) === 'api')).toHaveLength(1);
    expect((await hitsOf(dir, 'tank')).map((record) => record.from)).toEqual(Array(25).fill('proxy'));
    expect(log).toEqual([
      'info: searching through the official API (source api)',
      'warn: the official API does not serve (answered an HTML page with status 200); passed over for the rest of the run',
      'info: searching through the web app proxy (source proxy)',
    ]);
    const checkpoint = JSON.parse(await readFile(hitFiles(dir, 'tank').checkpoint, 'utf8'));
    expect(checkpoint).toMatchObject({ source: 'proxy', complete: true });
  });

  it('passes over a source whose first request is refused (404), falling through to the last', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sources-'));
    const sources = new SourceChooser(SOURCES, () => {});
    const http = archive({ api: 403, proxy: 404 });
    const result = await harvestQuery('tank', { adapter, adapterOptions, http, hitsDir: dir, slug: 'tank', sources });
    expect(result).toMatchObject({ records: 25, source: 'old' });
  });

  it('says a refused key is the reason, and where the key comes from', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sources-'));
    const log: string[] = [];
    const sources = new SourceChooser(SOURCES, (level, line) => log.push(`${level}: ${line}`));
    const keyed = { ...adapter, apiKey: { env: 'FAKE_API_KEY' } };
    await harvestQuery('tank', {
      adapter: keyed,
      adapterOptions: { ...adapterOptions, apiKey: 'wrong' },
      http: archive({ api: 401 }),
      hitsDir: dir,
      slug: 'tank',
      sources,
    });
    expect(log).toContain(
      'warn: the official API does not serve (http-401: the archive refused the API key; check FAKE_API_KEY or --api-key); passed over for the rest of the run',
    );
  });

  it("counts in the key's budget only the requests of sources that send the key", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sources-'));
    const budget = await RequestBudget.open({ stateDir: dir, apiKey: 'secret', limit: 100 });
    const sources = new SourceChooser(SOURCES, () => {});
    const keyedOptions = { ...adapterOptions, apiKey: 'secret' };
    await harvestQuery('tank', {
      adapter,
      adapterOptions: keyedOptions,
      http: archive({ api: 'html' }),
      hitsDir: dir,
      slug: 'tank',
      sources,
      budget,
    });
    // One request to the official API (its HTML page); the proxy's three pages are keyless.
    expect(budget.used).toBe(1);
  });

  it('fails the query, naming every source, when none serves', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sources-'));
    const sources = new SourceChooser(SOURCES, () => {});
    const http = archive({ api: 'html', proxy: 'html', old: 404 });
    const failure = harvestQuery('tank', { adapter, adapterOptions, http, hitsDir: dir, slug: 'tank', sources });
    await expect(failure).rejects.toThrow(ArchiveResponseError);
    await expect(failure).rejects.toThrow(/api: answered an HTML page.*proxy: answered an HTML page.*old: http-404/u);
  });

  it('does not abandon a source for a transient failure: the query fails, to be resumed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sources-'));
    const sources = new SourceChooser(SOURCES, () => {});
    await expect(
      harvestQuery('tank', { adapter, adapterOptions, http: archive({ api: 503 }), hitsDir: dir, slug: 'tank', sources }),
    ).rejects.toThrow(HttpError);
    expect(sources.isUsable('api')).toBe(true);
  });

  it('resumes a query with the source that started it, and restarts it from scratch when that source stops serving', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sources-'));
    // The first run stops after one page of the official API.
    let pages = 0;
    const flaky = fakeHttpClient({
      text(url) {
        if (++pages > 1) throw new HttpError('timeout', url, 'timed out', 3);
        return JSON.stringify({ offset: offsetOf(url) });
      },
    });
    await expect(
      harvestQuery('tank', {
        adapter,
        adapterOptions,
        http: flaky,
        hitsDir: dir,
        slug: 'tank',
        sources: new SourceChooser(SOURCES, () => {}),
      }),
    ).rejects.toThrow(HttpError);

    const resumed = archive({});
    const result = await harvestQuery('tank', {
      adapter,
      adapterOptions,
      http: resumed,
      hitsDir: dir,
      slug: 'tank',
      sources: new SourceChooser(SOURCES, () => {}),
    });
    expect(result).toMatchObject({ records: 25, source: 'api' });
    expect(resumed.urls.map((url) => offsetOf(url))).toEqual([10, 20]);

    // Same situation, but the official API now answers HTML: the query starts over with the proxy.
    const dir2 = await mkdtemp(join(tmpdir(), 'hx4-sources-'));
    pages = 0;
    await expect(
      harvestQuery('tank', {
        adapter,
        adapterOptions,
        http: flaky,
        hitsDir: dir2,
        slug: 'tank',
        sources: new SourceChooser(SOURCES, () => {}),
      }),
    ).rejects.toThrow(HttpError);
    const switched = archive({ api: 'html' });
    const restarted = await harvestQuery('tank', {
      adapter,
      adapterOptions,
      http: switched,
      hitsDir: dir2,
      slug: 'tank',
      sources: new SourceChooser(SOURCES, () => {}),
    });
    expect(restarted).toMatchObject({ records: 25, source: 'proxy' });
    const records = await hitsOf(dir2, 'tank');
    expect(records.map((record) => record.n)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(new Set(records.map((record) => record.from))).toEqual(new Set(['proxy']));
  });

  it('keeps a finished query cached whatever its source, even one passed over in this run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-sources-'));
    await harvestQuery('tank', {
      adapter,
      adapterOptions,
      http: archive({}),
      hitsDir: dir,
      slug: 'tank',
      sources: new SourceChooser(SOURCES, () => {}),
    });
    const sources = new SourceChooser(SOURCES, () => {});
    sources.abandon('api', 'answered HTML');
    const http = archive({ api: 'html' });
    const again = await harvestQuery('tank', { adapter, adapterOptions, http, hitsDir: dir, slug: 'tank', sources });
    expect(again).toMatchObject({ cached: true, source: 'api', records: 25 });
    expect(http.urls).toEqual([]);
  });
});
