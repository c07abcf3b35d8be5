import { createHash } from 'node:crypto';
import { ArchiveResponseError, isDrop, type AdapterOptions, type RowDraft, type RowResult } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { europeanaAdapter, type EuropeanaItem } from '../src/index.js';
import { itemAt } from '@hx4/testkit';
import { realRecording, realRecordingBytes } from './realRecording.js';

/*
 * The adapter on answers recorded from the live Europeana API by others (fixtures/real/PROVENANCE.md):
 * which records become rows, and with what a user would check by eye.
 */

const withWindow: AdapterOptions = { endpoint: europeanaAdapter.defaultEndpoint, window: europeanaAdapter.defaultWindow };
const withoutWindow: AdapterOptions = { ...withWindow, window: null };
const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';

function searchPage(fileName: string) {
  return europeanaAdapter.parsePage(realRecording(fileName), 'recorded', null);
}

function results(items: EuropeanaItem[], options: AdapterOptions): RowResult[] {
  return items.flatMap((item) => europeanaAdapter.toRow(item, options));
}

function rows(items: EuropeanaItem[], options: AdapterOptions): RowDraft[] {
  return results(items, options).filter((result): result is RowDraft => !isDrop(result));
}

function dropCounts(items: EuropeanaItem[], options: AdapterOptions): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results(items, options)) if (isDrop(result)) counts[result.drop] = (counts[result.drop] ?? 0) + 1;
  return counts;
}

/** What a user checks by eye in a row. */
function seen(row: RowDraft) {
  const { doc_id, doc_year, doc_date, raw_doc_date, title, img_url, extra } = row;
  return { doc_id, doc_year, doc_date, raw_doc_date, title, img_url, rights: extra?.rights };
}

describe('the recordings are the ones PROVENANCE.md names, byte for byte', () => {
  it.each([
    ['openverse_sample_search_results_additional.json', '6a73a6010185c33ea8bda54aaa98851a93348330'],
    ['openverse-catalog_europeana_example.json.gz', '0f52659f09b0cb27e38005938860ea71ccdc1f0d'],
    ['openverse-catalog_image_data_sub_provider_example.json', '105b9d41a31d863f826f72741b45f6f0000f34db'],
    ['openverse_item_full.json', 'a6b6ef49c97124151b5b706ddd714e2fd75d4ea5'],
  ])('%s has Git blob id %s', (fileName, blobId) => {
    const bytes = realRecordingBytes(fileName);
    const gitBlobId = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    expect(gitBlobId).toBe(blobId);
  });
});

describe('NIMH page: 12 Dutch military photographs, dates only in edmTimespanLabel', () => {
  const page = searchPage('openverse_sample_search_results_additional.json');
  const memorix = (file: string) => `https://images.memorix.nl/nda/thumb/fullsize/${file}`;
  const undated = { doc_year: null, doc_date: null, raw_doc_date: null };
  const expected = [
    ['/2021650/memorix_0000ee69_1b9e_6823_478f_c88af61736c6', '010a31d7-9316-54d7-6ad0-83b9914688d9.jpg', undated],
    ['/2021650/memorix_000f2a5b_5bfb_e77d_61fa_a9cc4c1df9c6', '619262d6-c6e4-9b83-3e22-46591bbbb1cb.jpg', undated],
    ['/2021650/memorix_001316d1_2602_ca8a_5256_0f43e359d440', '67d9f18f-199a-bcd0-f2e1-eefbcdd6511c.jpg', undated],
    ['/2021650/memorix_001584f9_d51c_de76_52a4_f6365bfb77dd', 'ba6100b6-06c7-5e7b-6372-9c1eb26184eb.jpg', undated],
    ['/2021650/memorix_004b9779_b53e_1764_ed03_b63261ea449a', '63959171-f29d-8416-c39f-99e830f58738.jpg', undated],
    ['/2021650/memorix_00855e32_9822_674f_3ee1_bae7c4c6e6ab', '1f4443ad-d62e-7deb-1265-e6c2765a692f.jpg', undated],
    ['/2021650/memorix_0093940e_9bb3_c040_8175_4ee4506088c9', 'f49aecd9-276a-c6f6-f924-eaf4d2c5d69f.jpg', undated],
    ['/2021650/memorix_00c48c4b_4b7d_a20d_31d9_a7a3783d1b0c', '1544f5e3-809d-2284-9f3a-68ff797bc219.jpg', undated],
    ['/2021650/memorix_00de1ed2_10d9_0d28_6b4f_13881c62c5db', 'dfed32a1-cdc1-3ef9-7e02-ac0f73f0aa25.jpg', undated],
    // Between 20 and 23 July 1948: the year is sure, the day is not.
    [
      '/2021650/memorix_00ef884b_2c3b_f78f_460d_955ebd0a98fd',
      'd412800d-20ac-0462-fc13-2b62faf30726.jpg',
      { doc_year: 1948, doc_date: '1948', raw_doc_date: '1948-07-20/1948-07-23' },
    ],
    ['/2021650/memorix_00fd7d9f_e47d_adef_2d7f_c823603b7e78', '7cb9c55f-f03d-dd84-c604-2b78b961000e.jpg', undated],
    // "1920/1940" is a span, not the year 1920; it reaches into the window, so the photograph stays, undated.
    [
      '/2021650/memorix_01090513_acf7_303d_7b91_0b4539f3d570',
      '8b82e808-7dfd-c671-ba20-750d46fe7be1.jpg',
      { doc_year: null, doc_date: null, raw_doc_date: '1920/1940' },
    ],
  ] as const;

  it('reads one page of 12 items, without a cursor (the recording was not a cursor search), and strips the keyed links', () => {
    expect(page.records).toHaveLength(12);
    expect(page).toMatchObject({ next: null, total: 36574809 });
    expect(JSON.stringify(page.records)).not.toMatch(/wskey|utm_campaign/);
  });

  it('makes a row of every item, with the window and without', () => {
    const expectedRows = expected.map(([doc_id, file, dates]) => ({ doc_id, ...dates, title: null, img_url: memorix(file), rights: CC0 }));
    expect(rows(page.records, withWindow).map(seen)).toEqual(expectedRows);
    expect(rows(page.records, withoutWindow).map(seen)).toEqual(expectedRows);
  });

  it('gives no title: every title is Dutch (some are two long sentences with &nbsp; and newlines), none reads as English', () => {
    const longTitle = itemAt(page.records, 0, 'record').title ?? [];
    expect(longTitle).toHaveLength(2);
    expect(longTitle[0]).toContain('&nbsp;');
    expect(longTitle[0]).toMatch(/\n {10}/u);
    expect(rows(page.records, withWindow).every((row) => row.title === null && row.description === null)).toBe(true);
  });

  it('reads the date from the provider label, not from the 26 century labels and authority URIs Europeana adds', () => {
    const dated = itemAt(page.records, 9, 'record');
    expect(dated.edmTimespanLabel).toHaveLength(36);
    expect(europeanaAdapter.toRow(dated, withWindow)).toMatchObject({ doc_year: 1948, dateSource: 'edmTimespanLabel' });
    expect(rows(page.records, withWindow).filter((row) => row.dateSource !== undefined)).toHaveLength(1);
  });

  it('names every item by its Europeana id and page', () => {
    expect(page.records.map((item) => europeanaAdapter.recordRef(item, withWindow))).toEqual(
      expected.map(([id]) => ({ id, url: `https://www.europeana.eu/en/item${id}` })),
    );
  });
});

describe('Castilla y León page: 27 Spanish items, every image behind imagen_id.cmd?idImagen=…', () => {
  const page = searchPage('openverse-catalog_europeana_example.json.gz');
  const script = (id: number) => `http://bibliotecadigital.jcyl.es/i18n/catalogo_imagenes/imagen_id.cmd?idImagen=${id}`;
  const photograph = (record: number, image: number, raw: string) => ({
    doc_id: `/2022704/lod_oai_bibliotecadigital_jcyl_es_${record}_ent1`,
    doc_year: null,
    doc_date: null,
    raw_doc_date: raw,
    title: null,
    img_url: script(image),
    rights: CC0,
  });
  const twenties = '1920s; 192?; 192x; 20..; 20??; 20e';

  it('reads the 27 items and the (Openverse-edited) cursor', () => {
    expect(page.records).toHaveLength(27);
    expect(page).toMatchObject({ next: 'test_next_cursor', total: 27 });
  });

  it('keeps the four photographs, their script image URLs included, and drops engravings, posters and older items', () => {
    expect(rows(page.records, withWindow).map(seen)).toEqual([
      photograph(24170, 102232118, twenties),
      photograph(24169, 102232119, twenties),
      photograph(24168, 102232120, twenties),
      photograph(24167, 102232121, '20..; 20??; 20e; 1950s; 195?; 195x'),
    ]);
    // 14 "…-Grabados" (engravings) and 7 posters ("Carteles taurinos", "Teatro-Málaga-Carteles"); a bill of
    // exchange of 1829 and a heraldic plate of the 1770s are outside 1900–1970.
    expect(dropCounts(page.records, withWindow)).toEqual({ 'excluded subject': 21, 'out of date window': 2 });
  });

  it('without a window keeps the 1829 bill of exchange (year 1829) and the 1770s plate (undated) too', () => {
    const kept = rows(page.records, withoutWindow);
    expect(kept).toHaveLength(6);
    expect(kept.slice(0, 2).map(seen)).toEqual([
      {
        doc_id: '/2022704/lod_oai_bibliotecadigital_jcyl_es_26224_ent1',
        doc_year: 1829,
        doc_date: '1829',
        raw_doc_date: '1829; 19..; 19??; 19e',
        title: null,
        img_url: script(102620352),
        rights: CC0,
      },
      {
        doc_id: '/2022704/lod_oai_bibliotecadigital_jcyl_es_26212_ent1',
        doc_year: null,
        doc_date: null,
        raw_doc_date: '1770s; 177?; 177x; 18..; 18??; 18e',
        title: null,
        img_url: script(102620328),
        rights: CC0,
      },
    ]);
    expect(itemAt(kept, 0, 'kept row').dateSource).toBe('year');
    expect(dropCounts(page.records, withoutWindow)).toEqual({ 'excluded subject': 21 });
  });

  it('names every item by its Europeana id and page', () => {
    for (const item of page.records) {
      expect(europeanaAdapter.recordRef(item, withWindow)).toEqual({ id: item.id, url: `https://www.europeana.eu/en/item${item.id}` });
    }
  });
});

describe('sub-provider item: a Wellcome Collection engraving behind a IIIF Image API URL', () => {
  const item = realRecording('openverse-catalog_image_data_sub_provider_example.json') as EuropeanaItem;

  it('is dropped for its provider, and still named', () => {
    expect(europeanaAdapter.toRow(item, withWindow)).toEqual({ drop: 'excluded provider' });
    expect(europeanaAdapter.recordRef(item, withWindow)).toEqual({
      id: '/9200579/zzwnbyhb',
      url: 'https://www.europeana.eu/en/item/9200579/zzwnbyhb',
    });
  });

  it('would keep the IIIF URL as it is, were the provider not excluded (provider changed here, not in the file)', () => {
    const elsewhere = { ...item, dataProvider: ['Another archive'] };
    expect(europeanaAdapter.toRow(elsewhere, withWindow)).toMatchObject({
      img_url: 'https://iiif.wellcomecollection.org/image/V0013398.jpg/full/512,/0/default.jpg',
      title: 'Royal Naval Hospital, Greenwich, with ships and rowing boats in the foreground. Engraving.',
      description: 'Lettering: Greenwich Hospital.',
      doc_year: null,
    });
  });
});

describe('Record API item: a shape the adapter does not read', () => {
  const record = realRecording('openverse_item_full.json') as { object: { aggregations: Array<Record<string, unknown>> } };

  it('has single strings where the Search API has arrays, and no items', () => {
    const aggregation = itemAt(record.object.aggregations, 0, 'aggregation');
    expect(typeof aggregation.edmIsShownBy).toBe('string');
    expect(aggregation.edmDataProvider).toEqual({ def: ['http://data.europeana.eu/organization/1482250000004511854'] });
    expect(record).not.toHaveProperty('items');
  });

  it('is refused as a malformed search answer, worth asking for again', () => {
    expect(() => europeanaAdapter.parsePage(record, 'recorded', null)).toThrow(ArchiveResponseError);
    expect(() => europeanaAdapter.parsePage(record, 'recorded', null)).toThrow(/without an items array/);
  });
});

describe('error body as documented by a third party (daffainfo/all-about-apikey, Art-Design/README.md; not a recording)', () => {
  it('is a final refusal carrying the API message', () => {
    const documented = { apikey: 'APIKEY', success: false, error: "API key doesn't exist", code: '401-AX' };
    let refusal: unknown;
    try {
      europeanaAdapter.parsePage(documented, 'recorded', null);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ArchiveResponseError);
    expect((refusal as ArchiveResponseError).retryable).toBe(false);
    expect((refusal as ArchiveResponseError).message).toContain("API key doesn't exist");
  });
});
