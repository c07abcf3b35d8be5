import { describe, expect, it } from 'vitest';
import { itemDate } from '../src/itemDate.js';

const dated = (date: unknown, datea: unknown = {}) => itemDate({ date, datea });

describe('itemDate', () => {
  it('reads the first field that holds a date and says which', () => {
    expect(dated('June 6, 1944', '1944-06-06')).toEqual({
      raw: 'June 6, 1944',
      source: 'date',
      year: 1944,
      date: '1944-06-06',
      span: null,
    });
    expect(dated('undated', '1944-06-06')).toEqual({ raw: '1944-06-06', source: 'datea', year: 1944, date: '1944-06-06', span: null });
    expect(itemDate({ dateor: 'ca. 1910', date: '2014-05-12' }, ['dateor'])).toMatchObject({
      raw: 'ca. 1910',
      source: 'dateor',
      year: 1910,
    });
  });

  it('reads full dates written out', () => {
    expect(dated('June 6, 1944').date).toBe('1944-06-06');
    expect(dated('Sept. 2, 1945').date).toBe('1945-09-02');
    expect(dated('6 June 1944').date).toBe('1944-06-06');
    expect(dated('1944-02-30')).toMatchObject({ year: 1944, date: null });
  });

  it('reads a year with digit boundaries, not word boundaries', () => {
    expect(dated('circa 1942')).toMatchObject({ year: 1942, date: null, span: null });
    expect(dated('photo_1942a')).toMatchObject({ year: 1942 });
    expect(dated('1944-06')).toMatchObject({ year: 1944 });
  });

  it('gives decades and ranges as spans, not as their first year', () => {
    expect(dated('1940s')).toEqual({ raw: '1940s', source: 'date', year: null, date: null, span: [1940, 1949] });
    expect(dated("1940's-1950's")).toMatchObject({ span: [1940, 1959] });
    expect(dated('1939–1945')).toMatchObject({ year: null, span: [1939, 1945] });
    expect(dated('between 1941 and 1943')).toMatchObject({ span: [1941, 1943] });
    expect(dated('1943; 1944')).toMatchObject({ year: null, span: [1943, 1944] });
  });

  it('leaves empty fields ({}) and dates without a year undated', () => {
    expect(dated({}, {})).toEqual({ raw: null, source: null, year: null, date: null, span: null });
    expect(dated('undated')).toEqual({ raw: 'undated', source: null, year: null, date: null, span: null });
    expect(dated('', '1943')).toMatchObject({ raw: '1943', source: 'datea', year: 1943 });
  });
});
