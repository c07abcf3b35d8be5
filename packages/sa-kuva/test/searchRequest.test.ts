import type { AdapterOptions } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { saKuvaAdapter } from '../src/index.js';
import { type SearchCursor } from '../src/SearchCursor.js';

const options: AdapterOptions = {
  endpoint: 'http://127.0.0.1:4010/sa-kuva/v1/',
  window: saKuvaAdapter.defaultWindow,
};

function request(cursor: SearchCursor | null, overrides: Partial<AdapterOptions> = {}) {
  return new URL(saKuvaAdapter.pageRequest('panssarivaunu', cursor, { ...options, ...overrides }).url);
}

const cursor = (page: number, from: string | null, to: string | null): SearchCursor => ({
  page,
  slice: { from, to },
  queue: [],
  firstYear: null,
});

describe('saKuvaAdapter.pageRequest', () => {
  it('searches all fields of free online SA-kuva photographs inside the window years', () => {
    const url = request(null);
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:4010/sa-kuva/v1/search');
    expect(url.searchParams.get('lookfor')).toBe('panssarivaunu');
    expect(url.searchParams.get('type')).toBe('AllFields');
    expect(url.searchParams.getAll('filter[]')).toEqual([
      'building:"1/SA-kuva/SA-kuva/"',
      'free_online_boolean:"1"',
      'format:"0/Image/"',
      'search_daterange_mv:"[1939 TO 1945]"',
    ]);
    expect(url.searchParams.get('search_daterange_mv_type')).toBe('overlap');
    expect(url.searchParams.get('lng')).toBe('fi');
  });

  it('asks for an explicit list of fields, 100 records a page, oldest first, from page 1', () => {
    const url = request(null);
    expect(url.searchParams.getAll('field[]')).toEqual([
      'id',
      'title',
      'year',
      'events',
      'images',
      'imageRights',
      'subjects',
      'buildings',
      'summary',
      'nonPresenterAuthors',
      'formats',
    ]);
    expect(url.searchParams.get('limit')).toBe('100');
    expect(url.searchParams.get('page')).toBe('1');
    expect(url.searchParams.get('sort')).toBe('main_date_str asc');
  });

  it('sends the page and date slice the cursor names', () => {
    const later = request(cursor(7, null, null));
    expect(later.searchParams.get('page')).toBe('7');
    expect(later.searchParams.getAll('filter[]')[3]).toBe('search_daterange_mv:"[1939 TO 1945]"');
    const restarted = request(cursor(2, '1942', null));
    expect(restarted.searchParams.getAll('filter[]')[3]).toBe('search_daterange_mv:"[1942 TO 1945]"');
    const month = request(cursor(1, '1942-06', '1942-06'));
    expect(month.searchParams.getAll('filter[]')[3]).toBe('search_daterange_mv:"[1942-06 TO 1942-06]"');
    const day = request(cursor(1, '1942-06-25', '1942-06-25'));
    expect(day.searchParams.getAll('filter[]')[3]).toBe('search_daterange_mv:"[1942-06-25 TO 1942-06-25]"');
  });

  it('asks for no records when the rest of the window starts after its end', () => {
    const url = request(cursor(1, '1946', null));
    expect(url.searchParams.get('limit')).toBe('0');
    expect(url.searchParams.getAll('filter[]')[3]).toBe('search_daterange_mv:"[1946 TO 1946]"');
  });

  it('uses the years of another window, and no date filter without one', () => {
    const other = request(null, { window: { start: '1918-01-27', end: '1918-05-15' } });
    expect(other.searchParams.getAll('filter[]')[3]).toBe('search_daterange_mv:"[1918 TO 1918]"');
    const none = request(null, { window: null });
    expect(none.searchParams.getAll('filter[]')).toHaveLength(3);
    expect(none.searchParams.has('search_daterange_mv_type')).toBe(false);
    expect(request(cursor(1, '1942', null), { window: null }).searchParams.getAll('filter[]')[3]).toBe('search_daterange_mv:"[1942 TO *]"');
  });

  it('sends the query as typed, URL-encoded once', () => {
    const url = new URL(saKuvaAdapter.pageRequest('lotta svärd "Viipuri"', null, options).url);
    expect(url.searchParams.get('lookfor')).toBe('lotta svärd "Viipuri"');
  });

  it('refuses a cursor it did not write', () => {
    for (const bad of [
      'abc',
      3,
      { ...cursor(1, null, null), page: 0 },
      cursor(1, '42', null),
      { ...cursor(2, null, null), queue: 'none' },
    ]) {
      expect(() => saKuvaAdapter.pageRequest('korsu', bad, options)).toThrow(/SA-Kuva cursor is not one this adapter wrote/);
    }
  });

  it('describes the real archive by default', () => {
    expect(saKuvaAdapter).toMatchObject({
      id: 'sa-kuva',
      datasetName: 'SA_KUVA',
      defaultEndpoint: 'https://api.finna.fi/v1',
      defaultWindow: { start: '1939-09-01', end: '1945-09-02' },
      vocabulary: { queriesFile: 'query_labels_fi.txt', canonicalFile: 'canonical_labels_fi.json' },
    });
    expect(saKuvaAdapter.apiKey).toBeUndefined();
    expect(saKuvaAdapter.politeness.requestsPerSecond).toBeLessThanOrEqual(5);
  });
});
