import { isDrop, type AdapterOptions, type RowResult } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { recordDate } from '../src/recordDate.js';
import { saKuvaAdapter, type FinnaRecord } from '../src/index.js';
import museovirastoPage from './fixtures/real/museovirasto-search-page.json' with { type: 'json' };
import saKuvaRecord from './fixtures/real/sa-kuva-1835-record.json' with { type: 'json' };

// Recorded Finna answers; where they come from and what was edited: fixtures/real/PROVENANCE.md.
const options: AdapterOptions = { endpoint: saKuvaAdapter.defaultEndpoint, window: saKuvaAdapter.defaultWindow };

function toRow(record: FinnaRecord, adapterOptions = options): RowResult {
  return saKuvaAdapter.toRow(record, adapterOptions) as RowResult;
}

describe('the recorded SA-kuva record sa-kuva.sa-kuva-1835 (no year; dated in its subjects)', () => {
  it('becomes a row dated to the day from its subject heading', () => {
    expect(toRow(saKuvaRecord)).toEqual({
      doc_id: 'sa-kuva.sa-kuva-1835',
      id: 'sa-kuva.sa-kuva-1835',
      img_url: 'https://api.finna.fi/Cover/Show?source=Solr&id=sa-kuva.sa-kuva-1835&index=0&size=large',
      doc_url: 'https://www.finna.fi/Record/sa-kuva.sa-kuva-1835',
      raw_doc_date: '1942-03-02',
      doc_year: 1942,
      doc_date: '1942-03-02',
      dateSource: 'subjects',
      country: 'Finland',
      title: 'Vuokkiniemen koulu',
      description: null,
      extra: { rights: 'CC BY 4.0' },
    });
    expect(saKuvaAdapter.recordRef(saKuvaRecord, options)).toEqual({
      id: 'sa-kuva.sa-kuva-1835',
      url: 'https://www.finna.fi/Record/sa-kuva.sa-kuva-1835',
    });
  });

  it('is compared with the window by its day, not its year', () => {
    const untilMarch = { ...options, window: { start: '1942-01-01', end: '1942-03-01' } };
    expect(toRow(saKuvaRecord, untilMarch)).toEqual({ drop: 'out of date window' });
    expect(isDrop(toRow(saKuvaRecord, { ...untilMarch, window: { start: '1942-03-02', end: '1942-03-02' } }))).toBe(false);
  });
});

describe('the recorded Museovirasto search page (13 records, default fields: no year)', () => {
  const page = saKuvaAdapter.parsePage(museovirastoPage, 'any', null);
  const records = page.records;

  it('reads the page: 13 records of 196,334, and ends there since the recorder kept fewer than a full page', () => {
    expect(records).toHaveLength(13);
    expect(page.total).toBe(196_334);
    expect(page.next).toBeNull();
  });

  it('gives no row: every record is another organisation, dropped as not SA-kuva', () => {
    for (const record of records) {
      expect(toRow(record)).toEqual({ drop: 'not sa-kuva collection' });
      expect(saKuvaAdapter.recordRef(record, options)).toEqual({ id: record.id, url: `https://www.finna.fi/Record/${record.id}` });
    }
  });

  // What the adapter would date them by: Museovirasto writes the date of making into a subject heading; a
  // year inside a place heading (`[1960]`), a decade and an uncertain date ("todennäköisesti", probably) are
  // not read as the day or year the photograph was taken.
  it.each([
    ['museovirasto.CC0641BB5337F541CBD19169838BAC1F', 'valmistusaika: 11.06.1923', '1923-06-11', '1923-06-11'],
    ['museovirasto.CC0FC4DAD9C4452A305DF56E3E720942', 'valmistusaika: 1931, valmistusaika marraskuu', '1931-01-01', '1931-12-31'],
    ['museovirasto.CC1A758B5DFC28C7B9FBDAE394868856', 'valmistusaika: 1932, valmistusaika kesäkuu', '1932-01-01', '1932-12-31'],
    ['museovirasto.CC36555FDFADAD766F5D7C41E6058C63', null, null, null],
    ['museovirasto.CC5D8880D8EE35AAB641F8F80A04E9A0', 'valmistusaika: 1931, valmistusaika marraskuu', '1931-01-01', '1931-12-31'],
    ['museovirasto.CC98AFF2FEDCBCAC63C0EE6FF0F4945B', 'valmistusaika: 1958, valmistusaika joulukuu', '1958-01-01', '1958-12-31'],
    ['museovirasto.CCBAFB9690DE3FEB3FEEB86738063253', 'valmistusaika 1960 luku', '1960-01-01', '1969-12-31'],
    ['museovirasto.CCEB4B6ECA299F9C9CE196FA7B77C5E7', 'valmistusaika: 1885', '1885-01-01', '1885-12-31'],
    ['museovirasto.CCED2649D29C465F08FC3A454BB32342', null, null, null],
    ['museovirasto.CD1D79760C22F7F6765582EAABDE3244', null, null, null],
    ['museovirasto.CD51697FAA7E068D9E68567DDD15AB81', 'valmistusaika: 1903', '1903-01-01', '1903-12-31'],
    ['museovirasto.CD99028D5287AE3A731C807CE62310DC', 'valmistusaika: 27.07.1910', '1910-07-27', '1910-07-27'],
    ['museovirasto.CDCAEA90F6FF020C770FE2820E91ED2F', 'valmistusaika: 1932, valmistusaika kesäkuu', '1932-01-01', '1932-12-31'],
  ])('%s is dated by %j', (id, text, first, last) => {
    const record = records.find((candidate) => candidate.id === id)!;
    expect(record.year).toBeUndefined();
    const date = recordDate(record);
    expect(date && { text: date.text, first: date.span.first, last: date.span.last, source: date.source }).toEqual(
      text === null ? null : { text, first, last, source: 'subjects' },
    );
  });
});
