import { describe, expect, it } from 'vitest';
import { dateExpression } from '../src/dateExpression.js';
import { dayDatesInText } from '../src/dayDatesInText.js';
import { recordDate } from '../src/recordDate.js';

describe('dateExpression: a whole text that is a date', () => {
  it.each([
    ['15.7.1942', '1942-07-15', '1942-07-15', 'day'],
    ['15.07.1942', '1942-07-15', '1942-07-15', 'day'],
    ['1942-07-15', '1942-07-15', '1942-07-15', 'day'],
    ['1942.07.15', '1942-07-15', '1942-07-15', 'day'],
    ['1942-07', '1942-07-01', '1942-07-31', 'month'],
    ['2.1944', '1944-02-01', '1944-02-29', 'month'],
    ['1942', '1942-01-01', '1942-12-31', 'year'],
    ['1942-1942', '1942-01-01', '1942-12-31', 'year'],
    ['1941-1944', '1941-01-01', '1944-12-31', 'range'],
    ['1941 – 1944', '1941-01-01', '1944-12-31', 'range'],
    ['2.3.1942-5.3.1942', '1942-03-02', '1942-03-05', 'range'],
    ['1942-03-02 - 1942-03-05', '1942-03-02', '1942-03-05', 'range'],
    ['1960 luku', '1960-01-01', '1969-12-31', 'range'],
    ['1960-luku', '1960-01-01', '1969-12-31', 'range'],
  ])('%s → %s … %s (%s)', (text, first, last, precision) => {
    expect(dateExpression(text)).toEqual({ first, last, precision });
  });

  it.each(['31.6.1942', '1942-13', '29.2.1942', '1944-1941', 'kesä 1942', '1960-luvulla', 'todennäköisesti 1912', '19420715', ''])(
    'reads nothing from %j',
    (text) => {
      expect(dateExpression(text)).toBeNull();
    },
  );
});

describe('dayDatesInText: full days in running text', () => {
  it('finds Finnish, ISO and caption dates, not bare years or longer numbers', () => {
    const found = (text: string) => dayDatesInText(text).map(({ text: date, span }) => [date, span.first]);
    expect(found('Kuvausaika 15.07.1942. Syväri 1942.07.15. Korsu 1942-07-16')).toEqual([
      ['15.07.1942', '1942-07-15'],
      ['1942.07.15', '1942-07-15'],
      ['1942-07-16', '1942-07-16'],
    ]);
    expect(found('JR 1942 Syvärillä, kuva 1942-07-15-3, 31.6.1942')).toEqual([]);
  });
});

describe('recordDate: the most precise date the record gives, and where', () => {
  it('takes a photographing event dated to the day over the year', () => {
    const record = { year: '1942', events: { kuvaus: [{ type: 'kuvaus', date: '15.7.1942' }] } };
    expect(recordDate(record)).toEqual({
      span: { first: '1942-07-15', last: '1942-07-15', precision: 'day' },
      text: '15.7.1942',
      source: 'events',
    });
  });

  it('reads a date from the subject headings when the record has no year', () => {
    expect(recordDate({ subjects: [['jatkosota'], ['1942-03-02']] })).toMatchObject({ text: '1942-03-02', source: 'subjects' });
    expect(recordDate({ subjects: [['valmistusaika: 1931, valmistusaika marraskuu']] })).toMatchObject({
      span: { first: '1931-01-01', last: '1931-12-31' },
      source: 'subjects',
    });
  });

  it('leaves the year last: it is only the first year of the range Finna indexed', () => {
    const record = { year: '1938', events: { valmistus: [{ date: '1938-1939' }] } };
    expect(recordDate(record)).toMatchObject({ text: '1938-1939', source: 'events' });
    expect(recordDate({ year: '1938' })).toMatchObject({ text: '1938', source: 'year' });
  });

  it('refines with a day from the caption or summary only inside the structured date', () => {
    expect(recordDate({ year: '1942', title: 'Syväri 1942.07.15. Korsu.' })).toMatchObject({ text: '1942.07.15', source: 'title' });
    expect(recordDate({ year: '1942', summary: ['Kuvausaika 16.07.1942'], title: 'Syväri 1942.07.15.' })).toMatchObject({
      source: 'summary',
    });
    const memorial = { year: '1942', title: 'Vapaussodan muistomerkki, paljastettu 16.5.1918' };
    expect(recordDate(memorial)).toMatchObject({ text: '1942', source: 'year' });
    expect(recordDate({ title: 'Kuvausaika 15.07.1942' })).toMatchObject({ source: 'title' });
  });

  it('ignores events that do not date the picture, and reads an empty event list as none', () => {
    // Fields of other types never get here: the adapter checks records against finnaRecordSchema first.
    expect(recordDate({ events: { näyttely: [{ date: '1.6.1950' }] }, year: '1942' })).toMatchObject({ source: 'year' });
    expect(recordDate({ events: [], subjects: [] })).toBeNull();
  });
});
