import { itemAt, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateExpression } from '../src/dateExpression.js';
import { saKuvaSimulator } from '../src/simulator/index.js';

interface FinnaBody {
  resultCount?: number;
  records?: Array<
    Record<string, unknown> & {
      id: string;
      title: string;
      year?: string;
      images?: string[];
      events?: Record<string, Array<{ date: string }>> | [];
    }
  >;
  status: string;
  statusMessage?: string;
}

const SA_KUVA = ['building:"1/SA-kuva/SA-kuva/"', 'free_online_boolean:"1"', 'format:"0/Image/"'];
const FIELDS = ['id', 'title', 'year', 'events', 'images', 'imageRights', 'buildings'];
const SIMULATOR_OPTIONS = { totals: { korsu: 1500, lotta: 60 }, imageSize: [64, 48] as [number, number], resultWindow: 1000 };

describe('SA-Kuva simulator: Finna search', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ archives: [saKuvaSimulator(SIMULATOR_OPTIONS)] });
  });
  afterAll(() => sim.close());

  async function search(params: Record<string, string | string[]>) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) for (const one of [value].flat()) query.append(name, one);
    const response = await fetch(`${sim.endpoint('sa-kuva')}/search?${query}`);
    return { status: response.status, body: (await response.json()) as FinnaBody };
  }

  const dated = (range: string, type = 'overlap') => ({
    lookfor: 'korsu',
    'filter[]': [...SA_KUVA, `search_daterange_mv:"${range}"`],
    search_daterange_mv_type: type,
    'field[]': FIELDS,
    limit: '100',
  });

  it('answers with resultCount, records carrying only the requested fields, and status OK', async () => {
    const { status, body } = await search({ lookfor: 'lotta', 'filter[]': SA_KUVA, 'field[]': ['id', 'title', 'year'], limit: '5' });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['resultCount', 'records', 'status']);
    expect(body.status).toBe('OK');
    expect(body.records).toHaveLength(5);
    for (const record of body.records!) {
      expect(Object.keys(record).filter((key) => key !== 'year')).toEqual(['id', 'title']);
      expect(record.id).toMatch(/^sa-kuva\.sa-kuva-\d+$/);
      expect(record.title.toLowerCase()).toContain('lotta');
    }
  });

  it('gives the default fields without field[], images as paths on the API host with their rights', async () => {
    const { body } = await search({ lookfor: 'lotta', 'filter[]': SA_KUVA, limit: '100' });
    const withImage = body.records!.find((record) => record.images?.length)!;
    const defaults = ['id', 'title', 'buildings', 'formats', 'images', 'imageRights', 'subjects'];
    expect(Object.keys(withImage)).toEqual(expect.arrayContaining(defaults));
    expect(withImage).not.toHaveProperty('summary');
    expect(withImage.images![0]).toBe(`/Cover/Show?source=Solr&id=${encodeURIComponent(withImage.id)}&index=0&size=large`);
    expect(withImage.imageRights).toMatchObject({ copyright: 'CC BY 4.0' });
    expect(withImage.buildings).toEqual([
      { value: '0/SA-kuva/', translated: 'SA-kuva' },
      { value: '1/SA-kuva/SA-kuva/', translated: 'SA-kuva' },
    ]);
  });

  it('leaves records out of a page past the end and of a search without hits', async () => {
    const past = await search({ lookfor: 'lotta', 'filter[]': SA_KUVA, limit: '100', page: '2' });
    expect(past.body.records).toBeUndefined();
    expect(past.body.resultCount).toBeGreaterThan(0);
    const none = await search({ lookfor: 'korsu', 'filter[]': [...SA_KUVA, 'search_daterange_mv:"[1800 TO 1801]"'] });
    expect(none.body).toEqual({ resultCount: 0, status: 'OK' });
  });

  it('finds other organisations, restricted and non-photo records only without the collection filters', async () => {
    const all = await search({ lookfor: 'korsu', 'field[]': ['id'], limit: '0' });
    const filtered = await search({ lookfor: 'korsu', 'filter[]': SA_KUVA, limit: '0' });
    expect(all.body.resultCount).toBe(1500);
    expect(filtered.body.resultCount).toBeLessThan(1400);
    expect(filtered.body.resultCount).toBeGreaterThan(1200);
    const others = await search({ lookfor: 'korsu', 'filter[]': ['-building:"0/SA-kuva/"'], 'field[]': ['id', 'buildings'], limit: '100' });
    expect(others.body.records!.length).toBeGreaterThan(0);
    expect(others.body.records!.every((record) => record.id.startsWith('musketti.'))).toBe(true);
    const either = await search({ lookfor: 'korsu', 'filter[]': ['~building:"0/SA-kuva/"', '~building:"0/Museovirasto/"'], limit: '0' });
    expect(either.body.resultCount).toBe(1500);
  });

  it('honours date ranges of years, months and days, by overlap or within', async () => {
    const year = await search(dated('[1942 TO 1942]'));
    const within = await search(dated('[1942 TO 1942]', 'within'));
    expect(within.body.resultCount).toBeGreaterThan(50);
    expect(year.body.resultCount).toBeGreaterThan(within.body.resultCount!);
    for (const record of within.body.records!) expect(record.year).toBe('1942');
    for (const record of year.body.records!) {
      const { first, last } = dateSpan(record)!;
      expect(first <= '1942-12-31' && '1942-01-01' <= last).toBe(true);
    }
    const month = await search(dated('[1942-06 TO 1942-06]', 'within'));
    for (const record of month.body.records!) expect(record.title).toMatch(/ 1942\.06\.\d\d\. /);
    const { title } = itemAt(month.body.records!, 0, 'record of June 1942');
    const day = itemAt(/1942\.06\.(\d\d)/.exec(title) ?? [], 1, `day in "${title}"`);
    const oneDay = await search(dated(`[1942-06-${day} TO 1942-06-${day}]`, 'within'));
    expect(oneDay.body.records!.map((record) => record.title)).toContain(title);
  });

  it('includes records a collector must drop or keep undated: days and years beside the window, ranges, no image', async () => {
    const records = [];
    for (let page = 1; page <= 10; page++) {
      const { body } = await search({ ...dated('[1939 TO 1945]'), page: String(page) });
      records.push(...(body.records ?? []));
    }
    const spans = records.map(dateSpan);
    expect(spans.some((span) => span?.precision === 'day' && (span.last < '1939-09-01' || span.first > '1945-09-02'))).toBe(true);
    expect(records.some((record) => record.year === '1938' && eventDates(record).length === 0)).toBe(true);
    expect(records.flatMap(eventDates)).toEqual(expect.arrayContaining(['1945-1946', '1941-1944']));
    expect(records.some((record) => record.images?.length === 0)).toBe(true);
    expect(records.some((record) => record.year === '1950')).toBe(false);
  });

  it('sorts oldest first for main_date_str asc, newest first for desc, ids breaking ties', async () => {
    const years = async (sort: string) => {
      const { body } = await search({ lookfor: 'lotta', 'filter[]': SA_KUVA, 'field[]': ['id', 'year'], sort, limit: '100' });
      return body.records!.filter((record) => record.year).map((record) => [Number(record.year!.slice(0, 4)), record.id] as const);
    };
    const oldest = await years('main_date_str asc');
    expect(oldest).toEqual([...oldest].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
    const newest = await years('main_date_str desc');
    expect(newest.map(([year]) => year)).toEqual([...oldest.map(([year]) => year)].reverse());
  });

  it('refuses paging beyond its result window and other bad requests with status ERROR', async () => {
    expect((await search({ lookfor: 'korsu', limit: '100', page: '10' })).status).toBe(200);
    const cases: Array<[Record<string, string | string[]>, RegExp]> = [
      [{ lookfor: 'korsu', limit: '100', page: '11' }, /^Invalid page/],
      [{ lookfor: 'korsu', limit: '101' }, /^Invalid limit$/],
      [{ lookfor: 'korsu', page: '0' }, /^Invalid page$/],
      [{ lookfor: 'korsu', type: 'Everything' }, /^Invalid search type$/],
      [{ lookfor: 'korsu', 'filter[]': 'search_daterange_mv:"[1945 TO 1939]"' }, /^Invalid filter/],
      [{ lookfor: 'korsu', 'filter[]': 'search_daterange_mv:"[1942-13 TO 1943]"' }, /^Invalid filter/],
      [{ lookfor: 'korsu', 'filter[]': 'colour:"red"' }, /^Invalid filter/],
      [{ lookfor: 'korsu', 'filter[]': 'free_online_boolean:"maybe"' }, /^Invalid filter/],
      [{ lookfor: 'korsu', search_daterange_mv_type: 'sometimes' }, /^Invalid search_daterange_mv_type$/],
    ];
    for (const [params, message] of cases) {
      const { status, body } = await search(params);
      expect(status, JSON.stringify(params)).toBe(400);
      expect(body.status).toBe('ERROR');
      expect(body.statusMessage).toMatch(message);
    }
  });

  it('serves a record image through /Cover/Show as a redirect to a generated image', async () => {
    const { body } = await search({ lookfor: 'lotta', 'filter[]': SA_KUVA, 'field[]': ['id', 'images'], limit: '100' });
    const record = body.records!.find((candidate) => candidate.images?.length)!;
    const cover = `${sim.url}/sa-kuva${record.images![0]}`;
    const redirect = await fetch(cover, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toMatch(new RegExp(`^${sim.url}/img/[a-z-]+-\\d+-(64x48|48x64)\\.jpg$`));
    const small = await fetch(cover.replace('size=large', 'size=small'), { redirect: 'manual' });
    expect(small.headers.get('location')).toMatch(/-(16x12|12x16)\.jpg$/);
    const image = await fetch(cover);
    expect(image.headers.get('content-type')).toMatch(/^image\//);
    const broken = [cover.replace('index=0', 'index=1'), cover.replace('size=large', 'size=huge'), `${sim.url}/sa-kuva/Cover/Show?id=x`];
    for (const url of broken) expect((await fetch(url, { redirect: 'manual' })).status).toBe(404);
  });

  it('answers the same request with identical bytes, also from a fresh simulator', async () => {
    const path = `/search?lookfor=korsu&filter%5B%5D=format%3A%220%2FImage%2F%22&limit=100&page=3&sort=main_date_str+asc`;
    const first = await (await fetch(sim.endpoint('sa-kuva') + path)).text();
    const fresh = await startSimulator({ archives: [saKuvaSimulator(SIMULATOR_OPTIONS)] });
    try {
      // Compared as a boolean: a diff of two 100-record pages helps no one.
      expect((await (await fetch(fresh.endpoint('sa-kuva') + path)).text()) === first).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('also answers under the older /api/v1 path', async () => {
    const response = await fetch(`${sim.url}/sa-kuva/api/v1/search?lookfor=lotta&limit=0`);
    expect(await response.json()).toEqual({ resultCount: 60, status: 'OK' });
  });

  it('rejects invalid options', () => {
    expect(() => saKuvaSimulator({ totals: { korsu: -1 } })).toThrow(/korsu/);
    expect(() => saKuvaSimulator({ imageSize: [0, 10] })).toThrow(/imageSize/);
    expect(() => saKuvaSimulator({ resultWindow: 0 })).toThrow(/resultWindow/);
  });
});

type SimulatedRecord = NonNullable<FinnaBody['records']>[number];

function eventDates(record: SimulatedRecord): string[] {
  return Object.values(record.events ?? {}).flatMap((events: Array<{ date: string }>) => events.map((event) => event.date));
}

/** The days a record's date covers: its event's date where it has one, else its year. */
function dateSpan(record: SimulatedRecord) {
  return dateExpression(eventDates(record)[0] ?? record.year ?? '');
}
