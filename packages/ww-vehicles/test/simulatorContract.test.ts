import { readFileSync } from 'node:fs';
import { startSimulator, type Simulator } from '@hx4/testkit';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTINGS, wwVehiclesAdapter } from '../src/index.js';
import { wwVehiclesSimulator } from '../src/simulator/index.js';

/**
 * The simulator held to what is known of the real site. No page of it was found saved, so the facts are:
 * - REFERENCE: the reference collector that ran against the real site, /work/shared/reference/collectors-html-sites.md §3
 *   (mrgransky/ImACCESS datasets/ww_vehicles/data_collector.py);
 * - REAL URLS: real listing, article and picture URLs and furniture file names, fixtures/real/ (PROVENANCE.md).
 */
const lines = (name: string) =>
  readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n');
const REAL_LISTINGS = lines('listing-urls.txt').map((url) => new URL(url).pathname);
const REAL_IMAGES = lines('image-urls.txt').map((url) => new URL(url).pathname);
const REAL_ARTICLES = lines('article-urls.txt').map((url) => new URL(url).pathname);
const FURNITURE = new Set(lines('furniture-files.txt'));

/** The real layouts of pictures: WW1 photos, WW2 photos in the country's `photos/`, WW2 drawings in the country folder. */
const PICTURE_LAYOUTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['ww1 photos', /^\/ww1\/img\/photos\/(?:big\/)?[\w.-]+\.(?:jpe?g|JPG|png)$/u],
  ['ww2 photos', /^\/ww2\/[a-z]+\/photos\/(?:big\/)?[\w.-]+\.(?:jpe?g|JPG|png)$/u],
  ['ww2 drawings', /^\/ww2\/[a-z]+\/(?:big\/)?[\w.-]+\.png$/u],
];
const layoutOf = (path: string) => PICTURE_LAYOUTS.find(([, pattern]) => pattern.test(path))?.[0] ?? null;

let sim: Simulator;
let site: string;
const articles = new Map<string, CheerioAPI>();
const listings = new Map<string, CheerioAPI>();

beforeAll(async () => {
  sim = await startSimulator({ archives: [wwVehiclesSimulator({ vehiclesPerListing: 10, imageSize: [64, 48] })] });
  site = sim.endpoint('ww-vehicles');
  for (const listing of LISTINGS) {
    const $ = load(await (await fetch(site + listing.path)).text());
    listings.set(listing.path, $);
    const records = wwVehiclesAdapter.parsePage($.html(), listing.key, null).records;
    for (const { articlePath } of records) {
      const response = await fetch(site + articlePath);
      if (response.ok) articles.set(articlePath, load(await response.text()));
    }
  }
});
afterAll(() => sim.close());

/** Site paths of the pictures inside a page's first `div.content`, resolved against the page as the reference did. */
function contentPictures($: CheerioAPI, pagePath: string): string[] {
  return $('div.content')
    .first()
    .find('img')
    .map((_, img) => $(img).attr('data-src') ?? $(img).attr('src') ?? '')
    .toArray()
    .map((src) => new URL(src, site + pagePath).pathname.slice(new URL(site).pathname.length));
}

describe('listing pages (REFERENCE, REAL URLS)', () => {
  it("are the reference's nine, each a page whose first div.content holds the vehicles", () => {
    expect(LISTINGS.map((listing) => listing.path).sort()).toEqual([...REAL_LISTINGS].sort());
    for (const [path, $] of listings) {
      expect($('div.content').length, path).toBe(1);
      expect($('div.content a[href$=".php"]').length, path).toBeGreaterThan(5);
    }
  });

  it("give thumbnails with the alt text and link titles the reference read (label = alt, title = parent a's title)", () => {
    const $ = listings.get('/ww2/germany/german-trucks.php')!;
    expect($('div.content a[title] > img[alt]').filter((_, img) => $(img).attr('alt') !== '').length).toBeGreaterThan(0);
  });

  it('link articles in their own folder by .php file names of mixed case, hyphens and dots, as the real /ww2/us/dodge-WC-62-63-6x6.php', () => {
    const FILE = /^\/ww[12]\/(?:[a-z]+\/)?[A-Za-z0-9.-]+\.php$/u;
    expect(REAL_ARTICLES.every((path) => FILE.test(path))).toBe(true);
    expect([...articles.keys()].every((path) => FILE.test(path))).toBe(true);
  });
});

describe('pictures (REAL URLS)', () => {
  it('follow the real layouts, and every real layout is served', () => {
    expect(REAL_IMAGES.map(layoutOf)).toEqual(['ww1 photos', 'ww1 photos', 'ww1 photos', 'ww2 photos', 'ww2 photos', 'ww2 drawings']);
    const served = new Set<string>();
    for (const [path, $] of articles) {
      for (const picture of contentPictures($, path)) {
        if (picture.startsWith('/img/')) continue; // site furniture, below
        const layout = layoutOf(picture);
        expect(layout, picture).not.toBeNull();
        served.add(layout!);
      }
    }
    expect(served).toEqual(new Set(PICTURE_LAYOUTS.map(([name]) => name)));
  });

  it('include upper-case .JPG (the real /ww2/us/photos/Mack_NO.JPG) and .png, linked relatively (the reference resolved src against the page)', () => {
    const sources = [...articles].flatMap(([, $]) =>
      $('div.content img')
        .map((_, img) => $(img).attr('data-src') ?? $(img).attr('src'))
        .toArray(),
    );
    expect(REAL_IMAGES.some((path) => path.endsWith('.JPG'))).toBe(true);
    expect(sources.some((src) => src.endsWith('.JPG'))).toBe(true);
    expect(sources.some((src) => src.endsWith('.png'))).toBe(true);
    expect(sources.every((src) => !/^[a-z]+:/u.test(src))).toBe(true);
  });

  it('come with the captions the reference read: an em after the picture, and pictures in tables', () => {
    const $ = [...articles.values()];
    expect($.some((page) => page('div.content img + br + em, div.content a:has(img) + br + em').length > 0)).toBe(true);
    expect($.some((page) => page('div.content td img').length > 0)).toBe(true);
  });
});

describe('site furniture (REFERENCE skip rules, REAL URLS furniture-files.txt)', () => {
  it('serves only flags and decorations the reference knew, plus GIFs and slides, which it skipped by rule', () => {
    const furniture = new Set<string>();
    for (const [path, $] of [...articles, ...listings]) {
      for (const picture of contentPictures($, path)) {
        if (picture.startsWith('/img/')) furniture.add(picture.slice(picture.lastIndexOf('/') + 1).toLowerCase());
      }
    }
    const unknown = [...furniture].filter((file) => !FURNITURE.has(file) && !file.endsWith('.gif') && !/^slide\d+\.jpg$/u.test(file));
    // Share icons (`ico_pdf.png`) are not in the reference's lists: the adapter drops icons by rule.
    expect(unknown.filter((file) => !/^ico/u.test(file))).toEqual([]);
    expect([...furniture].filter((file) => FURNITURE.has(file)).length).toBeGreaterThan(8);
    expect([...furniture].some((file) => file.endsWith('.gif'))).toBe(true);
    expect([...furniture].some((file) => /^slide\d+\.jpg$/u.test(file))).toBe(true);
  });
});
