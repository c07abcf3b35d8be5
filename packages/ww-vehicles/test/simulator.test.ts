import { HttpError, type DetailFetcher } from '@hx4/core';
import { itemAt, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTINGS, wwVehiclesAdapter, type VehicleArticle, type VehicleImage } from '../src/index.js';
import { wwVehiclesSimulator } from '../src/simulator/index.js';

const VEHICLES = 6;
let sim: Simulator;
let endpoint: string;

beforeAll(async () => {
  sim = await startSimulator({
    archives: [wwVehiclesSimulator({ vehiclesPerListing: VEHICLES, imageSize: [64, 48], redesignedListings: ['ww2 japan'] })],
  });
  endpoint = sim.endpoint('ww-vehicles');
});
afterAll(() => sim.close());

const options = () => ({ endpoint, window: null });

async function page(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

/** A DetailFetcher over plain fetch: the core's own one is tested in the core. */
const fetcher: DetailFetcher = {
  async getText(url) {
    const { status, body } = await page(url);
    if (status !== 200) throw new HttpError('status', url, `${status} from ${url}`, 1, status);
    return body;
  },
  async getJson() {
    throw new Error('not used');
  },
};

async function listing(key: string): Promise<VehicleArticle[]> {
  const request = wwVehiclesAdapter.pageRequest(key, null, options());
  expect(request.responseType).toBe('text');
  const { status, body } = await page(request.url);
  expect(status).toBe(200);
  return wwVehiclesAdapter.parsePage(body, key, null).records;
}

/** Every article of the site, expanded, or the reason it cannot be. */
let expanded: Promise<{ images: VehicleImage[]; failures: string[] }> | undefined;
const expandAll = () => (expanded ??= expandSite());

async function expandSite(): Promise<{ images: VehicleImage[]; failures: string[] }> {
  const images: VehicleImage[] = [];
  const failures: string[] = [];
  for (const { key } of LISTINGS.filter((entry) => entry.key !== 'ww2 japan')) {
    for (const record of await listing(key)) {
      try {
        images.push(...((await wwVehiclesAdapter.expandRecord!(record, fetcher, options())) as VehicleImage[]));
      } catch (error) {
        failures.push(error instanceof HttpError ? `http-${error.status}` : (error as Error).message);
      }
    }
  }
  return { images, failures };
}

describe('WW vehicles simulator', () => {
  it('serves every catalogue listing with its vehicles, linked to articles in the listing folder', async () => {
    for (const { key, path } of LISTINGS.filter((entry) => entry.key !== 'ww2 japan')) {
      const records = await listing(key);
      expect(records).toHaveLength(VEHICLES);
      const folder = path.slice(0, path.lastIndexOf('/') + 1);
      for (const record of records) {
        expect(record.articlePath.startsWith(folder)).toBe(true);
        expect(record.name).toMatch(/\w/);
      }
      expect(records.some((record) => record.section !== null)).toBe(true);
    }
  });

  it('serves articles whose pictures read as vehicle images, and the broken articles a scraper meets', async () => {
    const { images, failures } = await expandAll();
    expect(new Set(failures)).toEqual(new Set(['article has no div.content', 'article has no vehicle picture', 'http-404']));
    expect(images.length).toBeGreaterThan(LISTINGS.length * VEHICLES);
    for (const image of images) {
      expect(image.imageUrl.startsWith(`${endpoint}/ww`)).toBe(true);
      expect(image.imageUrl).toMatch(/\/(?:ww1\/img\/photos|ww2\/\w+\/photos|ww2\/\w+)\/(?:big\/)?\w[\w.-]*\.(?:jpg|JPG|png)$/);
      expect(image.country).not.toBeNull();
    }
    expect(images.filter((image) => image.caption !== null).length).toBeGreaterThan(images.length / 2);
    expect(images.some((image) => image.imageUrl.includes('/big/'))).toBe(true);
    expect(new Set(images.filter((image) => image.war === 'WW1').map((image) => image.country)).size).toBeGreaterThan(1);
  });

  it('redirects every picture to a generated image', async () => {
    const { images } = await expandAll();
    const photo = images.find((image) => image.imageUrl.endsWith('.jpg'))!;
    const redirect = await fetch(photo.imageUrl, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${sim.url}/img/(?:jpeg|missing)-\\d+-(?:64x48|48x64)\\.jpg$`));
    const again = await fetch(photo.imageUrl, { redirect: 'manual' });
    expect(again.headers.get('location')).toBe(location);
  });

  it('serves a listing in redesigned markup, which the adapter refuses with the reason', async () => {
    const { body } = await page(wwVehiclesAdapter.pageRequest('ww2 japan', null, options()).url);
    expect(() => wwVehiclesAdapter.parsePage(body, 'ww2 japan', null)).toThrow(/has no div\.content/);
  });

  it('serves robots.txt with a Crawl-delay, and 404 for pages it does not have', async () => {
    const robots = await page(`${endpoint}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.body).toBe('User-agent: *\nDisallow: /ww-vehicles/cgi-bin/\nDisallow: /ww-vehicles/search.php\nCrawl-delay: 1\n');
    expect((await page(`${endpoint}/ww2/germany/No-Such-Truck.php`)).status).toBe(404);
    expect((await page(`${endpoint}/ww2/germany/`)).status).toBe(404);
  });

  it('serves the same site for the same seed and another for another seed', async () => {
    const { path } = itemAt(LISTINGS, 3, 'listing');
    const twin = await startSimulator({ archives: [wwVehiclesSimulator({ vehiclesPerListing: VEHICLES, imageSize: [64, 48] })] });
    const other = await startSimulator({
      archives: [wwVehiclesSimulator({ vehiclesPerListing: VEHICLES, seed: 7, crawlDelaySeconds: 0 })],
    });
    try {
      const listingOf = async (server: Simulator) => (await page(`${server.endpoint('ww-vehicles')}${path}`)).body;
      expect(await listingOf(twin)).toBe(await listingOf(sim));
      expect(await listingOf(other)).not.toBe(await listingOf(sim));
      expect((await page(`${other.endpoint('ww-vehicles')}/robots.txt`)).body).not.toContain('Crawl-delay');
    } finally {
      await Promise.all([twin.close(), other.close()]);
    }
  });

  it('refuses bad options', () => {
    expect(() => wwVehiclesSimulator({ vehiclesPerListing: 0 })).toThrow('vehiclesPerListing must be a positive integer');
    expect(() => wwVehiclesSimulator({ redesignedListings: ['ww3'] })).toThrow('"ww3" is not a WW vehicles listing');
  });
});
