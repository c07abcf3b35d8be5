import type { AdapterOptions } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { nationalArchiveAdapter, type NaraSourceId } from '../src/index.js';

const keyed: AdapterOptions = {
  endpoint: 'http://127.0.0.1:4010/national-archive/',
  apiKey: 'secret-key-123',
  window: nationalArchiveAdapter.defaultWindow,
};
const keyless: AdapterOptions = { ...keyed, apiKey: undefined };
const request = (query: string, cursor: Parameters<typeof nationalArchiveAdapter.pageRequest>[1], options = keyed, source?: NaraSourceId) =>
  nationalArchiveAdapter.pageRequest(query, cursor, options, source);

describe('nationalArchiveAdapter.pageRequest with an API key', () => {
  it('asks the official Catalog API v2 for photographs available online, as a phrase, 100 a page', () => {
    const url = new URL(request('naval base hospital', null).url);
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:4010/national-archive/api/v2/records/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: '"naval base hospital"',
      limit: '100',
      availableOnline: 'true',
      typeOfMaterials: 'Photographs and other Graphic Materials',
      startDate: '1900-01-01',
      endDate: '1970-12-31',
      searchAfter: '*',
    });
  });

  it('sends the key in the x-api-key header, never in the URL, and asks for text to see what answers', () => {
    const page = request('tank', null, keyed, 'api-v2');
    expect(page.headers).toEqual({ Accept: 'application/json', 'x-api-key': 'secret-key-123' });
    expect(page.url).not.toContain('secret-key-123');
    expect(page.responseType).toBe('text');
  });

  it('pages on with the searchAfter value of the cursor', () => {
    const url = new URL(request('tank', { searchAfter: '531301', seen: 100 }).url);
    expect(url.searchParams.get('searchAfter')).toBe('531301');
    expect(url.searchParams.has('page')).toBe(false);
  });

  it('escapes quotes and backslashes inside the phrase and leaves dates out without a window', () => {
    const url = new URL(request('the "Desert Rats" \\ 1942', null, { ...keyed, window: null }).url);
    expect(url.searchParams.get('q')).toBe('"the \\"Desert Rats\\" \\\\ 1942"');
    expect(url.searchParams.has('startDate')).toBe(false);
  });

  it('refuses a cursor it did not hand out, and one of another source', () => {
    expect(() => request('tank', 'abc')).toThrow(/cursor must be \{ searchAfter, seen \} here/);
    expect(() => request('tank', { page: 2, seen: 100 })).toThrow(/cursor must be \{ searchAfter, seen \} here/);
    expect(() => request('tank', { searchAfter: '531301', seen: 100 }, keyed, 'proxy-v3')).toThrow(/cursor must be \{ page, seen \} here/);
    expect(() => request('tank', { page: 0, seen: 0 }, keyed, 'proxy')).toThrow(/cursor must be/);
  });
});

describe('nationalArchiveAdapter.pageRequest through the keyless proxies', () => {
  const FIRST_PAGE = {
    q: '"tank"',
    limit: '100',
    availableOnline: 'true',
    typeOfMaterials: 'Photographs and other Graphic Materials',
    startDate: '1900-01-01',
    endDate: '1970-12-31',
    page: '1',
  };

  it.each([
    ['proxy-v3', '/proxy/v3/records/search', {}],
    ['proxy', '/proxy/records/search', { dataSource: 'description', objectType: 'jpg,png', abbreviated: 'true' }],
  ] as const)(
    'asks %s for the photographs (the older one with the reference’s extras) without the key, paged by number',
    (source, path, extras) => {
      for (const options of [keyed, keyless]) {
        const first = request('tank', null, options, source);
        const url = new URL(first.url);
        expect(`${url.origin}${url.pathname}`).toBe(`http://127.0.0.1:4010/national-archive${path}`);
        expect(Object.fromEntries(url.searchParams)).toEqual({ ...FIRST_PAGE, ...extras });
        expect(first).toEqual({ url: first.url, headers: { Accept: 'application/json' }, responseType: 'text' });
        expect(first.url).not.toContain('secret-key-123');
      }
      expect(new URL(request('tank', { page: 7, seen: 600 }, keyless, source).url).searchParams.get('page')).toBe('7');
    },
  );

  it('asks the first source the options allow when a caller names none, and refuses what cannot be', () => {
    expect(new URL(request('tank', null).url).pathname).toBe('/national-archive/api/v2/records/search');
    expect(new URL(request('tank', null, keyless).url).pathname).toBe('/national-archive/proxy/v3/records/search');
    expect(() => request('tank', null, keyless, 'api-v2')).toThrow(/needs an API key/);
    expect(() => request('tank', null, keyed, 'proxy-v4' as NaraSourceId)).toThrow(/unknown National Archives source "proxy-v4"/);
  });
});

describe('nationalArchiveAdapter.sources and describe', () => {
  it('offers the official API first with a key, and only the keyless proxies without one', () => {
    expect(nationalArchiveAdapter.sources?.(keyed).map((source) => source.id)).toEqual(['api-v2', 'proxy-v3', 'proxy']);
    expect(nationalArchiveAdapter.sources?.(keyless).map((source) => source.id)).toEqual(['proxy-v3', 'proxy']);
    for (const source of nationalArchiveAdapter.sources?.(keyed) ?? []) expect(source.description).not.toContain('secret-key-123');
  });

  it('says once, at the start, in which order the sources are tried and what the proxies cannot do', () => {
    expect(nationalArchiveAdapter.describe?.(keyless)).toMatch(
      /^no National Archives API key \(NARA_API_KEY or --api-key\).*proxies \(v3, then the older one\).*10,000/,
    );
    expect(nationalArchiveAdapter.describe?.(keyed)).toMatch(
      /official Catalog API v2 with your key first.*proxies \(v3, then the older one\).*10,000/,
    );
  });
});

describe('nationalArchiveAdapter', () => {
  it('describes the real archive and its quota by default', () => {
    expect(nationalArchiveAdapter).toMatchObject({
      id: 'national-archive',
      datasetName: 'NATIONAL_ARCHIVE',
      defaultEndpoint: 'https://catalog.archives.gov',
      defaultWindow: { start: '1900-01-01', end: '1970-12-31' },
      politeness: { requestsPerSecond: 2, concurrency: 1 },
      apiKey: { env: 'NARA_API_KEY' },
      requestQuota: { perMonth: 10_000 },
    });
    expect(nationalArchiveAdapter.apiKey).not.toHaveProperty('default');
  });
});
