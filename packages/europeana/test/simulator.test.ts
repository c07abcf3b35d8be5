import { itemAt, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '../src/simulator/index.js';

const PAGE_LIMIT_MESSAGE =
  'It is not possible to paginate beyond the first 1000 search results. Please use cursor-based pagination instead';

interface SearchBody {
  apikey: string;
  success: boolean;
  requestNumber?: number;
  itemsCount: number;
  totalResults: number;
  nextCursor?: string;
  items: Array<{ id: string; title: string[]; edmIsShownBy?: string[]; guid: string; link: string }>;
  error?: string;
}

describe('Europeana simulator: Search API', () => {
  let sim: Simulator;
  let searchUrl: string;
  beforeAll(async () => {
    sim = await startSimulator({ archives: [europeanaSimulator({ totals: { 'field gun': 1234, tank: 60, soldier: 60 } })] });
    searchUrl = `${sim.endpoint('europeana')}/search.json`;
  });
  afterAll(() => sim.close());

  async function search(params: Record<string, string | string[]>, headers: Record<string, string> = {}) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) for (const one of [value].flat()) query.append(name, one);
    const response = await fetch(`${searchUrl}?${query}`, { headers });
    return { status: response.status, body: (await response.json()) as SearchBody };
  }

  it('pages through 1234 results with cursors, collecting each item exactly once', async () => {
    const ids: string[] = [];
    let cursor: string | undefined = '*';
    let pages = 0;
    while (cursor !== undefined) {
      const { status, body } = await search({ wskey: 'api2demo', query: 'field gun', rows: '100', cursor });
      expect(status).toBe(200);
      expect(body).toMatchObject({ success: true, totalResults: 1234, itemsCount: body.items.length });
      ids.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
      pages++;
    }
    expect(pages).toBe(13);
    expect(ids).toHaveLength(1234);
    expect(new Set(ids).size).toBe(1234);
  });

  it('refuses start paging past the first 1000 results with the real error message', async () => {
    const lastAllowed = await search({ wskey: 'api2demo', query: 'field gun', rows: '100', start: '901' });
    expect(lastAllowed.status).toBe(200);
    expect(lastAllowed.body.itemsCount).toBe(100);
    expect(lastAllowed.body.nextCursor).toBeUndefined();
    for (const start of ['902', '1001']) {
      const beyond = await search({ wskey: 'api2demo', query: 'field gun', rows: '100', start });
      expect(beyond.status).toBe(400);
      expect(beyond.body).toMatchObject({ apikey: 'api2demo', success: false, error: PAGE_LIMIT_MESSAGE });
    }
  });

  it('gives start paging and cursor paging the same order', async () => {
    const byStart = await search({ wskey: 'api2demo', query: 'field gun', rows: '50', start: '51' });
    const first = await search({ wskey: 'api2demo', query: 'field gun', rows: '50', cursor: '*' });
    const second = await search({ wskey: 'api2demo', query: 'field gun', rows: '50', cursor: first.body.nextCursor as string });
    expect(second.body.items.map((item) => item.id)).toEqual(byStart.body.items.map((item) => item.id));
  });

  it('answers 401 for a wrong or missing key, and accepts the key as header or wskey', async () => {
    const wrong = await search({ wskey: 'nope', query: 'tank' });
    expect(wrong).toEqual({ status: 401, body: { apikey: 'nope', success: false, error: 'Invalid API key' } });
    expect((await search({ query: 'tank' })).status).toBe(401);
    const byHeader = await search({ query: 'tank' }, { 'X-Api-Key': 'test-key' });
    expect(byHeader.status).toBe(200);
    expect(byHeader.body.apikey).toBe('test-key');
    const item = itemAt(byHeader.body.items, 0, 'item');
    expect(item.link).toContain('wskey=test-key');
    expect(item.guid).toContain('test-key');
  });

  it('answers 400 error bodies for a missing query, a bad cursor, and start mixed with cursor', async () => {
    const noQuery = await search({ wskey: 'api2demo' });
    expect(noQuery.status).toBe(400);
    expect(noQuery.body).toMatchObject({ success: false, error: 'Empty search query parameter' });
    const unknownCursor = await search({ wskey: 'api2demo', query: 'tank', cursor: 'AoE/bogus' });
    expect(unknownCursor.status).toBe(400);
    expect(unknownCursor.body.error).toMatch(/Invalid cursor value/);
    const both = await search({ wskey: 'api2demo', query: 'tank', cursor: '*', start: '1' });
    expect(both.status).toBe(400);
  });

  it('rejects a cursor that was not URL-encoded, as the real API does', async () => {
    const first = await search({ wskey: 'api2demo', query: 'field gun', rows: '10', cursor: '*' });
    const cursor = first.body.nextCursor as string;
    expect(cursor).toMatch(/[+/=]/);
    const response = await fetch(`${searchUrl}?wskey=api2demo&query=field%20gun&rows=10&cursor=${cursor}`);
    expect(response.status).toBe(400);
    const another = await search({ wskey: 'api2demo', query: 'tank', rows: '10', cursor });
    expect(another.status).toBe(400);
  });

  it('returns 12 rows by default and at most 100', async () => {
    expect((await search({ wskey: 'api2demo', query: 'field gun' })).body.itemsCount).toBe(12);
    expect((await search({ wskey: 'api2demo', query: 'field gun', rows: '500' })).body.itemsCount).toBe(100);
  });

  it('lets records recur across queries with the same id and image, their text naming each query', async () => {
    const tanks = (await search({ wskey: 'api2demo', query: 'tank', rows: '100' })).body.items;
    const soldiers = (await search({ wskey: 'api2demo', query: 'soldier', rows: '100' })).body.items;
    expect(tanks).toHaveLength(60);
    expect(soldiers).toHaveLength(60);
    const shared = tanks.filter((item) => soldiers.some((other) => other.id === item.id));
    expect(shared.length).toBeGreaterThan(0);
    for (const item of shared) {
      const twin = soldiers.find((other) => other.id === item.id);
      expect(twin?.edmIsShownBy).toEqual(item.edmIsShownBy);
    }
    expect(tanks.every((item) => item.title.some((title) => title.includes('tank')))).toBe(true);
  });

  it('answers the same request with identical bytes, also from a fresh simulator', async () => {
    const url = `${searchUrl}?wskey=api2demo&query=field%20gun&rows=100&cursor=*&qf=TYPE%3A%22IMAGE%22`;
    const first = await (await fetch(url)).text();
    expect(await (await fetch(url)).text()).toBe(first);
    const fresh = await startSimulator({ archives: [europeanaSimulator({ totals: { 'field gun': 1234 } })], port: 0 });
    try {
      const freshText = await (await fetch(url.replace(sim.url, fresh.url))).text();
      const sameOrigin = freshText.replaceAll(fresh.url, sim.url).replaceAll(encodeURIComponent(fresh.url), encodeURIComponent(sim.url));
      // Compared as a boolean: a diff of two 100-item pages helps no one.
      expect(sameOrigin === first).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('gives unlisted queries 0 to 40 results', async () => {
    for (const query of ['ambulance', 'trench', 'zeppelin', 'cavalry']) {
      const { body } = await search({ wskey: 'api2demo', query, rows: '100' });
      expect(body.totalResults).toBeGreaterThanOrEqual(0);
      expect(body.totalResults).toBeLessThanOrEqual(40);
      expect(body.items).toHaveLength(body.totalResults);
    }
  });

  it('rejects invalid options', () => {
    expect(() => europeanaSimulator({ totals: { tank: -1 } })).toThrow(/tank/);
    expect(() => europeanaSimulator({ imageSize: [0, 10] })).toThrow(/imageSize/);
  });
});
