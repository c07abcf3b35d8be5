import { itemAt, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalArchiveSimulator } from '../src/simulator/index.js';

interface Hit {
  _id: string;
  _score: number | null;
  sort?: (number | string)[];
  _source: { record: Record<string, unknown> & { naId: number; digitalObjects?: unknown[] } };
  fields?: { firstDigitalObject: unknown[]; totalDigitalObjects: number[] };
}

interface SearchBody {
  statusCode?: number;
  message?: string;
  body: { hits: { total: { value: number; relation: string }; hits: Hit[] } };
}

describe('National Archives simulator', () => {
  let sim: Simulator;
  let endpoint: string;
  beforeAll(async () => {
    sim = await startSimulator({
      archives: [
        nationalArchiveSimulator({ totals: { 'landing craft': 10_250, tank: 60, soldier: 60 }, imageSize: [320, 240], mode: 'api-v2' }),
      ],
    });
    endpoint = sim.endpoint('national-archive');
  });
  afterAll(() => sim.close());

  async function search(path: string, params: Record<string, string>, headers: Record<string, string> = { 'x-api-key': 'test-key' }) {
    const response = await fetch(`${endpoint}${path}?${new URLSearchParams(params)}`, {
      headers: { accept: 'application/json', ...headers },
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text,
      body: (text.startsWith('{') ? JSON.parse(text) : null) as SearchBody,
    };
  }
  const official = (params: Record<string, string>, headers?: Record<string, string>) => search('/api/v2/records/search', params, headers);
  const proxy = (params: Record<string, string>, headers?: Record<string, string>) => search('/proxy/records/search', params, headers);

  it('is mounted so that its endpoint is the adapter endpoint', () => {
    expect(endpoint).toBe(`${sim.url}/national-archive`);
  });

  it('pages through 10,250 hits with searchAfter, collecting each exactly once in naId order', async () => {
    const naIds: number[] = [];
    let searchAfter = '*';
    for (let pages = 0; pages < 200; pages++) {
      const { status, body } = await official({ q: '"landing craft"', limit: '100', searchAfter });
      expect(status).toBe(200);
      expect(body.body.hits.total).toEqual({ value: 10_250, relation: 'eq' });
      const { hits } = body.body.hits;
      if (hits.length === 0) break;
      for (const hit of hits) expect(hit.sort).toEqual([hit._source.record.naId]);
      naIds.push(...hits.map((hit) => hit._source.record.naId));
      searchAfter = String(itemAt(hits, -1, 'hit').sort?.[0]);
    }
    expect(naIds).toHaveLength(10_250);
    expect(new Set(naIds).size).toBe(10_250);
    expect(naIds).toEqual([...naIds].sort((a, b) => a - b));
  });

  it('refuses page paging past the 10,000-hit window with an Elasticsearch-style 400', async () => {
    expect((await official({ q: 'landing craft', limit: '100', page: '100' })).status).toBe(200);
    const beyond = await official({ q: 'landing craft', limit: '100', page: '101' });
    expect(beyond.status).toBe(400);
    expect(beyond.body).toMatchObject({ statusCode: 400 });
    expect(beyond.body.message).toMatch(
      /^Result window is too large, from \+ size must be less than or equal to: \[10000\] but was \[10100\]/,
    );
    expect((await proxy({ q: 'landing craft', limit: '100', page: '101' })).status).toBe(400);
  });

  it('answers 401 without a key and 403 with a wrong one, before anything else', async () => {
    const missing = await official({ q: 'tank' }, {});
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ statusCode: 401 });
    const wrong = await official({ q: 'tank' }, { 'x-api-key': 'nope' });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toEqual({ statusCode: 403, message: 'Forbidden: invalid API key' });
  });

  it('answers 400 for an empty query, a bad searchAfter, and page mixed with searchAfter', async () => {
    expect((await official({ q: ' ' })).status).toBe(400);
    expect((await official({ q: 'tank', searchAfter: 'abc' })).body.message).toMatch(/invalid searchAfter/);
    expect((await official({ q: 'tank', searchAfter: '*', page: '1' })).status).toBe(400);
  });

  it('serves 10 hits by default, at most 100, relevance-ordered pages with scores and (score, naId) sort pairs', async () => {
    const byDefault = await official({ q: 'landing craft' });
    expect(byDefault.body.body.hits.hits).toHaveLength(10);
    for (const hit of byDefault.body.body.hits.hits) expect(hit.sort).toEqual([hit._score, hit._id]);
    expect((await official({ q: 'landing craft', limit: '500' })).body.body.hits.hits).toHaveLength(100);
  });

  it('keeps the proxy keyless and abbreviated: only the first object, in fields', async () => {
    const { status, body } = await proxy({ q: '"tank"', limit: '100', page: '1' }, {});
    expect(status).toBe(200);
    const { hits } = body.body.hits;
    expect(hits).toHaveLength(60);
    for (const hit of hits) {
      expect(hit._source.record).not.toHaveProperty('digitalObjects');
      expect(hit.sort).toBeUndefined();
    }
    expect(hits.every((hit) => hit.fields?.firstDigitalObject.length === 1)).toBe(true);
    // A record without objects still has its `[{}]`, as a recorded abbreviated answer shows.
    expect(hits.some((hit) => hit.fields?.totalDigitalObjects[0] === 0 && JSON.stringify(hit.fields.firstDigitalObject) === '[{}]')).toBe(
      true,
    );
    expect((await proxy({ q: 'tank', searchAfter: '*' }, {})).status).toBe(400);
  });

  it('answers a proxy client that does not ask for JSON with the web app page and status 200', async () => {
    const response = await fetch(`${endpoint}/proxy/records/search?q=tank`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<div id="root">');
  });

  it('lets records recur across queries with the same naId and objects', async () => {
    const tanks = (await official({ q: 'tank', limit: '100', searchAfter: '*' })).body.body.hits.hits;
    const soldiers = (await official({ q: 'soldier', limit: '100', searchAfter: '*' })).body.body.hits.hits;
    const shared = tanks.filter((hit) => soldiers.some((other) => other._id === hit._id));
    expect(shared.length).toBeGreaterThan(0);
    for (const hit of shared) {
      const twin = soldiers.find((other) => other._id === hit._id);
      expect(twin?._source.record.digitalObjects).toEqual(hit._source.record.digitalObjects);
    }
  });

  it('answers the same request with identical bytes, also from a fresh simulator', async () => {
    const params = { q: '"landing craft"', limit: '100', searchAfter: '*' };
    const first = (await official(params)).text;
    expect((await official(params)).text).toBe(first);
    const fresh = await startSimulator({
      archives: [nationalArchiveSimulator({ totals: { 'landing craft': 10_250 }, imageSize: [320, 240], mode: 'api-v2' })],
    });
    try {
      const response = await fetch(`${fresh.endpoint('national-archive')}/api/v2/records/search?${new URLSearchParams(params)}`, {
        headers: { 'x-api-key': 'test-key' },
      });
      expect((await response.text()).replaceAll(fresh.url, sim.url) === first).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('serves proxy v3 keyless, with whole records paged by number within the window', async () => {
    const { status, body } = await search('/proxy/v3/records/search', { q: '"tank"', limit: '100', page: '1' }, {});
    expect(status).toBe(200);
    expect(body.statusCode).toBe(200);
    expect(body.body.hits.hits).toHaveLength(60);
    expect(body.body.hits.hits.some((hit) => (hit._source.record.digitalObjects?.length ?? 0) > 1)).toBe(true);
    expect((await search('/proxy/v3/records/search', { q: 'landing craft', limit: '100', page: '101' }, {})).status).toBe(400);
    expect((await search('/proxy/v3/records/search', { q: 'tank', searchAfter: '*' }, {})).status).toBe(400);
  });

  it('rejects invalid options', () => {
    expect(() => nationalArchiveSimulator({ totals: { tank: -1 } })).toThrow(/tank/);
    expect(() => nationalArchiveSimulator({ imageSize: [0, 10] })).toThrow(/imageSize/);
    expect(() => nationalArchiveSimulator({ seed: -1 })).toThrow(/seed/);
    expect(() => nationalArchiveSimulator({ mode: 'api-v3' as 'api-v2' })).toThrow(/mode must be one of api-v2, proxy-v3, proxy/);
  });
});
