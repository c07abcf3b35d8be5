import { isDrop, type AdapterOptions, type RowResult } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { saKuvaAdapter, SA_KUVA_EXTRA_COLUMNS, type FinnaRecord, type SaKuvaRowDraft } from '../src/index.js';
import records from './fixtures/records.json' with { type: 'json' };

type FixtureName = keyof typeof records;
const fixtures: Readonly<Record<FixtureName, FinnaRecord>> = records;
const defaultOptions: AdapterOptions = { endpoint: saKuvaAdapter.defaultEndpoint, window: saKuvaAdapter.defaultWindow };

function toRow(name: FixtureName, options: AdapterOptions = defaultOptions): RowResult {
  return saKuvaAdapter.toRow(fixtures[name], options) as RowResult;
}

function keptRow(result: RowResult | RowResult[]): SaKuvaRowDraft {
  if (Array.isArray(result)) throw new Error('expected one row, got a list');
  if (isDrop(result)) throw new Error(`expected a row, got the drop "${result.drop}"`);
  return result as SaKuvaRowDraft;
}

describe('saKuvaAdapter.toRow: kept rows', () => {
  it('fills every column from a fully described record, the licence in the extra rights column', () => {
    expect(toRow('full')).toEqual({
      doc_id: 'sa-kuva.sa-kuva-82080',
      id: 'sa-kuva.sa-kuva-82080',
      img_url: 'https://api.finna.fi/Cover/Show?source=Solr&id=sa-kuva.sa-kuva-82080&index=0&size=large',
      doc_url: 'https://www.finna.fi/Record/sa-kuva.sa-kuva-82080',
      raw_doc_date: '1942.07.15',
      doc_year: 1942,
      doc_date: '1942-07-15',
      country: 'Finland',
      title: 'Syväri 1942.07.15. Panssarivaunu etulinjan läheisyydessä.',
      description: 'Kuvaaja: Vänrikki Eino Laakso. Jatkosota, Syväri.',
      extra: { rights: 'CC BY 4.0' },
      dateSource: 'title',
    });
    expect(SA_KUVA_EXTRA_COLUMNS).toEqual(['rights']);
  });

  it('keeps a record with nothing but id, collection and image, asking for the large size', () => {
    expect(keptRow(toRow('minimal'))).toMatchObject({
      img_url: 'https://api.finna.fi/Cover/Show?source=Solr&id=sa-kuva.sa-kuva-1001&index=0&size=large',
      raw_doc_date: null,
      doc_year: null,
      doc_date: null,
      title: null,
      description: null,
      extra: { rights: null },
    });
  });

  it('takes images from the endpoint it searched, so a local Finna serves its own images', () => {
    const local = { ...defaultOptions, endpoint: 'http://127.0.0.1:4010/sa-kuva/v1/' };
    expect(keptRow(toRow('full', local)).img_url).toBe(
      'http://127.0.0.1:4010/sa-kuva/Cover/Show?source=Solr&id=sa-kuva.sa-kuva-82080&index=0&size=large',
    );
    const oldPath = { ...defaultOptions, endpoint: 'https://api.finna.fi/api/v1' };
    expect(keptRow(toRow('full', oldPath)).img_url).toMatch(/^https:\/\/api\.finna\.fi\/Cover\/Show\?/);
  });

  it('keeps an absolute image URL, at the large size', () => {
    expect(keptRow(toRow('absoluteSmallImage')).img_url).toBe(
      'https://images.example.fi/Cover/Show?source=Solr&id=sa-kuva.sa-kuva-1003&size=large&index=0',
    );
  });

  it('keeps a year range reaching into the window, undated but with its text', () => {
    expect(keptRow(toRow('yearRange'))).toMatchObject({ raw_doc_date: '1941-1944', doc_year: null, doc_date: null, dateSource: 'year' });
  });

  it('compares years as years with the window, and keeps every year without a window', () => {
    expect(keptRow(toRow('yearBeforeWindow', { ...defaultOptions, window: null })).doc_year).toBe(1938);
    const wider = { ...defaultOptions, window: { start: '1938-01-01', end: '1938-12-31' } };
    expect(keptRow(toRow('yearBeforeWindow', wider)).doc_year).toBe(1938);
    expect(toRow('full', wider)).toEqual({ drop: 'out of date window' });
  });

  it('compares full dates as dates with the window, and says which field dated the row', () => {
    const photographed = (date: string) => ({ ...fixtures.minimal, year: date.slice(-4), events: { kuvaus: [{ type: 'kuvaus', date }] } });
    expect(saKuvaAdapter.toRow(photographed('31.8.1939'), defaultOptions)).toEqual({ drop: 'out of date window' });
    expect(saKuvaAdapter.toRow(photographed('3.9.1945'), defaultOptions)).toEqual({ drop: 'out of date window' });
    expect(keptRow(saKuvaAdapter.toRow(photographed('1.9.1939'), defaultOptions))).toMatchObject({
      raw_doc_date: '1.9.1939',
      doc_year: 1939,
      doc_date: '1939-09-01',
      dateSource: 'events',
    });
    expect(keptRow(saKuvaAdapter.toRow({ ...fixtures.minimal, year: '1945' }, defaultOptions))).toMatchObject({
      doc_date: '1945',
      dateSource: 'year',
    });
  });

  it('makes a record page URL safe for any id', () => {
    const record = { ...fixtures.otherOrganisation, buildings: fixtures.full.buildings };
    expect(keptRow(saKuvaAdapter.toRow(record, defaultOptions)).doc_url).toBe(
      'https://www.finna.fi/Record/musketti.M012%3AHK19671603%3A1234',
    );
  });

  it('drops a cached record whose fields are not Finna’s shapes, naming the field, and names no record for it', () => {
    // The hits cache is plain JSON: a record of another shape (an older HX4, an edit) is refused, not half read.
    const drop = (odd: Record<string, unknown>) => saKuvaAdapter.toRow({ ...fixtures.minimal, ...odd }, defaultOptions);
    expect(drop({ title: 7 })).toEqual({ drop: 'unreadable record (title: expected string)' });
    expect(drop({ summary: 'not a list' })).toEqual({ drop: 'unreadable record (summary: expected Array)' });
    expect(drop({ year: 1942 })).toEqual({ drop: 'unreadable record (year: expected string)' });
    expect(drop({ events: { kuvaus: [{ date: 1942 }] } })).toEqual({ drop: 'unreadable record (events.kuvaus[].date: expected string)' });
    expect(saKuvaAdapter.recordRef({ ...fixtures.minimal, imageRights: 'CC BY 4.0' }, defaultOptions)).toBeNull();
  });
});

describe('saKuvaAdapter.toRow: drops', () => {
  it.each<[FixtureName, string]>([
    ['noId', 'no record id'],
    ['otherOrganisation', 'not sa-kuva collection'],
    ['noBuildings', 'not sa-kuva collection'],
    ['yearBeforeWindow', 'out of date window'],
    ['yearAfterWindow', 'out of date window'],
    ['rangeAfterWindow', 'out of date window'],
    ['noImages', 'no image'],
    ['unusableImage', 'no image'],
  ])('drops %s as "%s"', (name, reason) => {
    expect(toRow(name)).toEqual({ drop: reason });
  });
});
