import { describe, expect, it } from 'vitest';
import { europeanaAdapter } from '../src/index.js';
import searchPage from './fixtures/searchPage.json' with { type: 'json' };
import { responseErrorOf } from '@hx4/testkit';

const parse = (body: unknown) => europeanaAdapter.parsePage(body, 'arnhem', '*');

const thrown = (body: unknown) => responseErrorOf(() => parse(body));

describe('europeanaAdapter.parsePage', () => {
  it('returns the items, the next cursor and the total', () => {
    const page = parse(searchPage);
    expect(page.records.map((item) => item.id)).toEqual(['/2020601/https___beeldbank_example_nl_1234', '/08547/sgml_eu_php_obj_77']);
    expect(page.next).toBe(searchPage.nextCursor);
    expect(page.total).toBe(187);
  });

  it('strips link and guid, which carry the API key, from every item', () => {
    const page = parse(searchPage);
    for (const item of page.records) {
      expect(item).not.toHaveProperty('link');
      expect(item).not.toHaveProperty('guid');
    }
    expect(JSON.stringify(page.records)).not.toContain('api2demo');
    expect(searchPage.items[0]).toHaveProperty('link');
  });

  it('stops when there is no next cursor', () => {
    const { nextCursor: _unused, ...lastPage } = searchPage;
    expect(parse(lastPage).next).toBeNull();
  });

  it('stops at an empty page even when a cursor is offered', () => {
    expect(parse({ ...searchPage, items: [], itemsCount: 0 })).toEqual({ records: [], next: null, total: 187 });
  });

  it('reads a search without hits that leaves out items', () => {
    expect(parse({ apikey: 'api2demo', success: true, requestNumber: 1, itemsCount: 0, totalResults: 0 })).toEqual({
      records: [],
      next: null,
      total: 0,
    });
  });

  it('turns success:false into a final error carrying the API message', () => {
    const error = thrown({ apikey: 'nope', success: false, error: 'Invalid API key' });
    expect(error.message).toContain('Invalid API key');
    expect(error.retryable).toBe(false);
  });

  it('names the field of the first item whose shape drifted, and asks again', () => {
    const drifted = { ...searchPage, items: [searchPage.items[0], { ...searchPage.items[1], edmIsShownBy: 'https://e.org/a.jpg' }] };
    const error = thrown(drifted);
    expect(error.message).toBe('Europeana answered items[1].edmIsShownBy: expected Array, received "https://e.org/a.jpg"');
    expect(error.retryable).toBe(true);
  });

  it.each([
    ['a string', 'Service Unavailable'],
    ['null', null],
    ['an array', [searchPage]],
    ['a body without items', { success: true, itemsCount: 12, totalResults: 40 }],
    ['items that are not an array', { success: true, items: { id: '/1/x' } }],
    ['an item that is not an object', { success: true, items: ['/1/x'] }],
  ])('asks again for a malformed body (%s)', (_label, body) => {
    expect(thrown(body).retryable).toBe(true);
  });
});
