import { itemAt, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '../src/simulator/index.js';

type Item = Record<string, unknown> & {
  id: string;
  country: string[];
  title: string[];
  year?: string[];
  edmTimespanLabel?: Array<{ def: string }>;
  edmConceptLabel?: Array<{ def: string }>;
  edmIsShownBy?: string[];
  dataProvider: string[];
  dcCreator?: string[];
  dcTitleLangAware: Record<string, string[]>;
  dcDescriptionLangAware?: Record<string, string[]>;
};

describe('Europeana simulator: corpus', () => {
  let sim: Simulator;
  let items: Item[];
  beforeAll(async () => {
    sim = await startSimulator({ archives: [europeanaSimulator({ totals: { infantry: 1500 }, imageSize: [640, 480] })] });
    items = [];
    let cursor: string | undefined = '*';
    while (cursor !== undefined) {
      const params = new URLSearchParams({ query: 'infantry', rows: '100', cursor });
      const response = await fetch(`${sim.endpoint('europeana')}/search.json?${params}`, {
        headers: { 'X-Api-Key': 'api2demo' },
      });
      const body = (await response.json()) as { items: Item[]; nextCursor?: string };
      items.push(...body.items);
      cursor = body.nextCursor;
    }
  });
  afterAll(() => sim.close());

  const share = (test: (item: Item) => boolean) => items.filter(test).length / items.length;
  const dates = (item: Item) => [...(item.year ?? []), ...(item.edmTimespanLabel ?? []).map((label) => label.def)];
  const imageKind = (item: Item) => /\/img\/([a-z-]+)-\d+-/.exec(item.edmIsShownBy?.[0] ?? '')?.[1];
  const concepts = (item: Item) => (item.edmConceptLabel ?? []).map((label) => label.def);
  const isScript = (url: string) => new RegExp(`^${sim.url}/europeana/img/[^/]+/imagen_id\\.cmd\\?idImagen=\\d+$`).test(url);
  const isIiif = (url: string) => new RegExp(`^${sim.url}/europeana/iiif/image/[^/]+/full/512,/0/default\\.jpg$`).test(url);

  it('carries the standard-profile fields collectors read', () => {
    for (const item of items) {
      expect(item.id).toMatch(/^\/\d+\/[\w.-]+$/);
      expect(item.type).toBe('IMAGE');
      expect(item.title.length).toBeGreaterThan(0);
      for (const field of ['dataProvider', 'provider', 'country', 'rights', 'edmIsShownAt']) {
        expect(Array.isArray(item[field]), field).toBe(true);
      }
    }
  });

  it('writes in seven languages, sometimes with an English translation or an unspecified language', () => {
    const languages = new Set(items.flatMap((item) => Object.keys(item.dcTitleLangAware)));
    expect([...languages].sort()).toEqual(['de', 'def', 'en', 'fi', 'fr', 'it', 'nl', 'pl']);
    expect(share((item) => Object.keys(item.dcTitleLangAware).length === 2)).toBeGreaterThan(0.05);
    expect(share((item) => item.title.some((title) => title.includes('infantry')))).toBe(1);
  });

  it('mixes dates the way real records do', () => {
    expect(share((item) => dates(item).some((date) => /^19(1[4-8]|39|4[0-5])$/.test(date)))).toBeGreaterThan(0.5);
    expect(share((item) => dates(item).some((date) => ['1850', '1871', '1995', '2003'].includes(date)))).toBeGreaterThan(0.02);
    expect(share((item) => !item.year && dates(item).some((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)))).toBeGreaterThan(0.05);
    expect(share((item) => dates(item).includes('1940s') || dates(item).includes('1910s'))).toBeGreaterThan(0.03);
    expect(share((item) => dates(item).length === 0)).toBeGreaterThan(0.03);
  });

  it('includes records a collector must drop', () => {
    expect(share((item) => item.dataProvider[0] === 'Wellcome Collection')).toBeGreaterThan(0);
    expect(share((item) => concepts(item).includes('Postcard'))).toBeGreaterThan(0);
    expect(share((item) => concepts(item).includes('Map'))).toBeGreaterThan(0);
    expect(share((item) => item.title.some((title) => title.toLowerCase().includes('poster')))).toBeGreaterThan(0);
    expect(share((item) => item.dcCreator?.[0] === 'L. Westhoff')).toBeGreaterThan(0);
    expect(share((item) => !item.edmIsShownBy)).toBeGreaterThan(0);
    expect(share((item) => item.edmIsShownBy?.[0]?.endsWith('.pdf') === true)).toBeGreaterThan(0);
  });

  it('points at image files, script URLs (the Italian and Polish providers) and IIIF URLs (Wellcome) on the simulator', () => {
    const urls = items.flatMap((item) => item.edmIsShownBy ?? []).filter((url) => !url.endsWith('.pdf'));
    const isFile = (url: string) => new RegExp(`^${sim.url}/img/[^/]+\\.jpg$`).test(url);
    for (const url of urls)
      expect(
        [isFile, isScript, isIiif].some((test) => test(url)),
        url,
      ).toBe(true);
    const scripted = items.filter((item) => isScript(item.edmIsShownBy?.[0] ?? ''));
    expect(scripted.length / items.length).toBeGreaterThan(0.1);
    expect(new Set(scripted.map((item) => item.country[0]))).toEqual(new Set(['Italy', 'Poland']));
    expect(
      items.filter((item) => isIiif(item.edmIsShownBy?.[0] ?? '')).every((item) => item.dataProvider[0] === 'Wellcome Collection'),
    ).toBe(true);
    expect(items.some((item) => isIiif(item.edmIsShownBy?.[0] ?? ''))).toBe(true);
  });

  it('has mostly plain JPEGs behind its image URLs, and every kind of trouble', () => {
    const images = items.filter((item) => imageKind(item));
    expect(images.filter((item) => imageKind(item) === 'jpeg').length / images.length).toBeGreaterThan(0.75);
    const kinds = new Set(images.map(imageKind));
    for (const kind of ['gray', 'exif-rotated', 'png-alpha', 'truncated', 'html', 'missing']) expect(kinds).toContain(kind);
    const urls = images.map((item) => item.edmIsShownBy?.[0]);
    expect(new Set(urls).size).toBeLessThan(urls.length);
  });

  it('serves the images it points at', async () => {
    const jpeg = items.find((item) => imageKind(item) === 'jpeg') as Item;
    const response = await fetch(itemAt(jpeg.edmIsShownBy ?? [], 0, 'JPEG image URL'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const missing = items.find((item) => imageKind(item) === 'missing') as Item;
    expect((await fetch(itemAt(missing.edmIsShownBy ?? [], 0, 'missing image URL'))).status).toBe(404);
  });

  it('answers a script URL and a IIIF URL with the image bytes (after a redirect), and a script without its id with 404', async () => {
    const scriptUrl = items
      .map((item) => item.edmIsShownBy?.[0] ?? '')
      .find((url) => isScript(url) && url.includes('/img/jpeg-')) as string;
    const iiifUrl = items.map((item) => item.edmIsShownBy?.[0] ?? '').find((url) => isIiif(url) && url.includes('/jpeg-')) as string;
    for (const url of [scriptUrl, iiifUrl]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    }
    expect((await fetch(scriptUrl.replace(/\?idImagen=\d+$/u, ''))).status).toBe(404);
  });
});
