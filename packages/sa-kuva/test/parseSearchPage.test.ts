import type { Cursor } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { createSaKuvaAdapter, saKuvaAdapter, type FinnaRecord } from '../src/index.js';
import { type DateSlice, type SearchCursor } from '../src/SearchCursor.js';
import { itemAt, responseErrorOf } from '@hx4/testkit';

/** Paging may reach results 1–300: pages 1 to 3 of 100. */
const adapter = createSaKuvaAdapter({ resultWindow: 300 });
const parse = (body: unknown, cursor: Cursor | null = null) => adapter.parsePage(body, 'korsu', cursor);

let nextId = 1;
function records(count: number, year: string | undefined): FinnaRecord[] {
  return Array.from({ length: count }, () => ({ id: `sa-kuva.sa-kuva-${nextId++}`, ...(year ? { year } : {}) }));
}
/** Finna's answer as sent: its records unchecked, so a test can hand over drifted ones. */
const ok = (resultCount: number, list?: readonly unknown[]) => ({ resultCount, ...(list ? { records: list } : {}), status: 'OK' });
const cursor = (page: number, slice: DateSlice, queue: DateSlice[] = [], firstYear: number | null = null): SearchCursor => ({
  page,
  slice,
  queue,
  firstYear,
});
const WHOLE: DateSlice = { from: null, to: null };

const thrown = (body: unknown) => responseErrorOf(() => parse(body));

describe('saKuvaAdapter.parsePage: paging', () => {
  it('returns the records and the next page, remembering the earliest year', () => {
    const list = [...records(40, '1940'), ...records(60, '1943')];
    expect(parse(ok(250, list))).toEqual({ records: list, next: cursor(2, WHOLE, [], 1940), total: 250 });
  });

  it('stops after a short page, at resultCount, and at an empty page', () => {
    expect(parse(ok(250, records(50, '1944')), cursor(3, WHOLE, [], 1940)).next).toBeNull();
    expect(parse(ok(200, records(100, '1944')), cursor(2, WHOLE, [], 1940)).next).toBeNull();
    expect(parse(ok(250), cursor(2, WHOLE, [], 1940))).toEqual({ records: [], next: null, total: 250 });
  });

  it('reads a search without hits, which leaves records out', () => {
    expect(parse({ resultCount: 0, status: 'OK' })).toEqual({ records: [], next: null, total: 0 });
  });

  it('never asks for a page beyond the paging window: restarts at the year of the last record instead', () => {
    const list = [...records(30, '1941'), ...records(70, '1942')];
    const page = parse(ok(1000, list), cursor(3, WHOLE, [], 1939));
    expect(page.records).toEqual(list);
    expect(page.next).toEqual(cursor(1, { from: '1942', to: null }));
  });

  it('restarts at the first year of a year range, the year Finna sorts it by', () => {
    const list = [...records(99, '1941'), ...records(1, '1941-1944')];
    expect(parse(ok(1000, list), cursor(3, WHOLE, [], 1939)).next).toEqual(cursor(1, { from: '1941', to: null }));
  });

  it('goes month by month through a year that alone fills the window, then on to the next year', () => {
    const { next } = parse(ok(5000, records(100, '1941')), cursor(3, { from: '1941', to: null }, [], 1941));
    const months = Array.from({ length: 12 }, (_, month) => `1941-${String(month + 1).padStart(2, '0')}`);
    expect(next).toEqual(
      cursor(1, { from: '1941-01', to: '1941-01' }, [...months.slice(1).map((m) => ({ from: m, to: m })), { from: '1942', to: null }]),
    );
  });

  it('goes day by day through a month that fills the window, keeping what was queued', () => {
    const rest = [
      { from: '1944-07', to: '1944-07' },
      { from: '1945', to: null },
    ];
    const { next } = parse(ok(800, records(100, '1944')), cursor(3, { from: '1944-06', to: '1944-06' }, rest));
    const queue = (next as SearchCursor).queue;
    expect((next as SearchCursor).slice).toEqual({ from: '1944-06-01', to: '1944-06-01' });
    expect(queue).toHaveLength(29 + rest.length);
    expect(queue[28]).toEqual({ from: '1944-06-30', to: '1944-06-30' });
    expect(queue.slice(29)).toEqual(rest);
  });

  it('moves on from a single day that fills the window, noting what it left out, and ends when nothing is queued', () => {
    const after = { from: '1944-06-21', to: '1944-06-21' };
    const page = parse(ok(900, records(100, '1944')), cursor(3, { from: '1944-06-20', to: '1944-06-20' }, [after]));
    expect(page.next).toEqual(cursor(1, after));
    expect(page.note).toBe("600 results beyond Finna's paging window on 1944-06-20 alone were left out");
    expect(parse(ok(900, records(100, '1944')), cursor(3, { from: '1944-06-30', to: '1944-06-30' })).next).toBeNull();
  });

  it('notes undated results beyond the window, which no date slice reaches', () => {
    const page = parse(ok(450, records(100, undefined)), cursor(3, { from: '1944', to: null }, [], 1944));
    expect(page).toMatchObject({ next: null, note: "150 results beyond Finna's paging window, all undated, were left out" });
  });

  it('says nothing more when every result was reached', () => {
    expect(parse(ok(250, records(100, '1944')), cursor(2, WHOLE, [], 1940))).not.toHaveProperty('note');
  });

  it('moves to the next slice after the last page of one', () => {
    const queue = [
      { from: '1941-03', to: '1941-03' },
      { from: '1942', to: null },
    ];
    expect(parse(ok(120, records(20, '1941')), cursor(2, { from: '1941-02', to: '1941-02' }, queue, 1941)).next).toEqual(
      cursor(1, itemAt(queue, 0, 'queued slice'), queue.slice(1)),
    );
  });

  it('reports the total of the whole window only', () => {
    expect(parse(ok(120, records(100, '1941')), cursor(1, { from: '1941-02', to: '1941-02' })).total).toBeUndefined();
  });

  it('pages the default window of 10,000 results before slicing', () => {
    const page = saKuvaAdapter.parsePage(ok(20_000, records(100, '1942')), 'korsu', cursor(99, WHOLE, [], 1940));
    expect(page.next).toEqual(cursor(100, WHOLE, [], 1940));
    const last = saKuvaAdapter.parsePage(ok(20_000, records(100, '1942')), 'korsu', cursor(100, WHOLE, [], 1940));
    expect(last.next).toEqual(cursor(1, { from: '1942', to: null }));
  });

  it('refuses a paging window smaller than a page', () => {
    expect(() => createSaKuvaAdapter({ resultWindow: 50 })).toThrow(/resultWindow must be an integer of at least 100/);
  });
});

describe('saKuvaAdapter.parsePage: errors', () => {
  it('turns a status other than OK into a final error carrying the API message', () => {
    const error = thrown({ status: 'ERROR', statusMessage: 'Invalid filter' });
    expect(error.message).toBe('Finna refused the search: Invalid filter');
    expect(error.retryable).toBe(false);
    expect(thrown({ status: 'ERROR' }).message).toBe('Finna refused the search: ERROR');
  });

  it('names the field of the first record whose shape drifted, and asks again', () => {
    const error = thrown(
      ok(2, [
        { id: 'sa-kuva.1', title: 'Korsu' },
        { id: 'sa-kuva.2', images: '/Cover/Show?id=2' },
      ]),
    );
    expect(error.message).toBe('Finna answered records[1].images: expected Array, received "/Cover/Show?id=2"');
    expect(error.retryable).toBe(true);
  });

  it.each([
    ['a string', 'Service Unavailable'],
    ['null', null],
    ['an array', [ok(0)]],
    ['a body without status', { resultCount: 3, records: [] }],
    ['a body without resultCount', { status: 'OK', records: [] }],
    ['a negative resultCount', { status: 'OK', resultCount: -1 }],
    ['records that are not an array', { status: 'OK', resultCount: 1, records: { id: 'x' } }],
    ['a record that is not an object', { status: 'OK', resultCount: 1, records: ['x'] }],
  ])('asks again for a malformed body (%s)', (_label, body) => {
    expect(thrown(body).retryable).toBe(true);
  });
});
