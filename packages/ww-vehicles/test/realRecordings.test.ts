import { readFileSync } from 'node:fs';
import type { RowDraft } from '@hx4/core';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { FLAG_COUNTRIES, isVehiclePicture, LISTINGS, wwVehiclesAdapter, type VehicleImage } from '../src/index.js';

/**
 * No page of truck-encyclopedia.com was found saved anywhere. These are the real URLs and file names other
 * projects used against the site (fixtures/real/PROVENANCE.md), and what the adapter's rules make of them.
 */
const lines = (name: string) =>
  readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n');
const LISTING_URLS = lines('listing-urls.txt');
const IMAGE_URLS = lines('image-urls.txt');
const ARTICLE_URLS = lines('article-urls.txt');
const FURNITURE = lines('furniture-files.txt');

const REAL_SITE = 'https://truck-encyclopedia.com';
const options = { endpoint: wwVehiclesAdapter.defaultEndpoint, window: null };

describe("the reference collector's listing URLs", () => {
  it('are the catalogue, asked for at the same URLs on the real host', () => {
    expect(wwVehiclesAdapter.defaultEndpoint).toBe(REAL_SITE);
    expect(LISTINGS.map((listing) => wwVehiclesAdapter.pageRequest(listing.key, null, options).url).sort()).toEqual(
      [...LISTING_URLS].sort(),
    );
  });
});

describe('real picture URLs', () => {
  it('are all vehicle pictures: upper-case .JPG and .png included', () => {
    expect(IMAGE_URLS.filter((url) => !isVehiclePicture(new URL(url)))).toEqual([]);
  });

  it('give rows named by the file without its extension, with the URL kept as it is', () => {
    const rows = IMAGE_URLS.map((imageUrl) => {
      const [, war, country] = /^https:\/\/[^/]+\/(ww\d)\/(\w+)\//u.exec(imageUrl)!;
      // Only the picture URL is real: the article and the vehicle's name stand in.
      const record: VehicleImage = {
        listing: war === 'ww1' ? 'ww1' : `ww2 ${country}`,
        name: 'vehicle',
        section: null,
        articlePath: `/${war}/${country}/article.php`,
        articleUrl: `${REAL_SITE}/${war}/${country}/article.php`,
        imageUrl,
        caption: null,
        alt: null,
        war: war === 'ww1' ? 'WW1' : 'WW2',
        country: null,
      };
      return wwVehiclesAdapter.toRow(record, options) as RowDraft;
    });
    expect(rows.map((row) => row.img_url)).toEqual(IMAGE_URLS);
    expect(rows.map((row) => row.id)).toEqual([
      'Liberty_B2_Truck',
      'German_WWI_armoured_car_destroyed',
      'Dart-CC4-production',
      'Dodge_T-203_VF-407_Ambulance_12ton-serie',
      'Mack_NO',
      'Autocarretta-35',
    ]);
    // The site dates no picture; names such as "12ton" or "B2" are no years either.
    expect(rows.every((row) => row.doc_year === null)).toBe(true);
  });
});

describe("the reference collector's 29 flag and decoration files", () => {
  it('are all left out, wherever on the site they sit', () => {
    expect(FURNITURE).toHaveLength(29);
    const kept = FURNITURE.filter((file) =>
      ['/img/', '/ww2/us/', '/ww1/img/photos/'].some((folder) => isVehiclePicture(new URL(REAL_SITE + folder + file))),
    );
    expect(kept).toEqual([]);
  });

  it('include every flag the adapter reads a country from: 27 flags, 2 decorations', () => {
    expect(FURNITURE.filter((file) => FLAG_COUNTRIES.has(file))).toHaveLength(27);
    expect(FURNITURE.filter((file) => !FLAG_COUNTRIES.has(file))).toEqual(['challenge-coins.jpg', 'wehrmacht_structure_1939-1945.png']);
  });
});

describe('a real article URL', () => {
  it('is read as a vehicle of its listing, named after its file when the link has no text, from an absolute link on the bare host', () => {
    // Not a recorded page: the real link in the smallest listing page the adapter reads.
    const url = itemAt(ARTICLE_URLS, 0, 'article URL');
    const body = `<div class="content"><a href="${url}"><img src="thumbs/x.jpg" alt=""></a></div>`;
    expect(wwVehiclesAdapter.parsePage(body, 'ww2 us', null).records).toEqual([
      { listing: 'ww2 us', name: 'dodge WC 62 63 6x6', section: null, articlePath: '/ww2/us/dodge-WC-62-63-6x6.php' },
    ]);
    expect(wwVehiclesAdapter.parsePage(body.replace(url, 'dodge-WC-62-63-6x6.php'), 'ww2 us', null).records).toHaveLength(1);
  });
});
