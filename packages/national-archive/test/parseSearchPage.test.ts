import { SourceUnavailableError, type Cursor } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { nationalArchiveAdapter, type NaraSourceId } from '../src/index.js';
import proxyPage from './fixtures/proxyPage.json' with { type: 'json' };
import searchPage from './fixtures/searchPage.json' with { type: 'json' };
import { itemAt, responseErrorOf } from '@hx4/testkit';

/** The adapter asks for text; bodies reach parsePage as the text the source sent. */
const text = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body));
const parse = (body: unknown, cursor: Cursor | null = null, source: NaraSourceId = 'api-v2') =>
  nationalArchiveAdapter.parsePage(text(body), 'tank', cursor, source);

function withHits(page: typeof searchPage, hits: unknown[], total: unknown = page.body.hits.total) {
  return { ...page, body: { ...page.body, hits: { ...page.body.hits, total, hits } } };
}

const thrown = (body: unknown, cursor: Cursor | null = null, source: NaraSourceId = 'api-v2') =>
  responseErrorOf(() => parse(body, cursor, source));

const WEB_APP_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>National Archives Catalog</title></head>' +
  '<body><div id="root"></div></body></html>';
const SOURCES: NaraSourceId[] = ['api-v2', 'proxy-v3', 'proxy'];

describe('nationalArchiveAdapter.parsePage: what answered, for every source', () => {
  it.each(SOURCES)(
    '%s: takes the web app’s HTML page (status 200) for a source that does not serve, never for a malformed body',
    (source) => {
      for (const page of [WEB_APP_PAGE, `\uFEFF\n  ${WEB_APP_PAGE.toLowerCase()}`, '<html><body>Catalog</body></html>']) {
        const error = thrown(page, null, source);
        expect(error).toBeInstanceOf(SourceUnavailableError);
        expect(error.retryable).toBe(false);
        expect(error.message).toBe("answered the catalog web app's HTML page (status 200) instead of JSON");
      }
      expect(thrown('<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>', null, source).message).toMatch(
        /answered a markup document \(status 200\) instead of JSON$/,
      );
    },
  );

  it.each(SOURCES)('%s: takes JSON of another kind for a source that does not serve', (source) => {
    for (const [body, what] of [
      [{ message: 'Missing Authentication Token' }, /JSON of another kind \(keys: message\)/],
      [{ swagger: '2.0', paths: {} }, /JSON of another kind \(keys: swagger, paths\)/],
      [[searchPage], /JSON of another kind \(an array\)/],
      ['null', /JSON of another kind \(null\)/],
    ] as const) {
      const error = thrown(body, null, source);
      expect(error).toBeInstanceOf(SourceUnavailableError);
      expect(error.message).toMatch(what);
    }
  });

  it.each(SOURCES)('%s: reads its own good answer', (source) => {
    const page = parse(source === 'proxy' ? proxyPage : searchPage, null, source);
    expect(page.records.map((record) => record.naId)).toEqual([531234, 531301]);
  });

  it.each(SOURCES)('%s: asks again for a body cut short or garbled, and for an envelope without its hits', (source) => {
    for (const body of [JSON.stringify(searchPage).slice(0, 200), 'Service Unavailable', '', { statusCode: 200, body: {} }]) {
      const error = thrown(body, null, source);
      expect(error).not.toBeInstanceOf(SourceUnavailableError);
      expect(error.retryable).toBe(true);
    }
    for (const body of [
      { statusCode: 200, body: { hits: { hits: {} } } },
      { statusCode: 200, body: { hits: { hits: ['531234'] } } },
    ]) {
      expect(thrown(body, null, source).retryable).toBe(true);
    }
  });

  it.each(SOURCES)(
    '%s: takes the envelope’s own 404 and 410 for a source that does not serve, 5xx for worth asking again, 400 as final',
    (source) => {
      for (const statusCode of [404, 410])
        expect(thrown({ statusCode, message: 'Not Found' }, null, source)).toBeInstanceOf(SourceUnavailableError);
      expect(thrown({ statusCode: 503, body: 'Service Unavailable' }, null, source)).toMatchObject({ retryable: true });
      const final = thrown({ statusCode: 400, message: 'No search terms entered' }, null, source);
      expect(final).not.toBeInstanceOf(SourceUnavailableError);
      expect(final.retryable).toBe(false);
      expect(final.message).toMatch(/refused the search \(400: No search terms entered\)/);
    },
  );

  it.each([401, 403])('api-v2: takes a %i in the envelope for a refused key, naming NARA_API_KEY and --api-key', (statusCode) => {
    const error = thrown({ statusCode, message: 'Forbidden' });
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect(error.message).toBe(`refused the API key (${statusCode}: Forbidden); check NARA_API_KEY or --api-key`);
    expect(thrown({ statusCode, message: 'Forbidden' }, null, 'proxy-v3').message).toBe(`refused the search (${statusCode}: Forbidden)`);
  });

  it('names an unknown source instead of guessing', () => {
    expect(() => nationalArchiveAdapter.parsePage(text(searchPage), 'tank', null, 'api-v9')).toThrow(
      /unknown National Archives source "api-v9"/,
    );
  });
});

describe('nationalArchiveAdapter.parsePage: official API (api-v2)', () => {
  it('returns the records, the total, and the last hit’s sort value as the next searchAfter', () => {
    const page = parse(searchPage);
    expect(page.records.map((record) => record.naId)).toEqual([531234, 531301]);
    expect(itemAt(page.records, 1, 'record').digitalObjects).toHaveLength(5);
    expect(page.total).toBe(187);
    expect(page.next).toEqual({ searchAfter: '531301', seen: 2 });
    expect(page.note).toBeUndefined();
  });

  it('joins several sort values with commas, as the API wants them back', () => {
    // The recorded hits score null; a relevance search would sort by the score first.
    const hits = searchPage.body.hits.hits.map((hit) => ({ ...hit, sort: [3.5, hit._id] }));
    expect(parse(withHits(searchPage, hits)).next).toEqual({ searchAfter: '3.5,531301', seen: 2 });
  });

  it('reads an answer already parsed as JSON too', () => {
    expect(nationalArchiveAdapter.parsePage(searchPage, 'tank', null, 'api-v2').next).toEqual({ searchAfter: '531301', seen: 2 });
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

  it('names the field of the first record whose shape drifted, and asks again', () => {
    const first = itemAt(searchPage.body.hits.hits, 0, 'hit');
    const second = itemAt(searchPage.body.hits.hits, 1, 'hit');
    const drifted = { ...second, _source: { record: { ...second._source.record, productionDates: { year: 1944 } } } };
    const error = thrown(withHits(searchPage, [first, drifted]));
    expect(error.message).toBe('the Catalog API v2 answered hits[1]._source.record.productionDates: expected Array, received Object');
    expect(error.retryable).toBe(true);
  });

  it('refuses to page on when searchAfter hits come without sort values', () => {
    const unsorted = withHits(searchPage, [{ _source: { record: { naId: 1 } } }]);
    expect(thrown(unsorted, { searchAfter: '531301', seen: 100 }).message).toMatch(/without sort values/);
  });

  it('refuses a page that ends where it started, instead of asking for it forever', () => {
    expect(thrown(searchPage, { searchAfter: '531301', seen: 100 }).message).toMatch(/with the same position/);
  });

  it('refuses a page-number cursor: the core restarts a query whose source changed', () => {
    expect(() => parse(searchPage, { page: 2, seen: 100 })).toThrow(/cursor must be \{ searchAfter, seen \} here/);
  });
});

describe('nationalArchiveAdapter.parsePage: keyless proxies (proxy-v3, proxy)', () => {
  it('pages proxy v3 by number although its hits carry relevance sort pairs', () => {
    const hits = searchPage.body.hits.hits.map((hit) => ({ ...hit, _score: 9.1, sort: [9.1, hit._id] }));
    const page = parse(withHits(searchPage, hits), null, 'proxy-v3');
    expect(page.next).toEqual({ page: 2, seen: 2 });
    expect(itemAt(page.records, 1, 'record').digitalObjects).toHaveLength(5);
    expect(() => parse(searchPage, { searchAfter: '531301', seen: 100 }, 'proxy-v3')).toThrow(/cursor must be \{ page, seen \} here/);
  });

  it('moves the older proxy’s abbreviated first object into digitalObjects and pages by number', () => {
    const page = parse(proxyPage, null, 'proxy');
    const firstObject = itemAt(itemAt(proxyPage.body.hits.hits, 0, 'hit').fields.firstDigitalObject, 0, 'first digital object');
    expect(itemAt(page.records, 0, 'record').digitalObjects).toEqual([firstObject]);
    expect(page.records[1]).not.toHaveProperty('fields');
    expect(page.next).toEqual({ page: 2, seen: 2 });
    expect(parse(proxyPage, { page: 7, seen: 600 }, 'proxy').next).toEqual({ page: 8, seen: 602 });
  });

  it.each(['proxy-v3', 'proxy'] as const)(
    '%s: stops at the 10,000-hit window and says in a note that the official API would reach the rest',
    (source) => {
      const page = parse(proxyPage, { page: 100, seen: 9_900 }, source);
      expect(page.next).toBeNull();
      expect(page.note).toBe(
        "only the first 10000 of 23456 hits can be paged through the catalog's keyless search proxy; " +
          'the official Catalog API v2 with an API key (NARA_API_KEY or --api-key) pages through all of them when it serves',
      );
    },
  );

  it('stops quietly at the window when there are no more hits than it holds', () => {
    const exact = withHits(proxyPage as unknown as typeof searchPage, proxyPage.body.hits.hits, { value: 10_000, relation: 'eq' });
    expect(parse(exact, { page: 100, seen: 9_900 }, 'proxy')).toMatchObject({ next: null });
    expect(parse(exact, { page: 100, seen: 9_900 }, 'proxy').note).toBeUndefined();
  });
});

describe('nationalArchiveAdapter.parsePage for a caller that names no source', () => {
  it('pages with searchAfter where the hits sort by naId alone, else by number', () => {
    const read = (body: unknown, cursor: Cursor | null = null) => nationalArchiveAdapter.parsePage(text(body), 'tank', cursor);
    expect(read(searchPage).next).toEqual({ searchAfter: '531301', seen: 2 });
    const relevance = withHits(
      searchPage,
      searchPage.body.hits.hits.map((hit) => ({ ...hit, sort: [9.1, hit._id] })),
    );
    expect(read(relevance).next).toEqual({ page: 2, seen: 2 });
    expect(read(proxyPage).next).toEqual({ page: 2, seen: 2 });
    expect(read(proxyPage, { page: 3, seen: 200 }).next).toEqual({ page: 4, seen: 202 });
  });
});
