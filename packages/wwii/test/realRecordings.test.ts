import { readFileSync } from 'node:fs';
import { ArchiveResponseError, type AdapterOptions, type RowDraft } from '@hx4/core';
import { load } from 'cheerio';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { captionYear, fullSizeUrl, GALLERIES, galleryKey, wwiiAdapter, type WwiiRecord } from '../src/index.js';

/** Real material only: see fixtures/real/PROVENANCE.md for where each file comes from. */
const real = (name: string) => readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8');
const lines = (name: string) => real(name).trim().split('\n');

const SITE = 'https://www.worldwarphotos.info';
const OPTIONS: AdapterOptions = { endpoint: SITE, window: wwiiAdapter.defaultWindow };
const HOME = real('worldwarphotos-home.html');
const GALLERY_URLS = lines('imaccess-gallery-urls.txt');
const IMAGE_URLS = lines('imaccess-image-urls.txt');
/** The gallery folders the real home page links (its menus and country icons), each once. */
const HOME_FOLDERS = [
  ...new Set(
    load(HOME)(`a[href^="${SITE}/gallery/"]`)
      .map((_, a) => a.attribs.href)
      .toArray(),
  ),
];

/** The real home page's thumbnails, as written: the six country folders' icons. */
const HOME_THUMBNAILS = [
  `${SITE}/wp-content/gallery/france/normandy-1944/_cache/British_soldiers_pass_ruins_of_St_Desir_Church_in_Lisieux_Normandy-150x150.jpg`,
  `${SITE}/wp-content/gallery/germany/tanks/panther-tank/_cache/Panther_Ausf_D_1944-150x150.jpg`,
  `${SITE}/wp-content/gallery/japan/aircrafts/yokosuka-mxy7-ohka/_cache/Yokosuka_Ohka_Baka_found_in_Hangar_Japan_September_1945-150x150.jpg`,
  `${SITE}/wp-content/gallery/uk/raf/spitfire/_cache/Spitfire_ZM_M-150x150.jpg`,
  `${SITE}/wp-content/gallery/usa/aircrafts/tbu-tby/_cache/XTBU-1_dec41-150x150.jpg`,
  `${SITE}/wp-content/gallery/ussr/spg/su-85/_cache/su85_east_prussia-150x150.jpg`,
];

/** A row made from a real image URL alone, as for a thumbnail linking straight to its file. */
function rowOf(gallery: string, imageUrl: string): RowDraft {
  const record: WwiiRecord = { gallery, attachmentUrl: null, thumbnailUrl: null, alt: null, galleryCaption: null, imageUrl };
  return wwiiAdapter.toRow(record, OPTIONS) as RowDraft;
}

describe('the real home page (silverfoxy/JSCryptoMinerStudy, saved 2018)', () => {
  it('is not taken for a gallery: its heading is an empty h3, not the h2 a gallery folder has', () => {
    expect(() => wwiiAdapter.parsePage(HOME, 'home', null)).toThrow(ArchiveResponseError);
    expect(() => wwiiAdapter.parsePage(HOME, 'home', null)).toThrow(/^gallery "home" page 1 has no h2.entry-title or .entry-content/);
  });

  it('gives no record: its six thumbnails are Eazyest folder icons linking to folders, not photos', () => {
    const thumbnails = load(HOME)('.entry-content img.attachment-thumbnail');
    expect(thumbnails.map((_, img) => img.attribs.src).toArray()).toEqual(HOME_THUMBNAILS);
    // The only change to the real page: a gallery folder's h2 heading, so the parser reads its content.
    const asFolder = HOME.replace('<h3 class="entry-title"></h3>', '<h2 class="entry-title">World War Photos</h2>');
    expect(wwiiAdapter.parsePage(asFolder, 'home', null)).toEqual({ records: [], next: null });
  });

  it("turns the real thumbnails into the full-size files' URLs, ids and years", () => {
    const full = HOME_THUMBNAILS.map((url) => fullSizeUrl(url)!);
    expect(full.map((url) => url.slice(`${SITE}/wp-content/gallery/`.length))).toEqual([
      'france/normandy-1944/British_soldiers_pass_ruins_of_St_Desir_Church_in_Lisieux_Normandy.jpg',
      'germany/tanks/panther-tank/Panther_Ausf_D_1944.jpg',
      'japan/aircrafts/yokosuka-mxy7-ohka/Yokosuka_Ohka_Baka_found_in_Hangar_Japan_September_1945.jpg',
      'uk/raf/spitfire/Spitfire_ZM_M.jpg',
      'usa/aircrafts/tbu-tby/XTBU-1_dec41.jpg',
      'ussr/spg/su-85/su85_east_prussia.jpg',
    ]);
    expect(full.map((url) => rowOf('uk raf spitfire', url).id)).toEqual([
      'British_soldiers_pass_ruins_of_St_Desir_Church_in_Lisieux_Normandy',
      'Panther_Ausf_D_1944',
      'Yokosuka_Ohka_Baka_found_in_Hangar_Japan_September_1945',
      'Spitfire_ZM_M',
      'XTBU-1_dec41',
      'su85_east_prussia',
    ]);
    // Years the real names carry, with `_` around them (the reference's `\b` missed these); "dec41",
    // "su85" and "XTBU-1" are no years.
    expect(full.map((url) => captionYear(url.slice(url.lastIndexOf('/') + 1)))).toEqual([null, 1944, 1945, null, null, null]);
  });

  it('links folders whose paths are gallery keys the adapter can ask for again', () => {
    expect(HOME_FOLDERS).toHaveLength(38);
    for (const url of HOME_FOLDERS) {
      const key = galleryKey(new URL(url).pathname);
      expect(wwiiAdapter.pageRequest(key, null, OPTIONS).url).toBe(url);
    }
  });

  it('links folders the catalogue reads, but for the country folders and sections that list galleries it reads', () => {
    const read = GALLERIES.map((gallery) => SITE + gallery.path);
    const listing = HOME_FOLDERS.filter((url) => !read.includes(url));
    expect(HOME_FOLDERS.filter((url) => read.includes(url))).toHaveLength(14);
    expect(listing).toHaveLength(24);
    for (const url of listing)
      expect(
        read.some((gallery) => gallery.startsWith(url)),
        url,
      ).toBe(true);
  });
});

describe("the reference collector's 417 real gallery URLs (mrgransky/ImACCESS)", () => {
  it('are all asked for at the same URL through their gallery key, but the one without a trailing slash', () => {
    const [slashless, ...others] = [...GALLERY_URLS].sort((a, b) => Number(a.endsWith('/')) - Number(b.endsWith('/')));
    expect(slashless).toBe(`${SITE}/gallery/japan/aircrafts/e16a`);
    expect(others.every((url) => url.endsWith('/'))).toBe(true);
    for (const url of others) expect(wwiiAdapter.pageRequest(galleryKey(new URL(url).pathname), null, OPTIONS).url).toBe(url);
  });

  it('are all read by the catalogue but the one without a trailing slash, which HX4 would ask for with one', () => {
    const read = new Set(GALLERIES.map((gallery) => SITE + gallery.path));
    expect(GALLERY_URLS.filter((url) => !read.has(url))).toEqual([`${SITE}/gallery/japan/aircrafts/e16a`]);
  });
});

describe("the reference collector's real full-size image URLs (mrgransky/ImACCESS align.py)", () => {
  it('are kept as they are, named by their file, and dated by the year in the name', () => {
    expect(IMAGE_URLS.map((url) => fullSizeUrl(url))).toEqual(IMAGE_URLS);
    const zero = itemAt(IMAGE_URLS, 0, 'image URL');
    const betty = itemAt(IMAGE_URLS, 1, 'image URL');
    const rows = [rowOf('japan aircrafts a6m-zero', zero), rowOf('japan aircrafts g4m', betty)];
    expect(rows.map((row) => [row.id, row.img_url, row.doc_url, row.country])).toEqual([
      ['Nakajima_Sakae_12_1942', zero, `${SITE}/gallery/japan/aircrafts/a6m-zero/`, 'Japan'],
      ['G4M_Betty_Bomber_TAIU', betty, `${SITE}/gallery/japan/aircrafts/g4m/`, 'Japan'],
    ]);
    expect(IMAGE_URLS.map((url) => captionYear(url.slice(url.lastIndexOf('/') + 1)))).toEqual([1942, null]);
  });

  it('live in an upload folder named like their gallery, where the section keeps its name', () => {
    const folders = IMAGE_URLS.map((url) => new URL(url).pathname.replace(/[^/]+$/u, '').replace('/wp-content', ''));
    expect(folders.every((folder) => GALLERY_URLS.includes(SITE + folder))).toBe(true);
  });
});
