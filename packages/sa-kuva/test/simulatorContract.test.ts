import {
  jsonShape,
  shapeDifferences,
  startSimulator,
  type JsonKind,
  type JsonShape,
  type ShapeContract,
  type Simulator,
} from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDate } from '../src/recordDate.js';
import { saKuvaAdapter, type FinnaRecord } from '../src/index.js';
import { saKuvaSimulator } from '../src/simulator/index.js';
import museovirastoPage from './fixtures/real/museovirasto-search-page.json' with { type: 'json' };
import saKuvaRecord from './fixtures/real/sa-kuva-1835-record.json' with { type: 'json' };

/** Maps keyed by data: author names, LIDO event types. */
const DYNAMIC_KEYS = ['$.records[].authors.primary', '$.records[].events'];

/**
 * The real answers (fixtures/real/PROVENANCE.md). The SA-kuva record was saved without its page, so it is put
 * in one to line its paths up with the page's.
 */
const REAL_SHAPE = withDocumentedKinds(jsonShape([museovirastoPage, { records: [saKuvaRecord] }], { dynamicKeys: DYNAMIC_KEYS }));

/**
 * Kinds Finna's code gives where no recording happens to show them. An empty list under a field name is kept
 * by the API's formatter (`BaseFormatter::filterArrayValues`), and `images` is empty for a record without
 * images (`RecordFormatter::getImages`).
 */
function withDocumentedKinds(shape: JsonShape): JsonShape {
  const documented: Record<string, JsonKind[]> = { '$.records[].images': ['empty-array'] };
  for (const [path, kinds] of Object.entries(documented)) for (const kind of kinds) shape.get(path)?.add(kind);
  return shape;
}

const CONTRACT: ShapeContract = {
  traps: [
    // A record whose photographer is unknown lists none (recorded: museovirasto.CC36555F…).
    '$.records[].nonPresenterAuthors',
    // Lists of lists of strings, also where a heading is a date.
    '$.records[].subjects[][]',
  ],
  unrecorded: {
    '$.records[].year':
      "Finna's main year (SearchApiRecordFields.yaml: `year`, a string); neither recording asked for it, and it is not a default field",
    '$.records[].events':
      'LIDO events keyed by type (SearchApiRecordFields.yaml `events`; SolrLido::getEvents builds type, date, methods, materials, places, actors, descriptions)',
    '$.records[].summary': 'a list of strings (SearchApiRecordFields.yaml `summary`); neither recording asked for it',
    '$.statusMessage': 'the reason of a refused request, beside `status: "ERROR"` (VuFindApi ApiTrait::output)',
  },
};

describe('SA-Kuva simulator held to the real Finna answers', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ archives: [saKuvaSimulator({ totals: { korsu: 450, lotta: 120 }, imageSize: [32, 24] })] });
  });
  afterAll(() => sim.close());

  const options = () => ({ endpoint: sim.endpoint('sa-kuva'), window: saKuvaAdapter.defaultWindow });

  async function get(url: string): Promise<Record<string, unknown>> {
    return (await (await fetch(url)).json()) as Record<string, unknown>;
  }

  /** Every page the adapter asks for, as it asks. */
  async function adapterPages(query: string): Promise<Record<string, unknown>[]> {
    const pages = [];
    let cursor = null;
    do {
      const body = await get(saKuvaAdapter.pageRequest(query, cursor, options()).url);
      pages.push(body);
      cursor = saKuvaAdapter.parsePage(body, query, cursor).next;
    } while (cursor !== null);
    return pages;
  }

  let served: Record<string, unknown>[];
  beforeAll(async () => {
    const search = `${sim.endpoint('sa-kuva')}/search`;
    served = [
      ...(await adapterPages('korsu')),
      ...(await adapterPages('lotta')),
      // The default fields, as the recorded Museovirasto page was asked for.
      await get(`${search}?lookfor=korsu&filter%5B%5D=format%3A%220%2FImage%2F%22&limit=100`),
      // Past the last page, and a refused request.
      await get(`${search}?lookfor=lotta&limit=100&page=5`),
      await get(`${search}?lookfor=korsu&limit=101`),
    ];
  });

  it('serves only real paths, value kinds and empty-value conventions, and the traps real answers hold', () => {
    expect(shapeDifferences(jsonShape(served, { dynamicKeys: DYNAMIC_KEYS }), REAL_SHAPE, CONTRACT)).toEqual([]);
  });

  it('answers a search without field[] with records that have no year but a date elsewhere, as the recording does', () => {
    const defaults = served.at(-3)!.records as FinnaRecord[];
    expect(defaults.every((record) => !('year' in record))).toBe(true);
    const dated = defaults.map((record) => recordDate(record)).filter((date) => date !== null);
    expect(dated.length).toBeGreaterThan(defaults.length / 3);
    // A day shown as a subject heading, or (events without a display date) only in the caption.
    expect(new Set(dated.map((date) => date.source))).toEqual(new Set(['subjects', 'title']));
  });

  it('gives the adapter records dated to the day by their events, beside the year Finna sorts by', () => {
    const records = served.flatMap((page) => (page.records ?? []) as FinnaRecord[]).filter((record) => record.year !== undefined);
    const sources = records.map((record) => recordDate(record)?.source);
    expect(sources.filter((source) => source === 'events').length).toBeGreaterThan(records.length / 2);
    expect(sources).toContain('year');
    const eventDates = records.flatMap((record) =>
      Object.values(record.events ?? {})
        .flat()
        .map((event) => event.date),
    );
    expect(eventDates.some((date) => /^\d{4}-\d\d-\d\d$/.test(date ?? ''))).toBe(true);
    expect(eventDates.some((date) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(date ?? ''))).toBe(true);
    expect(eventDates.some((date) => /^\d{4}-\d{4}$/.test(date ?? ''))).toBe(true);
  });

  it('pages like Finna: resultCount and status on every answer, records left out past the end', () => {
    for (const page of served.slice(0, -1)) expect(page).toMatchObject({ resultCount: expect.any(Number), status: 'OK' });
    expect(served.at(-2)).toEqual({ resultCount: expect.any(Number), status: 'OK' });
    expect(served.at(-1)).toEqual({ status: 'ERROR', statusMessage: 'Invalid limit' });
  });
});
