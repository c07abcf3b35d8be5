import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harvestQuery, HttpError, readHits, type ArchiveAdapter, type HttpClient } from '@hx4/core';
import { createDetailFetcher } from '../src/hits/createDetailFetcher.js';
import { isExpansionFailure } from '../src/hits/expandRecords.js';
import { fakeHttpClient } from './support/fakeHttpClient.js';
import { FAKE_ARCHIVE } from './support/fakeArchive.js';

type Item = { n: number; caption?: string };

/** One page of three items; each item's caption lives on its own detail page. */
const adapter: ArchiveAdapter<Item> = {
  ...FAKE_ARCHIVE,
  pageRequest: (query, _cursor, { endpoint }) => ({ url: `${endpoint}/gallery/${query}` }),
  parsePage: () => ({ records: [{ n: 1 }, { n: 2 }, { n: 3 }], next: null }),
  async expandRecord(item, fetch) {
    const caption = await fetch.getText(`http://fake.test/item/${item.n}`);
    if (!caption) throw new Error('attachment page without caption');
    return [{ ...item, caption }];
  },
  toRow: () => ({ drop: 'unused' }),
};

const fakeHttp = (details: Record<string, string | HttpError>) =>
  fakeHttpClient({
    text(url) {
      const answer = details[url];
      if (answer instanceof HttpError) throw answer;
      return answer ?? '';
    },
  });

async function harvest(dir: string, http: HttpClient, slug = 'tanks') {
  await harvestQuery('tanks', {
    adapter: adapter as ArchiveAdapter,
    adapterOptions: { endpoint: 'http://fake.test', window: null },
    http,
    hitsDir: dir,
    slug,
    details: createDetailFetcher(http, join(dir, 'pages')),
  });
  const records: unknown[] = [];
  for await (const record of readHits(dir, slug)) records.push(record);
  return records;
}

describe('records completed from their detail pages', () => {
  it('are cached with their details; a record whose page is unusable is kept as a drop with the reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-expand-'));
    const http = fakeHttp({
      'http://fake.test/item/1': 'A tank in Narvik, 1940',
      'http://fake.test/item/2': '',
      'http://fake.test/item/3': new HttpError('status', 'http://fake.test/item/3', 'HTTP 404', 1, 404),
    });
    const records = await harvest(dir, http);
    expect(records[0]).toEqual({ n: 1, caption: 'A tank in Narvik, 1940' });
    expect(records.slice(1).map((record) => isExpansionFailure(record) && record.hx4ExpansionFailed)).toEqual([
      'attachment page without caption',
      'detail page http-404',
    ]);
  });

  it('fetches each detail page once, even when the query is harvested again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-expand-'));
    const pages = { 'http://fake.test/item/1': 'one', 'http://fake.test/item/2': 'two', 'http://fake.test/item/3': 'three' };
    const http = fakeHttp(pages);
    await harvest(dir, http, 'first');
    await harvest(dir, http, 'second');
    expect(http.urls.filter((url) => url.includes('/item/'))).toHaveLength(3);
  });

  it('fail the page when a detail page is only temporarily unavailable, so a rerun asks again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-expand-'));
    const http = fakeHttp({
      'http://fake.test/item/1': 'one',
      'http://fake.test/item/2': new HttpError('status', 'http://fake.test/item/2', 'HTTP 503', 4, 503),
      'http://fake.test/item/3': 'three',
    });
    await expect(harvest(dir, http)).rejects.toMatchObject({ reason: 'http-503' });
    expect(
      await (async () => {
        const records: unknown[] = [];
        for await (const record of readHits(dir, 'tanks')) records.push(record);
        return records;
      })(),
    ).toEqual([]);
  });
});
