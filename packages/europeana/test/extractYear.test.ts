import { describe, expect, it } from 'vitest';
import { extractYear } from '../src/extractYear.js';

describe('extractYear', () => {
  it('prefers year[0] and keeps a full date that agrees with it', () => {
    expect(extractYear({ year: ['1944'], edmTimespanLabel: [{ def: '1944-09-17' }] })).toEqual({
      raw: '1944-09-17',
      year: 1944,
      date: '1944-09-17',
      span: null,
      source: 'year',
    });
  });

  it('drops a full date that contradicts year[0]', () => {
    expect(extractYear({ year: ['1950'], edmTimespanLabel: [{ def: '1944-09-17' }] })).toMatchObject({ year: 1950, date: null });
  });

  it('takes the year of a full date when year is missing, and ignores impossible dates', () => {
    expect(extractYear({ edmTimespanLabel: [{ def: '1943-02-30' }, { def: '1943-03-01' }] })).toMatchObject({
      year: 1943,
      date: '1943-03-01',
    });
  });

  it('reads the year as a number, never as a timestamp', () => {
    expect(extractYear({ year: ['1939'] })).toEqual({ raw: '1939', year: 1939, date: null, span: null, source: 'year' });
  });

  it('gives nothing for items without date fields', () => {
    expect(extractYear({})).toEqual({ raw: null, year: null, date: null, span: null, source: null });
  });

  it('reads decades, ranges and ISO intervals as spans; an interval inside one year gives that year', () => {
    const labels = (...defs: string[]) => ({ edmTimespanLabel: defs.map((def) => ({ def })) });
    expect(extractYear(labels('1840s'))).toMatchObject({ year: null, span: [1840, 1849], source: null });
    expect(extractYear(labels('1920/1940'))).toMatchObject({ year: null, span: [1920, 1940] });
    expect(extractYear(labels('1939 - 1945'))).toMatchObject({ year: null, span: [1939, 1945] });
    expect(extractYear(labels('1948-07-20/1948-07-23'))).toMatchObject({ year: 1948, date: null, span: null, source: 'edmTimespanLabel' });
  });

  it('reads no year from words built on a year (1900-luku is Finnish for the 1900s) and finds one in 1944-09', () => {
    const labels = (...defs: string[]) => ({ edmTimespanLabel: defs.map((def) => ({ def })) });
    expect(extractYear(labels('1900-luku', '1900-talet'))).toMatchObject({ year: null, span: null });
    expect(extractYear(labels('1944-09'))).toMatchObject({ year: 1944, date: null });
  });

  it("reads only the provider's language-neutral labels and no authority URIs when the language map has them", () => {
    const item = {
      edmTimespanLabel: [{ def: '1920/1940' }, { def: '1900-luku' }, { def: 'http://www.wikidata.org/entity/Q6927' }],
      edmTimespanLabelLangAware: { fi: ['1900-luku'], zxx: ['1920/1940'] },
    };
    expect(extractYear(item)).toEqual({ raw: '1920/1940', year: null, date: null, span: [1920, 1940], source: null });
    expect(extractYear({ edmTimespanLabel: item.edmTimespanLabel }).raw).toBe('1920/1940; 1900-luku');
  });
});
