import { ArchiveResponseError, type Cursor } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { nationalArchiveAdapter } from '../src/index.js';
import proxyPage from './fixtures/proxyPage.json' with { type: 'json' };
import searchPage from './fixtures/searchPage.json' with { type: 'json' };

const parse = (body: unknown, cursor: Cursor | null = null) => nationalArchiveAdapter.parsePage(body, 'tank', cursor);

function withHits(page: typeof searchPage, hits: unknown[], total: unknown = page.body.hits.total) {
  return { ...page, body: { ...page.body, hits: { ...page.body.hits, total, hits } } };
}

function thrown(body: unknown, cursor: Cursor | null = null): ArchiveResponseError {
  try {
    parse(body, cursor);
  } catch (error) {
    if (error instanceof ArchiveResponseError) return error;
    throw error;
  }
  throw new Error('expected an ArchiveResponseError');
}

describe('nationalArchiveAdapter.parsePage: official API', () => {
  it('returns the records, the total, and the last hit’s sort value as the next searchAfter', () => {
    const page = parse(searchPage);
    expect(page.records.map((record) => record.naId)).toEqual([531234, 531301]);
    expect(page.records[1].digitalObjects).toHaveLength(5);
    expect(page.total).toBe(187);
    expect(page.next).toEqual({ searchAfter: '531301', seen: 2 });
    expect(page.note).toBeUndefined();
  });

  it('counts the hits seen and stops once the exact total is reached, without asking for an empty page', () => {
    expect(parse(searchPage, { searchAfter: '500000', seen: 100 }).next).toEqual({ searchAfter: '531301', seen: 102 });
    expect(parse(searchPage, { searchAfter: '500000', seen: 185 }).next).toBeNull();
  });

  it('goes on past a total that is only a lower bound', () => {
    const capped = withHits(searchPage, searchPage.body.hits.hits, { value: 10_000, relation: 'gte' });
    expect(parse(capped, { searchAfter: '500000', seen: 9_998 }).next).toEqual({ searchAfter: '531301', seen: 10_000 });
  });

  it('stops at an empty page', () => {
    expect(parse(withHits(searchPage, []), { searchAfter: '531301', seen: 100 })).toEqual({ records: [], next: null, total: 187 });
  });

  it('reads a hit without a record as an empty record (dropped later, counted)', () => {
    const page = parse(withHits(searchPage, [{ _id: '1', sort: [1] }]));
    expect(page.records).toEqual([{}]);
  });

  it('refuses to page on when searchAfter hits come without sort values', () => {
    const unsorted = withHits(searchPage, [{ _source: { record: { naId: 1 } } }]);
    expect(thrown(unsorted, { searchAfter: '531301', seen: 100 }).message).toMatch(/without sort values/);
  });

  it('refuses a page that ends where it started, instead of asking for it forever', () => {
    expect(thrown(searchPage, { searchAfter: '531301', seen: 100 }).message).toMatch(/with the same position/);
  });

  it.each([401, 403])('turns a %i in the body into a final error that names NARA_API_KEY and --api-key', (statusCode) => {
    const error = thrown({ statusCode, message: 'Forbidden' });
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(new RegExp(`refused the API key \\(${statusCode}: Forbidden\\); check NARA_API_KEY or --api-key`));
  });

  it('treats a 400 in the body as final and a 5xx as worth asking again', () => {
    expect(thrown({ statusCode: 400, message: 'Result window is too large' })).toMatchObject({ retryable: false });
    expect(thrown({ statusCode: 503, body: 'Service Unavailable' })).toMatchObject({ retryable: true });
  });

  it.each([
    ['a string', 'Service Unavailable'],
    ['null', null],
    ['an array', [searchPage]],
    ['a body without hits', { statusCode: 200, body: {} }],
    ['hits that are not an array', { statusCode: 200, body: { hits: { hits: {} } } }],
    ['a hit that is not an object', { statusCode: 200, body: { hits: { hits: ['531234'] } } }],
  ])('asks again for a malformed body (%s)', (_label, body) => {
    expect(thrown(body).retryable).toBe(true);
  });
});

describe('nationalArchiveAdapter.parsePage: keyless proxy', () => {
  it('moves the abbreviated first object into digitalObjects and pages by number', () => {
    const page = parse(proxyPage);
    expect(page.records[0].digitalObjects).toEqual([proxyPage.body.hits.hits[0].fields.firstDigitalObject[0]]);
    expect(page.records[1]).not.toHaveProperty('fields');
    expect(page.next).toEqual({ page: 2, seen: 2 });
    expect(parse(proxyPage, { page: 7, seen: 600 }).next).toEqual({ page: 8, seen: 602 });
  });

  it('stops at the 10,000-hit window and says in a note that a key would reach the rest', () => {
    const page = parse(proxyPage, { page: 100, seen: 9_900 });
    expect(page.next).toBeNull();
    expect(page.note).toBe(
      'only the first 10000 of 23456 hits can be paged without an API key; ' +
        'set NARA_API_KEY (or --api-key) to use the official Catalog API, which pages through all of them',
    );
  });

  it('stops quietly at the window when there are no more hits than it holds', () => {
    const exact = withHits(proxyPage as unknown as typeof searchPage, proxyPage.body.hits.hits, { value: 10_000, relation: 'eq' });
    expect(parse(exact, { page: 100, seen: 9_900 })).toMatchObject({ next: null });
    expect(parse(exact, { page: 100, seen: 9_900 }).note).toBeUndefined();
  });
});
