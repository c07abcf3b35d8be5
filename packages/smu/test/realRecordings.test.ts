import { readFileSync } from 'node:fs';
import { ArchiveResponseError, isDrop, wholeNumber, type AdapterOptions, type DetailFetcher } from '@hx4/core';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { readFieldTable } from '../src/CollectionField.js';
import { compoundPages } from '../src/compoundPages.js';
import { fieldMapFromTable } from '../src/fieldMapFromTable.js';
import { smuAdapter, type SmuRecord } from '../src/index.js';
import { itemDate } from '../src/itemDate.js';

/*
 * The adapter on answers real CONTENTdm sites gave (test/fixtures/real, see PROVENANCE.md): five sites,
 * none of them SMU. Where a chain of answers is recorded whole, the records go through parsePage,
 * expandRecord and toRow as in a run. None of the recorded items is a photograph, and each is dropped
 * for the reason a user would give. Two compound objects whose parent metadata was not recorded are
 * expanded under a stand-in parent without any descriptive field, so that only their recorded page
 * trees decide (the "structure" tests).
 */

const text = (name: string) => readFileSync(new URL(`./fixtures/real/contentdm-mcp_${name}`, import.meta.url), 'utf8');
const recorded = (name: string): unknown => JSON.parse(text(name));
const recordedObject = (name: string) => recorded(name) as Record<string, unknown>;

const SITES = {
  alabama: 'https://digital.archives.alabama.gov',
  tennessee: 'https://teva.contentdm.oclc.org',
  georgia: 'https://cdm17154.contentdm.oclc.org',
  ohio: 'https://ohiomemory.org',
  missouri: 'https://mdh.contentdm.oclc.org',
};
const optionsFor = (endpoint: string): AdapterOptions => ({ endpoint, window: smuAdapter.defaultWindow });

/**
 * A CONTENTdm site answering dmwebservices calls (`dmGetItemInfo/voices/16539`) from recordings, as the
 * recorder's own tests routed them. A call that was not recorded fails the test: nothing is made up.
 */
function recordedSite(endpoint: string, answers: Record<string, unknown>): DetailFetcher & { asked: string[] } {
  const prefix = `${endpoint}/digital/bl/dmwebservices/index.php?q=`;
  const asked: string[] = [];
  return {
    asked,
    async getJson(url) {
      const call = url.startsWith(prefix) ? url.slice(prefix.length).replace(/\/json$/u, '') : url;
      asked.push(call);
      if (!Object.hasOwn(answers, call)) throw new Error(`not recorded: ${url}`);
      return answers[call];
    },
    getText: (url) => Promise.reject(new Error(`not recorded: ${url}`)),
  };
}

/**
 * A record as dmQuery lists it, for an item whose dmGetItemInfo was recorded but whose search hit was not:
 * the adapter's five search fields taken from the item (`""` for one it lacks, as dmQuery writes), the
 * file type from its stored file.
 */
function listedAs(alias: string, info: Record<string, unknown>): SmuRecord {
  const find = String(info.find);
  const field = (nick: string) => (typeof info[nick] === 'string' ? info[nick] : '');
  return {
    collection: `/${alias}`,
    pointer: Number(info.dmrecord),
    filetype: find.split('.').pop(),
    parentobject: -1,
    ...Object.fromEntries(['title', 'date', 'type', 'format', 'formge'].map((nick) => [nick, field(nick)])),
    find,
  };
}

/** A stand-in for a parent whose dmGetItemInfo was not recorded: every field empty, as CONTENTdm writes `{}`. */
const NO_METADATA = { title: {}, descri: {}, date: {}, type: {}, format: {}, rights: {}, cdmisnewspaper: '0' };

/** What a user reads off a run: each record's row (id, dates, title, image, rights) or why it was dropped. */
async function outcomes(records: SmuRecord[], site: DetailFetcher, endpoint: string) {
  const options = optionsFor(endpoint);
  const results: Array<Record<string, unknown>> = [];
  for (const record of records) {
    let expanded: SmuRecord[];
    try {
      expanded = await smuAdapter.expandRecord!(record, site, options);
    } catch (error) {
      // The core keeps the message as the reason the record is dropped.
      results.push({ record: smuAdapter.recordRef(record, options)?.id, drop: (error as Error).message });
      continue;
    }
    for (const item of expanded) {
      const result = itemAt([smuAdapter.toRow(item, options)].flat(), 0, 'row result');
      if (isDrop(result)) {
        results.push({ record: smuAdapter.recordRef(item, options)?.id, drop: result.drop });
        continue;
      }
      const { id, doc_id, doc_url, img_url, title, raw_doc_date, doc_date, dateSource } = result;
      results.push({ id, doc_id, doc_url, img_url, title, raw_doc_date, doc_date, dateSource, rights: result.extra?.rights ?? null });
    }
  }
  return results;
}

const fieldMapOf = (name: string) => fieldMapFromTable(readFieldTable(recorded(name))!);

describe('real dmQuery answers through parsePage', () => {
  const parse = (body: string) => smuAdapter.parsePage(body, 'york alvin', null);

  it('reads a search for compound objects: pager.total a number, start and maxrecs strings, empty fields ""', () => {
    const page = parse(text('tn_query_york_objects.json'));
    expect(page).toMatchObject({ total: 4, next: null });
    expect(page.records.map((record) => [record.collection, record.pointer, record.filetype, record.parentobject, record.date])).toEqual([
      ['/p15138coll54', 7724, 'cpd', -1, ''],
      ['/p15138coll54', 1229068, 'cpd', -1, ''],
      ['/p15138coll54', 1206616, 'cpd', -1, ''],
      ['/p15138coll54', 101976, 'cpd', -1, ''],
    ]);
  });

  it('reads a search that lists pages: parentobject a string naming the object', () => {
    const page = parse(text('tn_query_york_pages.json'));
    expect(page.records.map((record) => [record.pointer, record.filetype, record.parentobject])).toEqual([
      [1229062, 'jp2', '1229068'],
      [7721, 'jpg', '7724'],
      [101974, 'jp2', '101976'],
      [1206609, 'jp2', '1206616'],
    ]);
    expect(parse(text('tn_query_in_compound.json')).records).toEqual([
      { collection: '/p15138coll54', pointer: 1206609, filetype: 'jp2', parentobject: '1206616', title: '54784_460', find: '1206610.jp2' },
    ]);
  });

  it('stops after a page that reaches pager.total, and on a search without hits', () => {
    const semmes = parse(text('al_query_voices_semmes.json'));
    expect(semmes).toMatchObject({ total: 16, next: null });
    expect(semmes.records.map((record) => [record.pointer, record.filetype, record.date])).toEqual([
      [2664, 'pdf', '1865 April 2'],
      [2669, 'pdf', '1866 January 6'],
      [2674, 'pdf', '1866 May 23'],
    ]);
    expect(parse(text('al_query_all_empty.json'))).toEqual({ records: [], next: null, total: 0 });
  });

  it('refuses the HTTP 200 HTML answer to an unknown collection, naming the alias, without asking again', () => {
    const refusal = (() => {
      try {
        return parse(text('al_bad_alias.html'));
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ArchiveResponseError);
    expect(refusal).toMatchObject({
      message: 'CONTENTdm does not know the collection "nosuchalias"; check the collection aliases',
      retryable: false,
    });
  });
});

describe('real field tables → where each collection keeps its fields', () => {
  it('ADAH textual materials: by Dublin Core, not by nick; the catalogued date before the sort date', () => {
    expect(fieldMapOf('al_voices_fields.json')).toEqual({
      title: ['title'],
      description: ['descri'],
      date: ['date', 'sort'],
      subjects: ['subjec'],
      keywords: [],
      notes: ['notes'],
      rights: ['rights'],
      // Hidden, but it says what the item is.
      type: ['type'],
      genre: ['format', 'digita'],
    });
    // `creato` is an "Old Catalog Number" (dc identi) and `author` a "Collection Creator" (dc source): neither is read.
    expect(Object.values(fieldMapOf('al_voices_fields.json')).flat()).not.toContain('creato');
    expect(fieldMapOf('al_records_fields.json')).toMatchObject({
      date: ['date'],
      type: ['type'],
      genre: ['format', 'digita'],
      subjects: ['subjec'],
    });
  });

  it('TeVA death records: the shown "Year" before the hidden "Date of Death" (nick date)', () => {
    expect(fieldMapOf('tn_deaths_fields.json')).toEqual({
      title: ['title'],
      description: ['descri', 'histor'],
      date: ['year', 'date'],
      subjects: ['subjea', 'name', 'namea', 'nameb'],
      keywords: [],
      notes: [],
      rights: ['rights'],
      type: ['type'],
      genre: ['format', 'media'],
    });
  });

  it('Missouri county histories: "Date.Original" (dateor), then the hidden search copy; never "Date.Digital"', () => {
    const fieldMap = fieldMapOf('mo_cohist_fields.json');
    expect(fieldMap.date).toEqual(['dateor', 'date']);
    // The transcript (FTS) is mapped to descri there; it is no description.
    expect(fieldMap.description).toEqual(['descri']);
  });

  it('Ohio Memory: "Date of Original" counts although mapped to coverage; then the searchable date', () => {
    expect(fieldMapOf('oh_exponent_fields.json')).toMatchObject({ date: ['date', 'search'], genre: ['format'], type: ['type'] });
  });

  it('Georgia death certificates: "Date of Death", never the "Birth Date"; no type field at all', () => {
    expect(fieldMapOf('ga_deaths_fields.json')).toMatchObject({
      date: ['date'],
      type: [],
      genre: ['format', 'filesi', 'width', 'height', 'file'],
      description: ['age', 'race', 'sex', 'notes'],
    });
  });

  it('reads the dates of real items by their collection’s map, and says which field', () => {
    const tn = fieldMapOf('tn_deaths_fields.json');
    expect(itemDate(recordedObject('tn_item_1206616_parent.json'), tn.date)).toEqual({
      raw: '1960-1964',
      source: 'year',
      year: null,
      date: null,
      span: [1960, 1964],
    });
    const voices = fieldMapOf('al_voices_fields.json');
    expect(itemDate(recordedObject('al_item_16539_compound.json'), voices.date)).toMatchObject({
      raw: '1863-1864',
      source: 'date',
      span: [1863, 1864],
    });
    const ga = fieldMapOf('ga_deaths_fields.json');
    expect(itemDate(recordedObject('ga_item_300730_death.json'), ga.date)).toMatchObject({
      raw: '1927-01-17',
      source: 'date',
      date: '1927-01-17',
    });
    const oh = fieldMapOf('oh_exponent_fields.json');
    expect(itemDate(recordedObject('oh_item_21598_newspaper_page.json'), oh.date)).toMatchObject({ source: 'date', date: '1926-01-21' });
  });

  it('is not a field table: an error body, a moved site’s []', () => {
    expect(readFieldTable(recorded('al_item_not_found.json'))).toBeNull();
    expect(readFieldTable([])).toBeNull();
  });
});

describe('real records through expandRecord, toRow and recordRef', () => {
  const alabama = () =>
    recordedSite(SITES.alabama, {
      'dmGetCollectionFieldInfo/voices': recorded('al_voices_fields.json'),
      'dmGetCollectionFieldInfo/records': recorded('al_records_fields.json'),
      'dmGetItemInfo/voices/16539': recorded('al_item_16539_compound.json'),
      'dmGetItemInfo/voices/16538': recorded('al_item_16538_transcript.json'),
      'dmGetItemInfo/records/570': recorded('al_item_570_audio.json'),
      'dmGetItemInfo/voices/99999999': recorded('al_item_not_found.json'),
      'dmGetCompoundObjectInfo/voices/16539': recorded('al_compound_16539.json'),
      'GetParent/voices/16527': recorded('al_getparent_page.json'),
      'GetParent/voices/16539': recorded('al_getparent_top.json'),
    });

  it('ADAH letters (PDF files): dropped without a request', async () => {
    const site = alabama();
    const records = smuAdapter.parsePage(text('al_query_voices_semmes.json'), 'semmes', null).records;
    expect(await outcomes(records, site, SITES.alabama)).toEqual([
      { record: 'voices_2664', drop: 'not an image file' },
      { record: 'voices_2669', drop: 'not an image file' },
      { record: 'voices_2674', drop: 'not an image file' },
    ]);
    expect(site.asked).toEqual([]);
  });

  it('ADAH Semmes logbook (a compound of PDFs, type Text): dropped on its search fields, after the field table only', async () => {
    const site = alabama();
    const logbook = listedAs('voices', recordedObject('al_item_16539_compound.json'));
    expect(await outcomes([logbook], site, SITES.alabama)).toEqual([{ record: 'voices_16539', drop: 'not an image type' }]);
    // GetParent is never needed: dmQuery's parentobject says the same (-1 here).
    expect(site.asked).toEqual(['dmGetCollectionFieldInfo/voices']);
    expect(smuAdapter.recordRef(logbook, optionsFor(SITES.alabama))).toEqual({
      id: 'voices_16539',
      url: 'https://digital.archives.alabama.gov/digital/collection/voices/id/16539',
    });
  });

  it('structure: the logbook’s 13 pages are all PDFs, so even a parent that said nothing gives no image', async () => {
    const site = recordedSite(SITES.alabama, {
      'dmGetCollectionFieldInfo/voices': recorded('al_voices_fields.json'),
      'dmGetItemInfo/voices/16539': NO_METADATA,
      'dmGetCompoundObjectInfo/voices/16539': recorded('al_compound_16539.json'),
    });
    const bare = {
      collection: '/voices',
      pointer: 16539,
      filetype: 'cpd',
      parentobject: -1,
      title: '',
      date: '',
      type: '',
      format: '',
      formge: '',
      find: '16760.cpd',
    };
    expect(await outcomes([bare], site, SITES.alabama)).toEqual([{ record: 'voices_16539', drop: 'compound object without image pages' }]);
    expect(compoundPages(recordedObject('al_compound_16539.json')).map((page) => page.file?.split('.').pop())).toEqual(
      Array(13).fill('pdf'),
    );
  });

  it('ADAH oral history (an mp3): dropped without a request; its metadata says Sound and IIIF refuses it', async () => {
    const site = alabama();
    const info = recordedObject('al_item_570_audio.json');
    const interview = listedAs('records', info);
    expect(interview.filetype).toBe('mp3');
    expect(await outcomes([interview], site, SITES.alabama)).toEqual([{ record: 'records_570', drop: 'not an image file' }]);
    expect(site.asked).toEqual([]);
    // Were it listed as an image, its own type would refuse it.
    const asImage = { ...interview, filetype: 'jpg', info };
    expect(smuAdapter.toRow(asImage, optionsFor(SITES.alabama))).toEqual({ drop: 'not an image type' });
    expect(text('al_iiif_501_audio.txt').split('\n').slice(0, 4)).toEqual(['501', '501 Not Implemented', '', 'Unsupported source format']);
  });

  it('an item the index lists but CONTENTdm no longer finds: dropped with CONTENTdm’s message', async () => {
    const ghost = {
      collection: '/voices',
      pointer: 99999999,
      filetype: 'jp2',
      parentobject: -1,
      title: '',
      date: '',
      type: '',
      format: '',
      formge: '',
      find: '',
    };
    expect(await outcomes([ghost], alabama(), SITES.alabama)).toEqual([
      { record: 'voices_99999999', drop: 'dmGetItemInfo: Requested item not found' },
    ]);
  });

  const tennessee = () =>
    recordedSite(SITES.tennessee, {
      'dmGetCollectionFieldInfo/p15138coll54': recorded('tn_deaths_fields.json'),
      'dmGetItemInfo/p15138coll54/1206616': recorded('tn_item_1206616_parent.json'),
      'dmGetItemInfo/p15138coll54/1206609': recorded('tn_item_1206609_page.json'),
      'dmGetCompoundObjectInfo/p15138coll54/1206616': recorded('tn_compound_1206616.json'),
      'GetParent/p15138coll54/1206609': recorded('tn_getparent_page.json'),
    });

  it('TeVA death index volume ("Still image", medium "Death records"): dropped on its metadata, its 467 pages never asked for', async () => {
    const site = tennessee();
    // Of the four volumes the search found, only 1206616's metadata was recorded.
    const volume = itemAt(smuAdapter.parsePage(text('tn_query_york_objects.json'), 'york alvin', null).records, 2, 'record');
    expect(await outcomes([volume], site, SITES.tennessee)).toEqual([{ record: 'p15138coll54_1206616', drop: 'excluded genre' }]);
    expect(site.asked).toEqual(['dmGetCollectionFieldInfo/p15138coll54', 'dmGetItemInfo/p15138coll54/1206616']);
  });

  it('TeVA page listed on its own (parentobject "1206616"): judged by its volume’s metadata, not its own empty fields', async () => {
    const site = tennessee();
    const page = itemAt(smuAdapter.parsePage(text('tn_query_in_compound.json'), 'york alvin', null).records, 0, 'record');
    expect(await outcomes([page], site, SITES.tennessee)).toEqual([{ record: 'p15138coll54_1206616', drop: 'excluded genre' }]);
    expect(site.asked).toEqual(['dmGetCollectionFieldInfo/p15138coll54', 'dmGetItemInfo/p15138coll54/1206616']);
    // The same two forms as GetParent: "1206616" for a page, -1 for a top-level item.
    expect(
      [recorded('tn_getparent_page.json'), recorded('al_getparent_top.json')].map((answer) =>
        wholeNumber((answer as { parent: unknown }).parent),
      ),
    ).toEqual([1206616, null]);
  });

  it('structure: under a parent that says nothing, the volume gives one row per page, with IIIF images', async () => {
    const site = recordedSite(SITES.tennessee, {
      'dmGetCollectionFieldInfo/p15138coll54': recorded('tn_deaths_fields.json'),
      'dmGetItemInfo/p15138coll54/1206616': NO_METADATA,
      'dmGetCompoundObjectInfo/p15138coll54/1206616': recorded('tn_compound_1206616.json'),
    });
    const volume = itemAt(smuAdapter.parsePage(text('tn_query_york_objects.json'), 'york alvin', null).records, 2, 'record');
    const rows = await outcomes([volume], site, SITES.tennessee);
    expect(rows).toHaveLength(467);
    expect(rows.find((row) => row.id === 'p15138coll54_1206609')).toEqual({
      id: 'p15138coll54_1206609',
      doc_id: 'p15138coll54_1206616',
      doc_url: 'https://teva.contentdm.oclc.org/digital/collection/p15138coll54/id/1206616',
      img_url: 'https://teva.contentdm.oclc.org/iiif/2/p15138coll54:1206609/full/max/0/default.jpg',
      title: null,
      raw_doc_date: null,
      doc_date: null,
      dateSource: undefined,
      rights: null,
    });
  });

  it('Georgia death certificate (a jpg, format "Document"): dropped on its search fields', async () => {
    const site = recordedSite(SITES.georgia, {
      'dmGetCollectionFieldInfo/gadeaths': recorded('ga_deaths_fields.json'),
      'dmGetItemInfo/gadeaths/300730': recorded('ga_item_300730_death.json'),
    });
    const certificate = listedAs('gadeaths', recordedObject('ga_item_300730_death.json'));
    expect(certificate).toMatchObject({ filetype: 'jpg', format: 'Document', date: '1927-01-17' });
    expect(await outcomes([certificate], site, SITES.georgia)).toEqual([{ record: 'gadeaths_300730', drop: 'excluded genre' }]);
    expect(site.asked).toEqual(['dmGetCollectionFieldInfo/gadeaths']);
  });

  it('Ohio Memory newspaper page: nothing in its fields refuses it, CONTENTdm’s cdmisnewspaper flag does', async () => {
    const site = recordedSite(SITES.ohio, {
      'dmGetCollectionFieldInfo/p16007coll107': recorded('oh_exponent_fields.json'),
      'dmGetItemInfo/p16007coll107/21598': recorded('oh_item_21598_newspaper_page.json'),
    });
    const newspaper = listedAs('p16007coll107', recordedObject('oh_item_21598_newspaper_page.json'));
    expect(await outcomes([newspaper], site, SITES.ohio)).toEqual([{ record: 'p16007coll107_21598', drop: 'newspaper page' }]);
    expect(site.asked).toEqual(['dmGetCollectionFieldInfo/p16007coll107', 'dmGetItemInfo/p16007coll107/21598']);
  });

  it('structure: a Missouri monograph’s nested nodes, the one-page node ("page" an object) included, give 106 rows', async () => {
    const site = recordedSite(SITES.missouri, {
      'dmGetCollectionFieldInfo/mocohist': recorded('mo_cohist_fields.json'),
      'dmGetItemInfo/mocohist/96244': NO_METADATA,
      'dmGetCompoundObjectInfo/mocohist/96244': recorded('mo_compound_96244_monograph.json'),
    });
    const history = {
      collection: '/mocohist',
      pointer: 96244,
      filetype: 'cpd',
      parentobject: -1,
      title: '',
      date: '',
      type: '',
      format: '',
      formge: '',
      find: '',
    };
    const rows = await outcomes([history], site, SITES.missouri);
    expect(rows).toHaveLength(106);
    expect(rows.map((row) => row.id)).toContain('mocohist_96236');
    expect(rows.every((row) => row.doc_id === 'mocohist_96244')).toBe(true);
    const pages = compoundPages(recordedObject('mo_compound_96244_monograph.json'));
    expect(pages.find((page) => page.pointer === 96236)).toEqual({ pointer: 96236, title: 'Page 97', file: '156431.jp2' });
    // Trailing spaces ("Cover ") are trimmed.
    expect(pages[0]).toEqual({ pointer: 96138, title: 'Cover', file: '156333.jp2' });
  });
});
