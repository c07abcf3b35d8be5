import { isDrop, type AdapterOptions, type DetailFetcher, type RowDraft, type RowResult } from '@hx4/core';
import { itemAt, present, startSimulator, type Simulator } from '@hx4/testkit';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GALLERIES, wwiiAdapter, type WwiiRecord } from '../src/index.js';
import { wwiiSimulator } from '../src/simulator/index.js';

const T34 = 'ussr tanks-2 t-34';
const SPITFIRE = 'uk raf spitfire';
const EMPTY = 'france tanks-france';
const STUART = 'usa tanks m3_stuart';
const SIMULATOR_OPTIONS = {
  sizes: { [T34]: 45, [SPITFIRE]: 300, [EMPTY]: 0 },
  changedMarkup: [STUART],
  imageSize: [64, 48] as [number, number],
};

let sim: Simulator;
let options: AdapterOptions;
beforeAll(async () => {
  sim = await startSimulator({ archives: [wwiiSimulator(SIMULATOR_OPTIONS)] });
  options = { endpoint: sim.endpoint('wwii'), window: wwiiAdapter.defaultWindow };
});
afterAll(() => sim.close());

const fetcher: DetailFetcher = {
  async getText(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
    return response.text();
  },
  getJson: () => Promise.reject(new Error('no JSON here')),
};

/** Every record of a gallery, paging as the core does. */
async function harvest(gallery: string): Promise<WwiiRecord[]> {
  const records: WwiiRecord[] = [];
  let cursor: number | null = null;
  do {
    const body = await fetcher.getText(wwiiAdapter.pageRequest(gallery, cursor, options).url);
    const page = wwiiAdapter.parsePage(body, gallery, cursor);
    records.push(...page.records);
    cursor = page.next as number | null;
  } while (cursor !== null);
  return records;
}

async function expandAll(records: WwiiRecord[]) {
  return Promise.all(
    records.map(async (record) => {
      try {
        return itemAt(await wwiiAdapter.expandRecord!(record, fetcher, options), 0, 'expanded record');
      } catch (error) {
        return { failed: (error as Error).message };
      }
    }),
  );
}

describe('WWII simulator', () => {
  it("serves every page of a gallery in markup the adapter reads, 40 thumbnails a page (Eazyest Gallery's default)", async () => {
    const records = await harvest(T34);
    expect(records).toHaveLength(45);
    expect(new Set(records.map((record) => record.thumbnailUrl)).size).toBe(45);
    for (const record of records) {
      expect(record.gallery).toBe(T34);
      expect(record.attachmentUrl).toMatch(new RegExp(`^${options.endpoint}/gallery/ussr/tanks-2/t-34/t-34-\\d{3}/$`));
      expect(record.thumbnailUrl).toMatch(/\/wp-content\/gallery\/ussr\/tanks\/t-34\/_cache\/T_34_\d{3}-150x150\.jpg$/);
      expect(record.alt).toMatch(/^T-34 /);
    }
    const second = await fetch(`${options.endpoint}/gallery/ussr/tanks-2/t-34/thumbnails/2`);
    expect(wwiiAdapter.parsePage(await second.text(), T34, 2)).toMatchObject({ next: null, records: { length: 5 } });
  });

  it('gives attachment pages with titles and captions naming years in and outside the war, some without a caption', async () => {
    const expanded = await expandAll(await harvest(SPITFIRE));
    expect(expanded.filter((result) => 'failed' in result)).toEqual([]);
    const records = expanded as WwiiRecord[];
    expect(records.filter((record) => record.caption === null).length).toBeGreaterThan(3);
    const rows = records.map((record) => wwiiAdapter.toRow(record, options) as RowResult);
    expect(rows).toContainEqual({ drop: 'out of date window' });
    const accepted = rows.filter((row): row is RowDraft => !isDrop(row));
    expect(accepted.some((row) => row.doc_year! >= 1939 && row.doc_year! <= 1945)).toBe(true);
    expect(accepted.some((row) => row.doc_year === null)).toBe(true);
    expect(accepted[0]).toMatchObject({ title: expect.stringMatching(/^Supermarine Spitfire /), country: 'United Kingdom' });
  });

  it('redirects uploads and their resized copies to generated images of that size', async () => {
    const [record] = await expandAll((await harvest(T34)).slice(0, 1));
    const row = wwiiAdapter.toRow(record, options) as { img_url: string };
    const full = await fetch(row.img_url, { redirect: 'manual' });
    expect(full.status).toBe(302);
    expect(full.headers.get('location')).toMatch(new RegExp(`^${sim.url}/img/[a-z-]+-\\d+-(64x48|48x64)\\.jpg$`));
    const thumbnail = await fetch((record as WwiiRecord).thumbnailUrl!, { redirect: 'manual' });
    expect(thumbnail.headers.get('location')).toMatch(/-150x150\.jpg$/);
    const folder = `${options.endpoint}/wp-content/gallery/ussr/tanks/t-34`;
    for (const path of ['/T_34_999.jpg', '/KV_1_001.jpg', '/_cache/T_34_001.jpg', '/T_34_001-150x150.jpg']) {
      expect((await fetch(folder + path, { redirect: 'manual' })).status, path).toBe(404);
    }
  });

  it('serves an empty gallery, a gallery in changed markup and 404s past the last page', async () => {
    expect(await harvest(EMPTY)).toEqual([]);
    await expect(harvest(STUART)).rejects.toThrow(/the site's markup changed/);
    expect((await fetch(`${options.endpoint}/gallery/ussr/tanks-2/t-34/thumbnails/3`)).status).toBe(404);
    expect((await fetch(`${options.endpoint}/gallery/ussr/tanks-2/t-34/t-34-046/`)).status).toBe(404);
    expect((await fetch(`${options.endpoint}/gallery/usa/tanks/m26-pershing/`)).status).toBe(404);
    // Eazyest's "previous thumbnails" link of page 2 is `…/thumbnails/1`: the first page again.
    const [first, again] = await Promise.all(
      ['', 'thumbnails/1'].map(async (page) => (await fetch(`${options.endpoint}/gallery/ussr/tanks-2/t-34/${page}`)).text()),
    );
    expect(again).toBe(first);
  });

  it('lists the galleries inside a section read as a gallery as folder icons, and only its own photos as records', async () => {
    const $ = load(await fetcher.getText(`${options.endpoint}/gallery/usa/tanks/`));
    const folders = $('.folder-item a')
      .map((_, a) => present(a.attribs.href, 'folder link').slice(options.endpoint.length))
      .toArray();
    const inside = GALLERIES.filter((gallery) => /^\/gallery\/usa\/tanks\/[^/]+\/$/u.test(gallery.path)).map((gallery) => gallery.path);
    expect(inside).toHaveLength(17);
    expect(folders.slice(0, inside.length)).toEqual(inside);
    const records = await harvest('usa tanks');
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(record.attachmentUrl).toMatch(/\/gallery\/usa\/tanks\/tanks-and-tank-destroyers-\d{3}\/$/u);
  });

  it('serves robots.txt for the site as mounted, with a crawl delay', async () => {
    const robots = await (await fetch(`${options.endpoint}/robots.txt`)).text();
    expect(robots).toBe('User-agent: *\nDisallow: /wwii/wp-admin/\nAllow: /wwii/wp-admin/admin-ajax.php\nCrawl-delay: 1\n');
    const strict = await startSimulator({ archives: [wwiiSimulator({ crawlDelaySeconds: 0, disallow: ['/gallery/usa/'] })] });
    try {
      expect(await (await fetch(`${strict.endpoint('wwii')}/robots.txt`)).text()).toBe(
        'User-agent: *\nDisallow: /wwii/wp-admin/\nDisallow: /wwii/gallery/usa/\nAllow: /wwii/wp-admin/admin-ajax.php\n',
      );
    } finally {
      await strict.close();
    }
  });

  it('answers the same request with identical bytes, also from a fresh simulator', async () => {
    const paths = ['/gallery/uk/raf/spitfire/thumbnails/2', '/gallery/uk/raf/spitfire/supermarine-spitfire-007/'];
    const fresh = await startSimulator({ archives: [wwiiSimulator(SIMULATOR_OPTIONS)] });
    try {
      for (const path of paths) {
        const text = async (server: Simulator) => (await fetch(server.endpoint('wwii') + path)).text();
        const [a, b] = await Promise.all([text(sim), text(fresh)]);
        // Compared without the port each server was given.
        expect(a.replaceAll(sim.url, '') === b.replaceAll(fresh.url, ''), path).toBe(true);
      }
    } finally {
      await fresh.close();
    }
  });

  it('rejects invalid options', () => {
    expect(() => wwiiSimulator({ sizes: { 'usa tanks m26-pershing': 3 } })).toThrow(/not a gallery of the catalogue/);
    expect(() => wwiiSimulator({ sizes: { [T34]: -1 } })).toThrow(/0 to 999/);
    expect(() => wwiiSimulator({ changedMarkup: ['nowhere'] })).toThrow(/changedMarkup/);
    expect(() => wwiiSimulator({ imageSize: [0, 10] })).toThrow(/imageSize/);
    expect(() => wwiiSimulator({ perPage: 0 })).toThrow(/perPage/);
    expect(() => wwiiSimulator({ crawlDelaySeconds: -1 })).toThrow(/crawlDelaySeconds/);
    expect(() => wwiiSimulator({ disallow: ['gallery'] })).toThrow(/disallow/);
  });
});
