import { describe, expect, it } from 'vitest';
import { extractYear } from '../src/index.js';

describe('extractYear', () => {
  it('prefers year[0] and keeps a full date that agrees with it', () => {
    expect(extractYear({ year: ['1944'], edmTimespanLabel: [{ def: '1944-09-17' }] })).toEqual({
      raw: '1944-09-17',
      year: 1944,
      date: '1944-09-17',
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
    expect(extractYear({ year: ['1939'] })).toEqual({ raw: '1939', year: 1939, date: null });
  });

  it('gives nothing for items without date fields', () => {
    expect(extractYear({})).toEqual({ raw: null, year: null, date: null });
  });
});
