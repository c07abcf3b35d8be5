import { readFileSync } from 'node:fs';
import { isDrop, type RowDraft } from '@hx4/core';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { createSmuAdapter, smuAdapter, type SmuRecord } from '../src/index.js';

const page = JSON.parse(readFileSync(new URL('./fixtures/searchPage.json', import.meta.url), 'utf8')) as { records: SmuRecord[] };
const info = JSON.parse(readFileSync(new URL('./fixtures/itemInfo.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const options = { endpoint: 'https://digitalcollections.smu.edu', window: smuAdapter.defaultWindow };
const photo = itemAt(page.records, 0, 'photograph record');
const album = itemAt(page.records, 1, 'album record');
const letter = itemAt(page.records, 2, 'letter record');
const described: SmuRecord = { ...photo, info };

function row(record: SmuRecord, adapter = smuAdapter): RowDraft {
  const result = adapter.toRow(record, options);
  if (Array.isArray(result) || isDrop(result)) throw new Error(`expected one row, got ${JSON.stringify(result)}`);
  return result;
}
const drop = (record: SmuRecord) => smuAdapter.toRow(record, options);
const withInfo = (fields: Record<string, unknown>): SmuRecord => ({ ...photo, info: { ...info, ...fields } });

describe('smuAdapter.toRow', () => {
  it('makes a row from the item metadata, with its IIIF image and item page', () => {
    expect(row(described)).toEqual({
      doc_id: 'ryr_2239',
      id: 'ryr_2239',
      img_url: 'https://digitalcollections.smu.edu/iiif/2/ryr:2239/full/max/0/default.jpg',
      doc_url: 'https://digitalcollections.smu.edu/digital/collection/ryr/id/2239',
      raw_doc_date: 'June 6, 1944',
      doc_year: 1944,
      doc_date: '1944-06-06',
      dateSource: 'date',
      country: null,
      title: 'Officers studying a map – Saint-Lô, France',
      description: 'Officers of the “T-Patchers” study a map near Saint-Lô. Photograph by Smith & Sons Studio.',
      extra: {
        collection: 'ryr',
        subjects: 'World War, 1939-1945; Soldiers--Texas',
        keywords: 'Army, Maps',
        note: 'Handwritten on verso: “Somewhere in France”.',
        rights: 'Permission to publish must be obtained from the library.',
      },
    });
  });

  it('sizes the IIIF image as the adapter was asked', () => {
    const adapter = createSmuAdapter({ iiifSize: '!512,512' });
    expect(row(described, adapter).img_url).toBe('https://digitalcollections.smu.edu/iiif/2/ryr:2239/full/!512,512/0/default.jpg');
  });

  it('reads empty fields ({}) as missing and falls back to Dublin Core nicks', () => {
    const sparse = row(
      withInfo({ descri: {}, notes: {}, keywor: {}, author: {}, subjec: 'Tanks (Military science)', rights: {}, title: {} }),
    );
    expect(sparse).toMatchObject({ title: null, description: null });
    expect(sparse.extra).toEqual({ collection: 'ryr', subjects: 'Tanks (Military science)', keywords: null, note: null, rights: null });
  });

  it('gives each image page of a compound object its own row with the parent’s metadata and page', () => {
    const albumPage = {
      ...album,
      info: { ...info, formge: 'Photograph albums' },
      page: { pointer: 1010, title: 'Front', file: '1010.jp2' },
    };
    expect(row(albumPage)).toMatchObject({
      doc_id: 'stn_1014',
      id: 'stn_1010',
      img_url: 'https://digitalcollections.smu.edu/iiif/2/stn:1010/full/max/0/default.jpg',
      doc_url: 'https://digitalcollections.smu.edu/digital/collection/stn/id/1014',
      title: 'Officers studying a map – Saint-Lô, France',
    });
  });

  it('drops non-photographs by their type and genre fields, not by words elsewhere', () => {
    expect(drop(withInfo({ formge: 'Real photographic postcards' }))).toEqual({ drop: 'excluded genre' });
    expect(drop(withInfo({ formge: 'Maps' }))).toEqual({ drop: 'excluded genre' });
    expect(drop({ ...photo, info: { ...info, formge: {}, format: 'Drawings' } })).toEqual({ drop: 'excluded genre' });
    expect(drop(withInfo({ type: 'Text' }))).toEqual({ drop: 'not an image type' });
    expect(drop(withInfo({ type: 'Moving Image' }))).toEqual({ drop: 'not an image type' });
    // "map" in the title, "Maps" as a keyword, "photographic print" and "letters" in the physical description: all kept.
    expect(isDrop(row(withInfo({ formge: 'Photographic prints', type: 'StillImage', physic: '1 print; letters on verso' })))).toBe(false);
    expect(isDrop(row(withInfo({ formge: 'Lantern slides; Black-and-white photographs', type: 'Image; Text' })))).toBe(false);
    expect(isDrop(row(withInfo({ formge: 'Newsletter photographs' })))).toBe(false);
  });

  it('drops records whose file is not an image, before or after their metadata is fetched', () => {
    expect(drop(letter)).toEqual({ drop: 'not an image file' });
    expect(drop({ ...photo, filetype: 'mp4', info })).toEqual({ drop: 'not an image file' });
    expect(drop({ ...photo, filetype: undefined, info })).toEqual({ drop: 'not an image file' });
  });

  it('compares the date window numerically and keeps undated items', () => {
    expect(drop(withInfo({ date: '1985', datea: '1985' }))).toEqual({ drop: 'out of date window' });
    expect(drop(withInfo({ date: 'December 31, 1899', datea: {} }))).toEqual({ drop: 'out of date window' });
    expect(row(withInfo({ date: 'January 1, 1900', datea: {} })).doc_date).toBe('1900-01-01');
    expect(row(withInfo({ date: '1960s', datea: {} }))).toMatchObject({ doc_year: null, doc_date: null, raw_doc_date: '1960s' });
    expect(drop(withInfo({ date: '1970s', datea: {} }))).not.toEqual({ drop: 'out of date window' });
    expect(row(withInfo({ date: {}, datea: {} }))).toMatchObject({ raw_doc_date: null, doc_year: null });
    expect(createSmuAdapter().toRow(withInfo({ date: '1985', datea: {} }), { ...options, window: null })).not.toHaveProperty('drop');
  });

  it('refuses a record from the search fields alone when its metadata was not fetched for that reason', () => {
    expect(drop({ ...photo, date: '1985' })).toEqual({ drop: 'out of date window' });
    expect(drop({ ...photo, formge: 'Posters' })).toEqual({ drop: 'excluded genre' });
  });

  it('drops records without an id and records left unexpanded', () => {
    expect(drop({ ...described, collection: undefined })).toEqual({ drop: 'no record id' });
    expect(drop({ ...described, pointer: 'x12' })).toEqual({ drop: 'no record id' });
    expect(drop(photo)).toEqual({ drop: 'item metadata not fetched' });
    expect(drop({ ...album, info })).toEqual({ drop: 'item metadata not fetched' });
  });

  it('reads a collection’s own fields of unexpected shapes as empty, without a crash', () => {
    // Each collection catalogues what it likes: its fields are open in the schema and read by fieldText.
    const odd = row(withInfo({ title: ['a'], descri: 42, keywor: { x: 1 }, author: null, date: true, notes: '   ' }));
    expect(odd).toMatchObject({ title: null, description: '42', doc_year: 1944 });
    expect(odd.extra).toMatchObject({ keywords: null, subjects: null, note: null });
  });

  it('drops a cached record whose own fields are not CONTENTdm’s shapes, naming the field', () => {
    expect(smuAdapter.toRow({ ...described, pointer: [2239] }, options)).toEqual({
      drop: 'unreadable record (pointer: expected (number | string))',
    });
    expect(smuAdapter.toRow({ ...described, fieldMap: { title: ['title'] } }, options)).toEqual({
      drop: 'unreadable record (fieldMap.description: expected a value)',
    });
    expect(smuAdapter.recordRef({ ...described, info: 'none' }, options)).toBeNull();
  });
});
