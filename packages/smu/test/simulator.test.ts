import { startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIM_COLLECTIONS, smuSimulator } from '../src/simulator/index.js';

type Fields = Record<string, unknown>;
interface QueryAnswer {
  pager: { start: string; maxrecs: string; total: number };
  records: Array<Fields & { collection: string; pointer: number; filetype: string; parentobject: number | string; find: string }>;
}

const FIELDS = 'title!date!type!format!formge';
const query = (alias: string, search: string, start = 1, maxrecs = 1024, suppress = 1) =>
  `dmQuery/${alias}/${search}/${FIELDS}/nosort/${maxrecs}/${start}/${suppress}/0/0/0/0/0/json`;

describe('SMU simulator: CONTENTdm', () => {
  let sim: Simulator;
  let api: (q: string) => Promise<{ status: number; type: string | null; text: string; json: () => unknown }>;
  beforeAll(async () => {
    sim = await startSimulator({ archives: [smuSimulator({ totals: { tank: 1500, 'field hospital': 30 }, imageSize: [400, 300] })] });
    api = async (q) => {
      const response = await fetch(`${sim.endpoint('smu')}/digital/bl/dmwebservices/index.php?q=${q}`);
      const text = await response.text();
      return { status: response.status, type: response.headers.get('content-type'), text, json: () => JSON.parse(text) };
    };
  });
  afterAll(() => sim.close());

  /** Every item of a search, paged as the adapter pages. */
  async function everything(search: string, alias = 'all') {
    const records: QueryAnswer['records'] = [];
    for (let start = 1; ; start += 1024) {
      const page = (await api(query(alias, search, start))).json() as QueryAnswer;
      records.push(...page.records);
      if (start + 1024 > page.pager.total) return { records, total: page.pager.total };
    }
  }

  it('is mounted so that its endpoint is the adapter endpoint', () => {
    expect(sim.endpoint('smu')).toBe(`${sim.url}/smu`);
  });

  it('pages a phrase search with maxrecs and start, reporting the pager total, each hit once', async () => {
    const first = (await api(query('all', 'CISOSEARCHALL^tank^exact^and'))).json() as QueryAnswer;
    expect(first.pager).toEqual({ start: '1', maxrecs: '1024', total: 1500 });
    expect(first.records).toHaveLength(1024);
    const second = (await api(query('all', 'CISOSEARCHALL^tank^exact^and', 1025))).json() as QueryAnswer;
    expect(second.pager.start).toBe('1025');
    expect(second.records).toHaveLength(476);
    const ids = [...first.records, ...second.records].map((record) => `${record.collection}:${record.pointer}`);
    expect(new Set(ids).size).toBe(1500);
    const beyond = (await api(query('all', 'CISOSEARCHALL^tank^exact^and', 2049))).json() as QueryAnswer;
    expect(beyond.records).toEqual([]);
  });

  it('writes records like CONTENTdm: requested fields in order, empty ones as "", escaped slashes and non-ASCII', async () => {
    const { text, type, json } = await api(query('all', 'CISOSEARCHALL^field%20hospital^exact^and'));
    expect(type).toMatch(/^application\/json/);
    expect(text).toContain('"collection":"\\/');
    expect(text).toMatch(/\\u00f6|\\u00f4|\\u00e9|\\u2013/);
    const { records } = json() as QueryAnswer;
    expect(records).toHaveLength(30);
    for (const record of records) {
      expect(Object.keys(record)).toEqual([
        'collection',
        'pointer',
        'filetype',
        'parentobject',
        'title',
        'date',
        'type',
        'format',
        'formge',
        'find',
      ]);
      expect(record.parentobject).toBe(-1);
      expect(typeof record.pointer).toBe('number');
    }
    const { records: all } = await everything('CISOSEARCHALL^tank^exact^and');
    expect(all.some((record) => record.format === '' || record.formge === '')).toBe(true);
    expect(all.some((record) => JSON.stringify(record).includes('{}'))).toBe(false);
    expect(new Set(all.map((record) => record.filetype))).toEqual(new Set(['jp2', 'jpg', 'cpd', 'pdf', 'mp4']));
  });

  it('searches only the collections asked, and answers an unknown alias with CONTENTdm’s HTML line and status 200', async () => {
    const { records } = await everything('CISOSEARCHALL^tank^exact^and', 'ryr!bud');
    expect(records.length).toBeGreaterThan(100);
    expect(new Set(records.map((record) => record.collection))).toEqual(new Set(['/ryr', '/bud']));
    const unknown = await api(query('ryr!nope', 'CISOSEARCHALL^tank^exact^and'));
    expect(unknown).toMatchObject({ status: 200, text: 'Error looking up collection /nope<br>\n' });
    expect(unknown.type).toMatch(/^text\/html/);
  });

  it('filters by field terms and excludes words with mode none, as the reference’s search did', async () => {
    const { records: all } = await everything('CISOSEARCHALL^tank^exact^and');
    const { records: noPostcards } = await everything('CISOSEARCHALL^tank^exact^and!CISOSEARCHALL^postcards^none^and');
    const { records: maps } = await everything('CISOSEARCHALL^tank^exact^and!formge^maps^all^and');
    expect(maps.length).toBeGreaterThan(0);
    expect(maps.every((record) => record.formge === 'Maps')).toBe(true);
    expect(noPostcards.length).toBeLessThan(all.length);
    expect(noPostcards.some((record) => String(record.formge).includes('postcards'))).toBe(false);
  });

  it('lists the pages of compound objects as their own records when not suppressed, parentobject as a string', async () => {
    const { records } = (await api(query('all', 'CISOSEARCHALL^tank^exact^and', 1, 1024, 0))).json() as QueryAnswer;
    const page = records.find((record) => record.parentobject !== -1)!;
    expect(typeof page.parentobject).toBe('string');
    expect(records.find((record) => String(record.pointer) === page.parentobject)?.filetype).toBe('cpd');
  });

  it('answers dmGetItemInfo with the item’s fields, {} for empty ones, and CONTENTdm’s not-found body for a vanished item', async () => {
    const { records } = await everything('CISOSEARCHALL^tank^exact^and');
    const infos = await Promise.all(
      records.slice(0, 200).map(async (record) => (await api(`dmGetItemInfo${record.collection}/${record.pointer}/json`)).json() as Fields),
    );
    const found = infos.filter((info) => !('code' in info));
    expect(found.length).toBeGreaterThan(150);
    for (const info of found)
      expect(info).toMatchObject({
        title: expect.any(String),
        type: expect.any(String),
        rights: expect.any(String),
        dmrecord: expect.any(String),
      });
    expect(found.some((info) => JSON.stringify(info.descri) === '{}')).toBe(true);
    expect(found.some((info) => /[éöô–“]/u.test(String(info.title)))).toBe(true);
    expect(infos).toContainEqual({ code: '-2', message: 'Requested item not found', restrictionCode: '-1' });
    expect((await api('dmGetItemInfo/ryr/99999999/json')).json()).toEqual({
      code: '-2',
      message: 'Requested item not found',
      restrictionCode: '-1',
    });
    expect((await api('dmGetItemInfo/nope/1/json')).text).toBe('Error looking up collection /nope<br>\n');
  });

  it('answers dmGetCompoundObjectInfo with pages for compound objects and “not compound” otherwise', async () => {
    const { records } = await everything('CISOSEARCHALL^tank^exact^and');
    const compounds = await Promise.all(
      records
        .filter((record) => record.filetype === 'cpd')
        .map(async (record) => (await api(`dmGetCompoundObjectInfo${record.collection}/${record.pointer}/json`)).json() as Fields),
    );
    expect(compounds.some((info) => Array.isArray(info.page))).toBe(true);
    expect(compounds.some((info) => info.type === 'Document' && !Array.isArray(info.page))).toBe(true);
    expect(compounds.some((info) => info.type === 'Monograph')).toBe(true);
    expect(compounds).toContainEqual({ message: 'Requested item is not compound', code: '-2' });
    const single = records.find((record) => record.filetype === 'jp2')!;
    expect((await api(`dmGetCompoundObjectInfo${single.collection}/${single.pointer}/json`)).json()).toEqual({
      message: 'Requested item is not compound',
      code: '-2',
    });
  });

  it('serves IIIF images by redirect at the size asked, never larger; compound parents 501, unknown pointers 404', async () => {
    const { records } = await everything('CISOSEARCHALL^tank^exact^and');
    const iiif = (id: string, size: string) =>
      fetch(`${sim.endpoint('smu')}/iiif/2/${id}/full/${size}/0/default.jpg`, { redirect: 'manual' });
    const jpeg = async (record: QueryAnswer['records'][number]) => {
      const response = await iiif(`${record.collection.slice(1)}:${record.pointer}`, 'max');
      return response.status === 302 && /\/img\/(jpeg|gray)-/.test(response.headers.get('location')!) ? response : null;
    };
    let photo: QueryAnswer['records'][number] | undefined;
    for (const record of records.filter((candidate) => candidate.filetype === 'jp2')) if (!photo && (await jpeg(record))) photo = record;
    const id = `${photo!.collection.slice(1)}:${photo!.pointer}`;
    const size = async (spec: string) => {
      const location = (await iiif(id, spec)).headers.get('location') ?? '';
      const [, width, height] = /-(\d+)x(\d+)\.jpg$/.exec(location) ?? [];
      if (width === undefined || height === undefined) throw new Error(`no image size in the redirect to "${location}"`);
      return [Number(width), Number(height)] as const;
    };
    const full = await size('full');
    expect(await size('max')).toEqual(full);
    expect(Math.max(...full)).toBe(400);
    expect(Math.max(...(await size('!200,200')))).toBe(200);
    expect(await size('!2000,2000')).toEqual(full);
    expect((await size('pct:50'))[0]).toBe(full[0] / 2);
    const info = (await (await fetch(`${sim.endpoint('smu')}/iiif/2/${id}/info.json`)).json()) as Fields;
    expect(info).toMatchObject({ width: full[0], height: full[1], protocol: 'http://iiif.io/api/image' });

    for (const compound of records.filter((record) => record.filetype === 'cpd').slice(0, 10)) {
      const pages = (await api(`dmGetCompoundObjectInfo${compound.collection}/${compound.pointer}/json`)).json() as Fields;
      const parent = await iiif(`${compound.collection.slice(1)}:${compound.pointer}`, 'max');
      expect(parent.status).toBe('code' in pages ? 302 : 501);
    }
    expect((await iiif('ryr:99999999', 'max')).status).toBe(404);
    expect((await iiif(id, 'banana')).status).toBe(400);
  });

  it('serves a robots.txt that allows the API and IIIF, keeps crawlers off search pages and asks for a Crawl-delay', async () => {
    const robots = await (await fetch(`${sim.endpoint('smu')}/robots.txt`)).text();
    expect(robots.split('\n')).toEqual(
      expect.arrayContaining(['User-agent: *', 'Crawl-delay: 1', 'Disallow: /smu/digital/search/', 'Allow: /smu/iiif/']),
    );
    const quick = await startSimulator({ archives: [smuSimulator({ crawlDelay: null })] });
    try {
      expect(await (await fetch(`${quick.endpoint('smu')}/robots.txt`)).text()).not.toContain('Crawl-delay');
    } finally {
      await quick.close();
    }
  });

  it('gives the same answers for the same seed and knows its collections', async () => {
    const other = await startSimulator({
      archives: [smuSimulator({ totals: { tank: 1500, 'field hospital': 30 }, imageSize: [400, 300] })],
    });
    try {
      const q = query('all', 'CISOSEARCHALL^field%20hospital^exact^and');
      const mine = (await api(q)).text;
      const theirs = await (await fetch(`${other.endpoint('smu')}/digital/bl/dmwebservices/index.php?q=${q}`)).text();
      expect(theirs).toBe(mine);
    } finally {
      await other.close();
    }
    const list = (await api('dmGetCollectionList/json')).json() as Array<{ alias: string }>;
    expect(list.map((collection) => collection.alias)).toEqual(SIM_COLLECTIONS.map((collection) => `/${collection.alias}`));
  });

  it('refuses options it cannot use', () => {
    expect(() => smuSimulator({ seed: -1 })).toThrow(/seed/);
    expect(() => smuSimulator({ imageSize: [0, 10] })).toThrow(/imageSize/);
    expect(() => smuSimulator({ crawlDelay: -1 })).toThrow(/crawlDelay/);
    expect(() => smuSimulator({ totals: { tank: 1.5 } })).toThrow(/total for "tank"/);
  });
});
