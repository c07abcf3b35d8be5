import type { AdapterOptions } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { nationalArchiveAdapter } from '../src/index.js';

const keyed: AdapterOptions = {
  endpoint: 'http://127.0.0.1:4010/national-archive/',
  apiKey: 'secret-key-123',
  window: nationalArchiveAdapter.defaultWindow,
};
const keyless: AdapterOptions = { ...keyed, apiKey: undefined };
const request = (query: string, cursor: Parameters<typeof nationalArchiveAdapter.pageRequest>[1], options = keyed) =>
  nationalArchiveAdapter.pageRequest(query, cursor, options);

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

  it('sends the key in the x-api-key header, never in the URL', () => {
    const page = request('tank', null);
    expect(page.headers).toEqual({ Accept: 'application/json', 'x-api-key': 'secret-key-123' });
    expect(page.url).not.toContain('secret-key-123');
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

  it('refuses a cursor it did not hand out', () => {
    expect(() => request('tank', 'abc')).toThrow(/cursor must be \{ searchAfter, seen \} or \{ page, seen \}/);
    expect(() => request('tank', { page: 0, seen: 0 })).toThrow(/cursor must be/);
  });
});

describe('nationalArchiveAdapter.pageRequest without an API key', () => {
  it("falls back to the catalog's keyless search proxy with the reference's parameters, paged by number", () => {
    const first = request('tank', null, keyless);
    const url = new URL(first.url);
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:4010/national-archive/proxy/records/search');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      q: '"tank"',
      limit: '100',
      availableOnline: 'true',
      dataSource: 'description',
      objectType: 'jpg,png',
      abbreviated: 'true',
      typeOfMaterials: 'Photographs and other Graphic Materials',
      page: '1',
    });
    expect(first.headers).toEqual({ Accept: 'application/json' });
    expect(new URL(request('tank', { page: 7, seen: 600 }, keyless).url).searchParams.get('page')).toBe('7');
  });

  it('says once, at the start, that it uses the unofficial proxy and its cap', () => {
    expect(nationalArchiveAdapter.describe?.(keyless)).toMatch(/no National Archives API key \(NARA_API_KEY or --api-key\).*proxy.*10,000/);
    expect(nationalArchiveAdapter.describe?.(keyed)).toBeNull();
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
