import { readFileSync } from 'node:fs';
import { itemAt, jsonShape, shapeDifferences, startSimulator, type JsonShape, type ShapeContract, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalArchiveSimulator } from '../src/simulator/index.js';

/*
 * The simulator held to what is known of the real Catalog. Proxy v3 is compared with two recorded
 * answers (fixtures/real, see PROVENANCE.md). No answer of the official API v2 or of the older proxy
 * has been published; for those, the test asserts what documentation and public notes of live use
 * say, each cited where it is asserted. That part is documentation, not a recording.
 */

const RECORDED = ['nara_v3_search_uap_ohio.json', 'nara_v3_record_pilgrim_488808329.json'].map((name): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8')),
);
const HITS = '$.body.hits.hits[]';
const RECORD = `${HITS}._source.record`;
/** Date objects in the recorded records: the shape every simulated date must keep to. */
const RECORDED_DATES = [
  `${RECORD}.coverageStartDate`,
  `${RECORD}.coverageEndDate`,
  `${RECORD}.ancestors[].inclusiveStartDate`,
  `${RECORD}.ancestors[].inclusiveEndDate`,
];

const CONTRACT: ShapeContract = {
  // The recorded answers' conventions a simulator could easily get wrong.
  traps: ['$.statusCode', '$.body.hits.max_score', `${HITS}._id`, `${HITS}.sort[]`, `${RECORD}.naId`],
  unrecorded: {
    [`${RECORD}.productionDates`]:
      'the recorded records (textual UAP reports) have no production date; the reference collector (collectors-json-apis.md §3.3), ' +
      'pipeworx-io/mcp-us-national-archives src/index.ts and a 2026 report on proxy v3 read record.productionDates[]; ' +
      'its date objects are held to the recorded date shape below',
  },
};

let sim: Simulator;
let base: string;
beforeAll(async () => {
  sim = await startSimulator({
    archives: [nationalArchiveSimulator({ mode: 'api-v2', totals: { tank: 450, 'landing craft': 120 }, imageSize: [64, 48] })],
  });
  base = sim.endpoint('national-archive');
});
afterAll(() => sim.close());

async function answer(path: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}?${new URLSearchParams(params)}`, { headers: { accept: 'application/json', ...headers } });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text,
    json: (text.startsWith('{') ? JSON.parse(text) : null) as Envelope,
  };
}
const v2 = (params: Record<string, string>, key = 'test-key') => answer('/api/v2/records/search', params, key ? { 'x-api-key': key } : {});
const v3 = (params: Record<string, string>) => answer('/proxy/v3/records/search', params);
const older = (params: Record<string, string>) => answer('/proxy/records/search', params);

interface Hit {
  _id: string;
  _score: number | null;
  sort?: (number | string)[];
  _source: { metadata?: object; record: { naId: number; ancestors?: { distance: number }[] } & Record<string, unknown> };
  fields?: { firstDigitalObject: object[]; totalDigitalObjects: number[] };
}
interface Envelope {
  statusCode: number;
  message?: string;
  body: { hits: { total: { value: number; relation: string }; max_score: number | null; hits: Hit[] } };
}

/** The part of a shape below `prefixes`, re-rooted at `$`. */
function subShape(shape: JsonShape, prefixes: string[]): JsonShape {
  const rebased: JsonShape = new Map();
  for (const [path, kinds] of shape) {
    const prefix = prefixes.find(
      (candidate) => path === candidate || path.startsWith(`${candidate}.`) || path.startsWith(`${candidate}[]`),
    );
    if (prefix === undefined) continue;
    const target = `$${path.slice(prefix.length)}`;
    rebased.set(target, new Set([...(rebased.get(target) ?? []), ...kinds]));
  }
  return rebased;
}

async function simulatedPages(
  search: (params: Record<string, string>) => Promise<{ json: Envelope }>,
  pages: Record<string, string>[],
): Promise<Envelope[]> {
  return Promise.all(pages.map(async (params) => (await search(params)).json));
}

describe('proxy v3 against its recorded answers', () => {
  let simulated: Envelope[];
  beforeAll(async () => {
    simulated = await simulatedPages(v3, [
      { q: '"tank"', limit: '100', page: '1' },
      { q: '"tank"', limit: '100', page: '5' },
      { q: '"landing craft"', limit: '100', page: '1' },
    ]);
  });

  it('serves nothing the recordings do not have, in no kind they do not use, and every kind at the traps', () => {
    expect(shapeDifferences(jsonShape(simulated), jsonShape(RECORDED), CONTRACT)).toEqual([]);
  });

  it('writes production dates as the recorded records write their other dates', () => {
    const dates = subShape(jsonShape(simulated), [`${RECORD}.productionDates[]`]);
    expect(dates.size).toBeGreaterThan(1);
    const unrecorded = {
      '$.dateQualifier':
        'no public answer shows how a circa date is written; `dateQualifier` ("ca.") is HX4’s guess, kept so that qualified dates are exercised',
    };
    expect(shapeDifferences(dates, subShape(jsonShape(RECORDED), RECORDED_DATES), { unrecorded })).toEqual([]);
  });

  it('wraps the hits as recorded: body first, then statusCode; max_score null; relevance sort pairs of score and naId as text', () => {
    for (const page of simulated) {
      expect(Object.keys(page)).toEqual(['body', 'statusCode']);
      expect(page.body.hits.max_score).toBeNull();
      for (const hit of page.body.hits.hits) expect(hit.sort).toEqual([hit._score, hit._id]);
    }
  });
});

describe('official API v2: documentation and notes of live use, not a recording', () => {
  it('answers searchAfter=* with the recorded record shape, sorted by naId alone and unscored', async () => {
    const page = (await v2({ q: '"tank"', limit: '100', searchAfter: '*' })).json;
    // nara-catalog-mcp docs/API-NOTES.md: a search started with searchAfter=* sorts by the naId alone.
    for (const hit of page.body.hits.hits) expect(hit.sort).toEqual([hit._source.record.naId]);
    const contract: ShapeContract = {
      ...CONTRACT,
      traps: ['$.statusCode', '$.body.hits.max_score', `${HITS}._id`, `${RECORD}.naId`],
      unrecorded: {
        ...CONTRACT.unrecorded,
        [`${HITS}._score`]: 'a search sorted by naId computes no score (Elasticsearch leaves _score null); no answer of v2 is recorded',
      },
    };
    expect(shapeDifferences(jsonShape([page]), jsonShape(RECORDED), contract)).toEqual([]);
  });

  it('keeps the order of NARA’s documented example: body.hits with total, max_score null, hits of _index, _id, _score, _source with metadata first', async () => {
    // https://www.archives.gov/research/catalog/help/api, "Structured API call return example in JSON":
    // {'body': {'hits': {'total': {'value': 1, 'relation': 'eq'}, 'max_score': None, 'hits': [{'_index': 'nac-records0',
    //  '_type': '_doc', '_id': '118712371', '_score': 25.481829, '_source': {'metadata' …   (the excerpt ends there)
    const page = (await v2({ q: '"tank"', limit: '10' })).json;
    expect(Object.keys(page.body.hits)).toEqual(['total', 'max_score', 'hits']);
    expect(Object.keys(page.body.hits.total)).toEqual(['value', 'relation']);
    expect(page.body.hits.max_score).toBeNull();
    const hit = itemAt(page.body.hits.hits, 0, 'hit');
    expect(Object.keys(hit).slice(0, 4)).toEqual(['_index', '_id', '_score', '_source']);
    expect(typeof hit._score).toBe('number');
    expect(Object.keys(hit._source)[0]).toBe('metadata');
    // nara-catalog-mcp: a relevance search sorts by a (score, naId) pair, e.g. [104.13167, "55033830"].
    expect(hit.sort).toEqual([hit._score, hit._id]);
  });

  it('pages to the end the way NARA’s own download script does: statusCode 200, sort[0] of the last hit, until an empty page', async () => {
    // usnationalarchives/Catalog-API bulk-download-scripts/scripts/DownloadObjects_anySearch.py
    const seen = new Set<string>();
    let searchAfter = '*';
    for (let pages = 0; pages < 10; pages++) {
      const page = (await v2({ q: '"tank"', limit: '100', searchAfter })).json;
      expect(page.statusCode).toBe(200);
      const { hits } = page.body.hits;
      if (hits.length === 0) break;
      for (const hit of hits) seen.add(hit._id);
      searchAfter = String(itemAt(hits, -1, 'hit').sort?.[0]);
    }
    expect(seen.size).toBe(450);
  });

  it('refuses what the notes say it refuses: searchAfter with page or sort, refinements without search terms', async () => {
    // nara-catalog-mcp docs/API-NOTES.md
    for (const params of [
      { q: 'tank', searchAfter: '*', page: '1' },
      { q: 'tank', searchAfter: '*', sort: 'naId:asc' },
    ] as Record<string, string>[]) {
      const refused = await v2(params);
      expect(refused.status).toBe(400);
      expect(refused.json).toMatchObject({ statusCode: 400, message: expect.any(String) });
    }
    expect((await v2({ availableOnline: 'true', abbreviated: 'true' })).json).toEqual({
      statusCode: 400,
      message: 'No search terms entered',
    });
  });

  it('refuses a missing or wrong key with { statusCode, message }, the fields NARA’s script and nara-catalog-mcp read', async () => {
    expect((await v2({ q: 'tank' }, '')).json).toMatchObject({ statusCode: 401, message: expect.any(String) });
    expect((await v2({ q: 'tank' }, 'wrong-key')).json).toMatchObject({ statusCode: 403, message: expect.any(String) });
  });

  it('answers the web app’s HTML page with status 200, key or not, where v2 is not served', async () => {
    // pipeworx-io/mcp-us-national-archives README.md: every /api/v2/… URL returns the single-page app as text/html with a 200.
    const unserved = await startSimulator({ archives: [nationalArchiveSimulator({ totals: { tank: 5 }, imageSize: [64, 48] })] });
    try {
      for (const headers of [{ 'x-api-key': 'test-key' }, {}] as Record<string, string>[]) {
        const response = await fetch(`${unserved.endpoint('national-archive')}/api/v2/records/search?q=tank`, { headers });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(await response.text()).toMatch(/^<!doctype html>/);
      }
    } finally {
      await unserved.close();
    }
  });
});

describe('older proxy: documentation and notes of live use, not a recording', () => {
  let page: Envelope;
  beforeAll(async () => {
    page = (await older({ q: '"tank"', limit: '100', page: '1', abbreviated: 'true' })).json;
  });

  it('answers what the reference collector reads (collectors-json-apis.md §3.3)', () => {
    expect(page.body.hits.total.value).toBe(450);
    const shape = jsonShape([page]);
    for (const path of [
      `${RECORD}.naId`,
      `${RECORD}.title`,
      `${RECORD}.scopeAndContentNote`,
      `${RECORD}.ancestors[].title`,
      `${RECORD}.productionDates[].logicalDate`,
    ]) {
      expect(shape.has(path), path).toBe(true);
    }
    expect(shape.get(`${HITS}.fields.firstDigitalObject[].objectUrl`)).toEqual(new Set(['string']));
    expect(shape.get(`${HITS}.fields.firstDigitalObject[].objectType`)).toEqual(new Set(['string']));
  });

  it('answers what the 2024 gist reads: _id and ancestors with their distance', () => {
    // gist hym3242/ed5785a8c5b4513af927919ba42b28d7: .body.hits.hits[] | ._id, ._source.record.ancestors[] | select(.distance == 2)
    expect(page.body.hits.hits.every((hit) => /^\d+$/.test(hit._id))).toBe(true);
    expect(page.body.hits.hits.some((hit) => hit._source.record.ancestors?.some((ancestor) => ancestor.distance === 2))).toBe(true);
  });

  it('keeps the abbreviated shape of a 2023 answer: objects only in fields, their count, [{}] for none, a top score', () => {
    // cases-umd/catalog-access-apis data.json (a Catalog answer of 17 Oct 2023, saved re-serialised; not copied here)
    expect(Object.keys(page)).toEqual(['body', 'statusCode']);
    expect(page.body.hits.max_score).toEqual(expect.any(Number));
    for (const hit of page.body.hits.hits) {
      expect(hit._source.record).not.toHaveProperty('digitalObjects');
      expect(hit.fields?.firstDigitalObject).toHaveLength(1);
      expect(hit.fields?.totalDigitalObjects).toEqual([expect.any(Number)]);
      expect(hit.sort).toBeUndefined();
    }
    expect(
      page.body.hits.hits.some(
        (hit) =>
          hit.fields?.totalDigitalObjects[0] === 0 &&
          Object.keys(itemAt(hit.fields.firstDigitalObject, 0, 'first digital object')).length === 0,
      ),
    ).toBe(true);
  });
});
