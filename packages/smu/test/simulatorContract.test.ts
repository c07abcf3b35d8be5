import { readFileSync } from 'node:fs';
import { jsonShape, shapeDifferences, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIM_COLLECTIONS, smuSimulator } from '../src/simulator/index.js';

/*
 * The simulator held to the real CONTENTdm answers of test/fixtures/real (five sites, none SMU): every path
 * and kind of value it serves must occur in a real answer, and where the recordings show a trap (a field
 * that is "" in dmQuery but {} in dmGetItemInfo, a parent that is sometimes a string, a page list that is
 * sometimes one object) it must serve every form the recordings show.
 */

type Json = Record<string, unknown>;
const text = (name: string) => readFileSync(new URL(`./fixtures/real/contentdm-mcp_${name}`, import.meta.url), 'utf8');
const recorded = (...names: string[]): unknown[] => names.map((name) => JSON.parse(text(name)));

const REAL = {
  queries: recorded(
    'tn_query_york_objects.json',
    'tn_query_york_pages.json',
    'tn_query_in_compound.json',
    'al_query_voices_semmes.json',
    'al_query_all_empty.json',
  ),
  items: recorded(
    'tn_item_1206609_page.json',
    'tn_item_1206616_parent.json',
    'ga_item_300730_death.json',
    'al_item_570_audio.json',
    'oh_item_21598_newspaper_page.json',
    'al_item_16539_compound.json',
    'al_item_16538_transcript.json',
  ),
  compounds: recorded('al_compound_16539.json', 'mo_compound_96244_monograph.json', 'tn_compound_1206616.json'),
  fieldTables: recorded(
    'al_voices_fields.json',
    'al_records_fields.json',
    'tn_deaths_fields.json',
    'ga_deaths_fields.json',
    'mo_cohist_fields.json',
    'oh_exponent_fields.json',
  ),
  iiifInfo: recorded('al_iiif_info_16527_pdf.json', 'tn_iiif_info_1206609.json'),
};

/** The fields every dmQuery record has; the others are the nicks asked for, data-keyed. */
const RECORD_KEYS = ['collection', 'pointer', 'filetype', 'parentobject', 'find'];
/** CONTENTdm's own keys in every recorded dmGetItemInfo answer; the others are the collection's nicks. */
const SYSTEM_KEYS = [
  'fullrs',
  'find',
  'dmaccess',
  'dmimage',
  'dmcreated',
  'dmmodified',
  'dmoclcno',
  'dmrecord',
  'restrictionCode',
  'cdmfilesize',
  'cdmfilesizeformatted',
  'cdmprintpdf',
  'cdmhasocr',
  'cdmisnewspaper',
];

/** The members of `object` under `keys`, and the others. */
function split(object: Json, keys: readonly string[]): [Json, Json] {
  const entries = Object.entries(object);
  return [
    Object.fromEntries(entries.filter(([key]) => keys.includes(key))),
    Object.fromEntries(entries.filter(([key]) => !keys.includes(key))),
  ];
}
/** A dmQuery answer with each record's nick fields gathered under `fields`. */
function queryForm(answer: unknown) {
  const { pager, records } = answer as { pager: unknown; records: Json[] };
  return {
    pager,
    records: records.map((record) => {
      const [own, fields] = split(record, RECORD_KEYS);
      return { ...own, fields };
    }),
  };
}
/** A dmGetItemInfo answer as CONTENTdm's keys and the collection's fields. */
function itemForm(answer: unknown) {
  const [system, fields] = split(answer as Json, SYSTEM_KEYS);
  return { system, fields };
}
/** Every page entry of a dmGetCompoundObjectInfo answer, wherever it sits. */
function pageEntries(answer: unknown): unknown[] {
  const node = answer as { page?: unknown; node?: unknown };
  const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  return [...list(node.page), ...list(node.node).flatMap(pageEntries)];
}

describe('the SMU simulator against real CONTENTdm answers', () => {
  let sim: Simulator;
  const api = async (q: string) => {
    const response = await fetch(`${sim.endpoint('smu')}/digital/bl/dmwebservices/index.php?q=${q}`);
    const body = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), text: body, json: () => JSON.parse(body) as unknown };
  };
  const query = (search: string, suppress: number) =>
    `dmQuery/all/CISOSEARCHALL^${search}^exact^and/title!date!type!format!formge/nosort/1024/1/${suppress}/0/0/0/0/0/json`;
  let listed: Array<Json & { collection: string; pointer: number; filetype: string }>;

  beforeAll(async () => {
    sim = await startSimulator({ archives: [smuSimulator({ totals: { tank: 400, nothing: 0 }, imageSize: [64, 48], crawlDelay: null })] });
    listed = ((await api(query('tank', 1))).json() as { records: typeof listed }).records;
  });
  afterAll(() => sim.close());

  it('dmQuery: pager strings and a number, parentobject -1 or a string, empty fields "" (not {}), empty searches', async () => {
    const answers = [(await api(query('tank', 1))).json(), (await api(query('tank', 0))).json(), (await api(query('nothing', 1))).json()];
    const shape = (documents: unknown[]) => jsonShape(documents.map(queryForm), { dynamicKeys: ['$.records[].fields'] });
    const traps = ['$.records', '$.records[].parentobject', '$.records[].fields.*'];
    expect(shapeDifferences(shape(answers), shape(REAL.queries), { traps })).toEqual([]);
  });

  it('dmGetItemInfo: empty fields {} and numbers as strings, pages and items alike', async () => {
    const pageOf = listed.find((record) => record.filetype === 'cpd')!;
    const pages = (await api(`dmGetCompoundObjectInfo${pageOf.collection}/${pageOf.pointer}/json`)).json();
    const pagePointer = (pageEntries(pages)[0] as { pageptr: string }).pageptr;
    const answers = await Promise.all(
      [...listed.slice(0, 80).map((record) => `${record.collection}/${record.pointer}`), `${pageOf.collection}/${pagePointer}`].map(
        async (id) => (await api(`dmGetItemInfo${id}/json`)).json() as Json,
      ),
    );
    const items = answers.filter((answer) => !('code' in answer));
    expect(items.length).toBeGreaterThan(60);
    const shape = (documents: unknown[]) => jsonShape(documents.map(itemForm), { dynamicKeys: ['$.fields'] });
    expect(shapeDifferences(shape(items), shape(REAL.items), { traps: ['$.fields.*'] })).toEqual([]);
  });

  it('dmGetCompoundObjectInfo: Documents and Monographs with nested nodes, a one-page node as an object', async () => {
    const compounds = (
      await Promise.all(
        listed
          .filter((record) => record.filetype === 'cpd')
          .map(async (record) => (await api(`dmGetCompoundObjectInfo${record.collection}/${record.pointer}/json`)).json() as Json),
      )
    ).filter((answer) => !('code' in answer));
    expect(compounds.some((answer) => answer.type === 'Monograph')).toBe(true);
    const contract = {
      traps: ['$.node.node[].page'],
      // A one-page Document's `page` as an object: recorded for a monograph's one-page node, not for a Document.
      unrecorded: { '$.page': 'a one-page Document; the page entries are held to the recordings below' },
    };
    expect(shapeDifferences(jsonShape(compounds), jsonShape(REAL.compounds), contract)).toEqual([]);
    expect(shapeDifferences(jsonShape(compounds.flatMap(pageEntries)), jsonShape(REAL.compounds.flatMap(pageEntries)))).toEqual([]);
  });

  it('dmGetCollectionFieldInfo for every collection: admin fields unmapped as "" on some sites, BLANK on others', async () => {
    const tables = await Promise.all(
      SIM_COLLECTIONS.map(async ({ alias }) => (await api(`dmGetCollectionFieldInfo/${alias}/json`)).json()),
    );
    expect(shapeDifferences(jsonShape(tables), jsonShape(REAL.fieldTables), { traps: ['$[].dc', '$[].find'] })).toEqual([]);
  });

  it('answers CONTENTdm’s HTTP 200 errors word for word', async () => {
    const ghost = (
      await Promise.all(
        listed.slice(0, 120).map(async (record) => (await api(`dmGetItemInfo${record.collection}/${record.pointer}/json`)).json() as Json),
      )
    ).find((answer) => 'code' in answer);
    expect(ghost).toEqual(recorded('al_item_not_found.json')[0]);
    const single = listed.find((record) => record.filetype === 'jp2')!;
    expect((await api(`dmGetCompoundObjectInfo${single.collection}/${single.pointer}/json`)).json()).toEqual(
      recorded('al_not_compound.json')[0],
    );
    const unknown = await api('dmGetItemInfo/nosuchalias/1/json');
    expect({ status: unknown.status, text: unknown.text }).toEqual({ status: 200, text: text('al_bad_alias.html') });
    expect(unknown.type).toMatch(/^text\/html/);
  });

  it('IIIF: info.json as Cantaloupe writes it, and its 501 for a file it cannot render', async () => {
    const iiif = (record: { collection: string; pointer: number }) =>
      fetch(`${sim.endpoint('smu')}/iiif/2/${record.collection.slice(1)}:${record.pointer}/info.json`);
    const photo = listed.find((record) => record.filetype === 'jp2')!;
    expect(shapeDifferences(jsonShape([await (await iiif(photo)).json()]), jsonShape(REAL.iiifInfo))).toEqual([]);
    const [status, ...body] = text('al_iiif_501_audio.txt').split('\n');
    const film = await iiif(listed.find((record) => record.filetype === 'mp4')!);
    expect({ status: String(film.status), body: await film.text() }).toEqual({ status, body: body.join('\n') });
  });
});
