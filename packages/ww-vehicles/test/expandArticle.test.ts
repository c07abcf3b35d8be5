import { readFileSync } from 'node:fs';
import { HttpError, type DetailFetcher } from '@hx4/core';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { wwVehiclesAdapter, type VehicleArticle, type VehicleImage } from '../src/index.js';

const SITE = 'https://www.truck-encyclopedia.com';
const options = { endpoint: SITE, window: null };
const articleHtml = readFileSync(new URL('./fixtures/article.html', import.meta.url), 'utf8');

/** Pages from memory; an unknown URL answers 404 like the site would. */
function fetcherFor(pages: Record<string, string>): DetailFetcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async getText(url) {
      asked.push(url);
      const page = Object.hasOwn(pages, url) ? pages[url] : undefined;
      if (page === undefined) throw new HttpError('status', url, `404 from ${url}`, 1, 404);
      return page;
    },
    async getJson() {
      throw new Error('the encyclopedia has no JSON');
    },
  };
}

const article = (overrides: Partial<VehicleArticle> = {}): VehicleArticle => ({
  listing: 'ww2 germany',
  name: 'Opel Blitz',
  section: 'Light trucks',
  articlePath: '/ww2/germany/Opel-Blitz.php',
  ...overrides,
});

const expand = (record: VehicleArticle, fetch: DetailFetcher, endpoint = SITE) =>
  wwVehiclesAdapter.expandRecord!(record, fetch, { ...options, endpoint }) as Promise<VehicleImage[]>;

describe('wwVehiclesAdapter.expandRecord (a vehicle article)', () => {
  it('fetches the article and gives one record per vehicle picture with its own caption, war and country', async () => {
    const fetch = fetcherFor({ [`${SITE}/ww2/germany/Opel-Blitz.php`]: articleHtml });
    const images = await expand(article(), fetch);
    expect(fetch.asked).toEqual([`${SITE}/ww2/germany/Opel-Blitz.php`]);
    expect(images.map(({ imageUrl, caption, alt }) => ({ imageUrl, caption, alt }))).toEqual([
      {
        imageUrl: `${SITE}/ww2/germany/photos/big/Opel_Blitz_Russia.jpg`,
        caption: 'An Opel Blitz in the Russian mud, 1942',
        alt: 'Opel Blitz',
      },
      { imageUrl: `${SITE}/ww2/germany/photos/Opel_Blitz_3.6-36S.JPG`, caption: 'The 4x2 3.6-36S', alt: 'Opel Blitz 3.6-36S' },
      { imageUrl: `${SITE}/ww2/germany/photos/Blitz%20Bus.png`, caption: 'The Opel Blitz bus, W39 body', alt: 'bus' },
      { imageUrl: `${SITE}/ww2/germany/photos/Maultier_lazy.jpg`, caption: null, alt: 'Maultier half-track conversion' },
      { imageUrl: `${SITE}/ww2/germany/photos/Blitz_large.jpg`, caption: null, alt: 'Opel Blitz' },
    ]);
    for (const image of images) {
      expect(image).toMatchObject({
        listing: 'ww2 germany',
        name: 'Opel Blitz',
        section: 'Light trucks',
        articlePath: '/ww2/germany/Opel-Blitz.php',
        articleUrl: `${SITE}/ww2/germany/Opel-Blitz.php`,
        war: 'WW2',
        country: 'Germany',
      });
    }
  });

  it('leaves out flags, GIFs, slides, icons, tiny images, decorations and pictures outside div.content', async () => {
    const images = await expand(article(), fetcherFor({ [`${SITE}/ww2/germany/Opel-Blitz.php`]: articleHtml }));
    const urls = images.map((image) => image.imageUrl).join(' ');
    for (const left of ['germany_r', '.gif', '.GIF', 'slide', 'ico_pdf', 'button', 'challenge-coins', 'de.png', 'data:', 'Footer_Truck']) {
      expect(urls).not.toContain(left);
    }
  });

  it('takes the country of a multi-country (WW1) listing from the article flag', async () => {
    const html = `<div class="content"><img src="../img/flags/gb_r.gif"><img src="img/photos/Thornycroft_J.jpg"><br><em>Thornycroft J</em></div>`;
    const fetch = fetcherFor({ [`${SITE}/ww1/Thornycroft-J.php`]: html });
    const [image] = await expand(article({ listing: 'ww1', name: 'Thornycroft J', articlePath: '/ww1/Thornycroft-J.php' }), fetch);
    expect(image).toMatchObject({
      war: 'WW1',
      country: 'United Kingdom',
      imageUrl: `${SITE}/ww1/img/photos/Thornycroft_J.jpg`,
      caption: 'Thornycroft J',
    });
    const unflagged = `<div class="content"><img src="../img/axis_r.jpg"><img src="img/photos/Unknown.jpg"></div>`;
    const expanded = await expand(
      article({ listing: 'ww1', articlePath: '/ww1/Unknown.php' }),
      fetcherFor({ [`${SITE}/ww1/Unknown.php`]: unflagged }),
    );
    const orphan = itemAt(expanded, 0, 'expanded record');
    expect(orphan.country).toBeNull();
  });

  it('fetches from an endpoint with a path, keeping links relative to the article', async () => {
    const endpoint = 'http://127.0.0.1:4010/ww-vehicles';
    const html = '<div class="content"><img src="photos/A.jpg"><img src="../../img/photos/B.jpg"></div>';
    const images = await expand(article(), fetcherFor({ [`${endpoint}/ww2/germany/Opel-Blitz.php`]: html }), endpoint);
    expect(images.map((image) => image.imageUrl)).toEqual([`${endpoint}/ww2/germany/photos/A.jpg`, `${endpoint}/img/photos/B.jpg`]);
  });

  it('throws a short reason for an article without div.content, and for one without a vehicle picture', async () => {
    const moved = '<html><body><div class="main"><img src="photos/A.jpg"></div></body></html>';
    await expect(expand(article(), fetcherFor({ [`${SITE}/ww2/germany/Opel-Blitz.php`]: moved }))).rejects.toThrow(
      /^article has no div\.content$/,
    );
    const flagsOnly = '<div class="content"><img src="../../img/germany_r.jpg"><img src="../../img/slide2.jpg"></div>';
    await expect(expand(article(), fetcherFor({ [`${SITE}/ww2/germany/Opel-Blitz.php`]: flagsOnly }))).rejects.toThrow(
      /^article has no vehicle picture$/,
    );
  });

  it("passes the fetcher's HTTP failures on, for the core to drop (404) or retry (5xx)", async () => {
    await expect(expand(article({ articlePath: '/ww2/germany/Gone.php' }), fetcherFor({}))).rejects.toBeInstanceOf(HttpError);
  });

  it('refuses a record that is not a vehicle article', async () => {
    await expect(expand({ listing: 'ww2 germany' } as VehicleArticle, fetcherFor({}))).rejects.toThrow(
      'unreadable record (name: expected a value)',
    );
  });
});
