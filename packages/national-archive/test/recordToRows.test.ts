import { isDrop, type AdapterOptions, type RowDraft, type RowResult } from '@hx4/core';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { nationalArchiveAdapter, type NaraRecord } from '../src/index.js';
import records from './fixtures/records.json' with { type: 'json' };

type FixtureName = keyof typeof records;

const fixtures: Readonly<Record<FixtureName, NaraRecord>> = records;
const defaultOptions: AdapterOptions = {
  endpoint: nationalArchiveAdapter.defaultEndpoint,
  apiKey: 'secret',
  window: nationalArchiveAdapter.defaultWindow,
};

function toRows(name: FixtureName, options: AdapterOptions = defaultOptions, query: string | undefined = 'tank'): RowResult[] {
  return [nationalArchiveAdapter.toRow(fixtures[name], options, query)].flat();
}

function keptRows(results: RowResult[]): RowDraft[] {
  for (const result of results) if (isDrop(result)) throw new Error(`expected rows, got the drop "${result.drop}"`);
  return results as RowDraft[];
}

const keptRow = (name: FixtureName, options?: AdapterOptions) => {
  const rows = keptRows(toRows(name, options));
  expect(rows).toHaveLength(1);
  return itemAt(rows, 0, `row of ${name}`);
};

describe('nationalArchiveAdapter.toRow: kept rows', () => {
  it('fills every column from a fully described record', () => {
    expect(toRows('fullCaption')).toEqual([
      {
        doc_id: '531234',
        id: '531234',
        img_url: 'https://s3.amazonaws.com/NARAprodstorage/lz/stillpix/127-n/127-N-121234.jpg',
        doc_url: 'https://catalog.archives.gov/id/531234',
        raw_doc_date: '1945-05-12',
        doc_year: 1945,
        doc_date: '1945-05-12',
        country: null,
        title: 'Marines with a tank on Okinawa',
        description: 'Original caption: A Sherman tank of the 1st Marine Division moves up near Naha.',
      },
    ]);
  });

  it('gives one row per distinct image object, skipping PDFs, with .JPG and .png accepted', () => {
    const rows = keptRows(toRows('multiImage'));
    expect(rows.map((row) => [row.id, row.img_url.split('/').pop()])).toEqual([
      ['531301', '111-SC-191301.jpg'],
      ['531301_2', '111-SC-191302.JPG'],
      ['531301_3', '111-SC-191303.png'],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ doc_id: '531301', doc_url: 'https://catalog.archives.gov/id/531301', doc_date: '1944-08-03' });
    }
  });

  it('accepts an image URL with a query string and an upper-case .JPEG', () => {
    expect(keptRow('queryStringImage').img_url).toContain('tank.JPEG?download=false');
  });

  it('keeps a record without ancestors or title instead of crashing', () => {
    expect(keptRow('noAncestorsNoTitle')).toMatchObject({ title: null, description: 'Tank crew resting beside their vehicle.' });
  });

  it('reads a naId sent as a string', () => {
    expect(keptRow('naIdAsString')).toMatchObject({ id: '531326', doc_id: '531326' });
  });

  it('matches exclusion terms as whole words only', () => {
    expect(keptRow('wordInsideAnotherWord').title).toBe('Mapping party with a tank near the newsletter office');
  });

  it('asks nothing of the text when no query is given', () => {
    expect(keptRows([nationalArchiveAdapter.toRow(fixtures.queryNotInText, defaultOptions)].flat())).toHaveLength(1);
  });

  it('finds a hyphenated query written with a space, and a query at the start of a longer word', () => {
    const record = { ...fixtures.fullCaption, title: 'Half track and tanks', scopeAndContentNote: undefined };
    expect(keptRows([nationalArchiveAdapter.toRow(record, defaultOptions, 'half-track')].flat())).toHaveLength(1);
    expect(keptRows([nationalArchiveAdapter.toRow(record, defaultOptions, 'tank')].flat())).toHaveLength(1);
    expect(nationalArchiveAdapter.toRow(record, defaultOptions, 'ank')).toEqual({ drop: 'query not in text' });
  });
});

describe('nationalArchiveAdapter.toRow: dates', () => {
  it.each<[FixtureName, object]>([
    ['yearOnlyDate', { raw_doc_date: '1944', doc_year: 1944, doc_date: '1944' }],
    ['monthDate', { raw_doc_date: '1944-09', doc_year: 1944, doc_date: '1944' }],
    ['logicalDateOnly', { raw_doc_date: '1943-06-04', doc_year: 1943, doc_date: '1943-06-04' }],
    ['logicalJanuaryFirst', { raw_doc_date: '1943', doc_year: 1943, doc_date: '1943' }],
    ['circaDate', { raw_doc_date: 'ca. 1942-03-09', doc_year: 1942, doc_date: '1942' }],
    ['coverageSpan', { raw_doc_date: '1942/1945', doc_year: null, doc_date: null }],
    ['coverageSingleYear', { raw_doc_date: '1943', doc_year: 1943, doc_date: '1943' }],
    ['descriptionYear', { raw_doc_date: null, doc_year: 1945, doc_date: '1945' }],
  ])('reads %s', (name, expected) => {
    expect(keptRow(name)).toMatchObject(expected);
  });

  it('compares full dates with the window dates and years with its years', () => {
    const war = { ...defaultOptions, window: { start: '1941-12-07', end: '1945-09-02' } };
    expect(toRows('fullCaption', war)).toHaveLength(1);
    expect(toRows('circaDate', war)).toHaveLength(1);
    const afterWar = { ...fixtures.fullCaption, productionDates: [{ year: 1945, month: 9, day: 3, logicalDate: '1945-09-03' }] };
    expect(nationalArchiveAdapter.toRow(afterWar, war, 'tank')).toEqual({ drop: 'out of date window' });
    expect(keptRow('yearOutsideWindow', { ...defaultOptions, window: null }).doc_year).toBe(1898);
  });

  it('keeps a coverage span overlapping the window, undated', () => {
    const late = { ...defaultOptions, window: { start: '1945-01-01', end: '1950-12-31' } };
    expect(keptRow('coverageSpan', late).doc_year).toBeNull();
  });
});

describe('nationalArchiveAdapter.toRow: drops', () => {
  it.each<[FixtureName, string]>([
    ['noNaId', 'no record id'],
    ['pdfOnly', 'no image object'],
    ['videoOnly', 'no image object'],
    ['noDigitalObjects', 'no image object'],
    ['ftpImage', 'no image object'],
    ['excludedSeries', 'excluded series'],
    ['excludedRecordGroup', 'excluded series'],
    ['uselessTitle', 'useless title'],
    ['uselessTitlePlural', 'useless title'],
    ['uselessDescription', 'useless description'],
    ['queryNotInText', 'query not in text'],
    ['yearOutsideWindow', 'out of date window'],
    ['coverageBeforeWindow', 'out of date window'],
  ])('drops %s as "%s"', (name, reason) => {
    expect(toRows(name)).toEqual([{ drop: reason }]);
  });

  it('drops a cached record whose fields are not the Catalog’s shapes, naming the field', () => {
    // The hits cache is plain JSON: a record of another shape (an older HX4, an edit) is refused, not half read.
    const record = { naId: 77, title: 'A tank', scopeAndContentNote: 'A tank.', digitalObjects: [{ objectUrl: 'https://e.org/tank.jpg' }] };
    expect(keptRows([nationalArchiveAdapter.toRow(record, defaultOptions, 'tank')].flat())).toHaveLength(1);
    expect(nationalArchiveAdapter.toRow({ ...record, title: ['not', 'a string'] }, defaultOptions, 'tank')).toEqual({
      drop: 'unreadable record (title: expected string)',
    });
    expect(nationalArchiveAdapter.toRow({ ...record, productionDates: [{ year: 'soon' }] }, defaultOptions)).toEqual({
      drop: 'unreadable record (productionDates[].year: expected number)',
    });
    expect(nationalArchiveAdapter.toRow({ ...record, digitalObjects: [null] }, defaultOptions)).toEqual({
      drop: 'unreadable record (digitalObjects[]: expected Object)',
    });
  });
});
