import { jsonShape, shapeDifferences, startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EuropeanaItem } from '../src/index.js';
import { europeanaSimulator } from '../src/simulator/index.js';
import { realRecording, REAL_SEARCH_PAGES } from './realRecording.js';

/*
 * The simulator held to the real Search API: everything it serves must have the keys, value types and
 * empty-value conventions of the recorded answers (fixtures/real), and it must serve their traps.
 */

/** Language maps: their keys are language codes (`en`, `def`, `zxx`), not field names. */
const LANGUAGE_MAPS = [
  'dcCreatorLangAware',
  'dcDescriptionLangAware',
  'dcLanguageLangAware',
  'dcSubjectLangAware',
  'dcTitleLangAware',
  'dcTypeLangAware',
  'edmAgentLabelLangAware',
  'edmConceptPrefLabelLangAware',
  'edmPlaceAltLabelLangAware',
  'edmPlaceLabelLangAware',
  'edmTimespanLabelLangAware',
].map((field) => `$.items[].${field}`);

/**
 * Paths the simulator must serve with every kind the recordings show there: arrays of strings where a
 * client might expect a string, dates only as `{def}` labels and language maps, concepts as URIs.
 */
const TRAPS = [
  '$.items[].title[]',
  '$.items[].dataProvider[]',
  '$.items[].edmIsShownBy[]',
  '$.items[].edmIsShownAt[]',
  '$.items[].edmPreview[]',
  '$.items[].country[]',
  '$.items[].rights[]',
  '$.items[].dcCreator[]',
  '$.items[].year[]',
  '$.items[].edmTimespanLabel[].def',
  '$.items[].edmTimespanLabelLangAware.*[]',
  '$.items[].edmConcept[]',
  '$.items[].edmConceptLabel[].def',
  '$.items[].dcTitleLangAware.*[]',
  '$.items[].dcDescriptionLangAware.*[]',
  '$.nextCursor',
];

interface SearchPage {
  items: EuropeanaItem[];
  nextCursor?: string;
}

const realAnswers = [
  ...REAL_SEARCH_PAGES.map(realRecording),
  // The sub-provider item was recorded alone; as an element of `items` it has the same paths.
  { items: [realRecording('openverse-catalog_image_data_sub_provider_example.json')] },
];

describe('Europeana simulator held to the real recordings', () => {
  let sim: Simulator;
  let pages: SearchPage[];
  let items: EuropeanaItem[];
  beforeAll(async () => {
    sim = await startSimulator({ archives: [europeanaSimulator({ totals: { 'field hospital': 450 }, imageSize: [320, 240] })] });
    pages = [];
    let cursor: string | undefined = '*';
    while (cursor !== undefined) {
      const params = new URLSearchParams({ query: 'field hospital', rows: '100', profile: 'standard', cursor });
      const response = await fetch(`${sim.endpoint('europeana')}/search.json?${params}`, { headers: { 'X-Api-Key': 'api2demo' } });
      const page = (await response.json()) as SearchPage;
      pages.push(page);
      cursor = page.nextCursor;
    }
    items = pages.flatMap((page) => page.items);
  });
  afterAll(() => sim.close());

  const firstImage = (item: EuropeanaItem) => item.edmIsShownBy?.[0] ?? '';

  it('serves only real keys with real value types, the traps included', () => {
    const real = jsonShape(realAnswers, { dynamicKeys: LANGUAGE_MAPS });
    const simulated = jsonShape(pages, { dynamicKeys: LANGUAGE_MAPS });
    expect(shapeDifferences(simulated, real, { traps: TRAPS })).toEqual([]);
  });

  it('marks a missing value by leaving the key out, never with [] or "" (dcCreator, edmConcept, year, dates)', () => {
    const has = (field: string) => items.filter((item) => field in item).length;
    for (const field of ['dcCreator', 'edmConcept', 'edmConceptLabel', 'year', 'edmTimespanLabel', 'edmTimespanLabelLangAware']) {
      expect(has(field), field).toBeGreaterThan(0);
      expect(has(field), field).toBeLessThan(items.length);
    }
  });

  it('dates some items only in edmTimespanLabel, amid century labels in many languages and authority URIs', () => {
    const onlyTimespan = items.filter((item) => item.year === undefined && item.edmTimespanLabel !== undefined);
    expect(onlyTimespan.length).toBeGreaterThan(0);
    const labels = items.flatMap((item) => (item.edmTimespanLabel ?? []).map((label) => label.def ?? ''));
    for (const enrichment of ['1900-luku', '20. Jahrhundert', 'http://www.wikidata.org/entity/Q6927']) expect(labels).toContain(enrichment);
    expect(labels.some((label) => /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/u.test(label))).toBe(true);
    const neutral = items.flatMap((item) => Object.keys(item.edmTimespanLabelLangAware ?? {}));
    expect(neutral).toContain('zxx');
    expect(neutral).toContain('def');
  });

  it('serves exported text with &nbsp; and indented line breaks, and titles that are a list of long sentences', () => {
    const texts = items.flatMap((item) => [...(item.title ?? []), ...Object.values(item.dcDescriptionLangAware ?? {}).flat()]);
    expect(texts.some((text) => text.includes('&nbsp;'))).toBe(true);
    expect(texts.some((text) => /\n {10}\S/u.test(text))).toBe(true);
    expect(items.some((item) => (item.title ?? []).length === 2 && (item.title ?? []).every((title) => title.length > 50))).toBe(true);
  });

  it('serves a sub-provider whose image is a IIIF Image API URL, and providers whose images are scripts', () => {
    const iiif = items.filter((item) => /\/full\/512,\/0\/default\.jpg$/u.test(firstImage(item)));
    expect(iiif.length).toBeGreaterThan(0);
    expect(iiif.every((item) => item.dataProvider?.[0] === 'Wellcome Collection')).toBe(true);
    expect(items.filter((item) => /\/imagen_id\.cmd\?idImagen=\d+$/u.test(firstImage(item))).length).toBeGreaterThan(10);
  });
});
