import type { AdapterOptions } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { captionYear, fullSizeUrl, wwiiAdapter, type WwiiRecord } from '../src/index.js';

const SITE = 'https://www.worldwarphotos.info';
const OPTIONS: AdapterOptions = { endpoint: SITE, window: wwiiAdapter.defaultWindow };
const FOLDER = `${SITE}/wp-content/gallery/usa/tanks/m4_sherman`;

const expanded = (fields: Partial<WwiiRecord> = {}): WwiiRecord => ({
  gallery: 'usa tanks m4_sherman',
  attachmentUrl: `${SITE}/gallery/usa/tanks/m4_sherman/m4-sherman-normandy-1944/`,
  thumbnailUrl: `${FOLDER}/_cache/M4_Sherman_Normandy_1944-150x150.jpg`,
  alt: 'Sherman',
  galleryCaption: 'Sherman tank in France',
  title: 'M4 Sherman in Normandy',
  caption: 'M4 Sherman of the 2nd Armored Division near Saint-Lô, July 1944.',
  imageUrl: `${FOLDER}/M4_Sherman_Normandy_1944.jpg`,
  ...fields,
});

const toRow = (record: WwiiRecord, options = OPTIONS) => wwiiAdapter.toRow(record, options);

describe('toRow', () => {
  it('fills every column from the attachment page, the year from the caption and the country from the catalogue', () => {
    expect(toRow(expanded())).toEqual({
      doc_id: '/gallery/usa/tanks/m4_sherman/m4-sherman-normandy-1944/',
      id: 'M4_Sherman_Normandy_1944',
      img_url: `${FOLDER}/M4_Sherman_Normandy_1944.jpg`,
      doc_url: `${SITE}/gallery/usa/tanks/m4_sherman/m4-sherman-normandy-1944/`,
      raw_doc_date: '1944',
      doc_year: 1944,
      doc_date: '1944',
      country: 'United States',
      title: 'M4 Sherman in Normandy',
      description: 'M4 Sherman of the 2nd Armored Division near Saint-Lô, July 1944.',
      dateSource: 'caption',
    });
  });

  it('says where the year came from: the caption, else the title; an undated row names none', () => {
    expect(toRow(expanded({ caption: 'Crew at rest', title: 'Sherman crew 1943' }))).toMatchObject({ doc_year: 1943, dateSource: 'title' });
    expect(toRow(expanded({ caption: 'Crew at rest', title: 'Sherman crew' }))).not.toHaveProperty('dateSource');
  });

  it('recovers the full-size image from the thumbnail when the page has no link to it', () => {
    const row = toRow(
      expanded({ imageUrl: null, thumbnailUrl: '/wp-content/gallery/usa/tanks/m4_sherman/_cache/Sherman_crew-150x150.jpg' }),
    );
    expect(row).toMatchObject({ img_url: `${FOLDER}/Sherman_crew.jpg`, id: 'Sherman_crew' });
  });

  it('falls back to the alt text and the gallery caption, and keeps undated images', () => {
    const row = toRow(expanded({ title: null, caption: null, galleryCaption: 'Sherman tanks in France' }));
    expect(row).toMatchObject({
      title: 'Sherman',
      description: 'Sherman tanks in France',
      doc_year: null,
      doc_date: null,
      raw_doc_date: null,
    });
  });

  it('uses the gallery page as the document of an image linked straight from it', () => {
    const row = toRow(expanded({ attachmentUrl: null }));
    expect(row).toMatchObject({ doc_url: `${SITE}/gallery/usa/tanks/m4_sherman/`, doc_id: '/gallery/usa/tanks/m4_sherman/' });
  });

  it('drops images dated outside the window by year, and keeps every image without a window', () => {
    expect(toRow(expanded({ caption: 'Sherman prototype at Aberdeen, 1938.' }))).toEqual({ drop: 'out of date window' });
    expect(toRow(expanded({ caption: 'Preserved Sherman at a museum, 1946.' }))).toEqual({ drop: 'out of date window' });
    expect(toRow(expanded({ caption: 'Sherman in Italy, 1945.' }))).toMatchObject({ doc_year: 1945 });
    const narrow = { ...OPTIONS, window: { start: '1942-01-01', end: '1943-12-31' } };
    expect(toRow(expanded({ caption: 'Winter 1941.' }), narrow)).toEqual({ drop: 'out of date window' });
    expect(toRow(expanded({ caption: 'Tunisia, 1943.' }), narrow)).toMatchObject({ doc_year: 1943 });
    expect(toRow(expanded({ caption: 'Sherman prototype, 1938.' }), { ...OPTIONS, window: null })).toMatchObject({ doc_year: 1938 });
  });

  it('drops a record without any image URL, and one whose gallery it cannot read', () => {
    expect(toRow(expanded({ imageUrl: null, thumbnailUrl: null }))).toEqual({ drop: 'no image url' });
    expect(toRow(expanded({ imageUrl: 'javascript:void(0)', thumbnailUrl: 'data:image/gif;base64,R0lGOD' }))).toEqual({
      drop: 'no image url',
    });
    expect(toRow({ ...expanded(), gallery: 'usa/../tanks' })).toEqual({ drop: 'no gallery' });
  });

  it('drops a cached record whose fields are not the shapes HX4 wrote, naming the field', () => {
    // The hits cache is plain JSON: a record of another shape (an older HX4, an edit) is refused, not half read.
    expect(wwiiAdapter.toRow({ ...expanded(), title: 7 }, OPTIONS)).toEqual({ drop: 'unreadable record (title: expected string)' });
    expect(wwiiAdapter.toRow({ ...expanded(), gallery: 42 }, OPTIONS)).toEqual({ drop: 'unreadable record (gallery: expected string)' });
    expect(wwiiAdapter.recordRef({ ...expanded(), caption: ['x'] }, OPTIONS)).toBeNull();
  });

  it('leaves the country empty for a gallery outside the catalogue', () => {
    expect(toRow(expanded({ gallery: 'usa tanks m26-pershing' }))).toMatchObject({ country: null });
  });
});

describe('captionYear', () => {
  it('takes the first year standing alone, from the first text that has one', () => {
    expect(captionYear('Tiger I near Kursk, July 1943.')).toBe(1943);
    expect(captionYear('Sakae_12_1942.jpg')).toBe(1942);
    expect(captionYear(null, 'Spitfire, summer 1940')).toBe(1940);
    expect(captionYear('no year here', 'Hurricane 1941, Malta 1942')).toBe(1941);
    expect(captionYear('Winter 1941/42')).toBe(1941);
  });

  it('finds no year in model names, numbers, decades or ranges', () => {
    expect(captionYear('M1917 revolver')).toBeNull();
    expect(captionYear('Fw 190 A-8 of JG 1, serial 191942')).toBeNull();
    expect(captionYear('Bombers of the 1940s')).toBeNull();
    expect(captionYear('Campaign 1939-1945')).toBeNull();
    expect(captionYear(undefined, '')).toBeNull();
  });
});

describe('fullSizeUrl', () => {
  it('takes the cache folder and the size suffix out of a thumbnail URL', () => {
    expect(fullSizeUrl(`${FOLDER}/_cache/M4_Sherman-150x150.jpg`)).toBe(`${FOLDER}/M4_Sherman.jpg`);
    expect(fullSizeUrl(`${SITE}/wp-content/uploads/2019/05/Panther-1024x683.JPG?ver=2`)).toBe(
      `${SITE}/wp-content/uploads/2019/05/Panther.JPG`,
    );
    expect(fullSizeUrl(`${SITE}/wp-content/uploads/2019/05/P-51D-300x200.jpeg`)).toBe(`${SITE}/wp-content/uploads/2019/05/P-51D.jpeg`);
  });

  it('leaves a URL without a size alone and refuses what is not an http(s) URL', () => {
    expect(fullSizeUrl(`${FOLDER}/Tiger-131.jpg`)).toBe(`${FOLDER}/Tiger-131.jpg`);
    expect(fullSizeUrl('not a url')).toBeNull();
    expect(fullSizeUrl('ftp://example.org/a-150x150.jpg')).toBeNull();
  });
});
