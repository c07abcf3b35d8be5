import { isDrop, type AdapterOptions, type RowDraft, type RowResult } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { europeanaAdapter, type EuropeanaItem } from '../src/index.js';
import items from './fixtures/items.json' with { type: 'json' };
import searchPage from './fixtures/searchPage.json' with { type: 'json' };

const fixtures: Readonly<Record<keyof typeof items, EuropeanaItem>> = items;
const defaultOptions: AdapterOptions = {
  endpoint: europeanaAdapter.defaultEndpoint,
  window: europeanaAdapter.defaultWindow,
};

function oneResult(result: RowResult | RowResult[]): RowResult {
  if (Array.isArray(result)) throw new Error('expected one result per item, got a list');
  return result;
}

function toRow(name: keyof typeof fixtures, options: AdapterOptions = defaultOptions): RowResult {
  return oneResult(europeanaAdapter.toRow(fixtures[name], options));
}

function keptRow(results: RowResult | RowResult[]): RowDraft {
  const result = oneResult(results);
  if (isDrop(result)) throw new Error(`expected a row, got the drop "${result.drop}"`);
  return result;
}

const [taggedItem, multilingualItem] = europeanaAdapter.parsePage(searchPage, 'trench', null).records;

describe('europeanaAdapter.toRow: kept rows', () => {
  it('fills every column from a fully described item', () => {
    expect(europeanaAdapter.toRow(taggedItem, defaultOptions)).toEqual({
      doc_id: '/2020601/https___beeldbank_example_nl_1234',
      id: '2020601_https___beeldbank_example_nl_1234',
      img_url: 'https://images.example.nl/fullsize/1234.JPG?width=2000',
      doc_url: 'https://www.europeana.eu/en/item/2020601/https___beeldbank_example_nl_1234',
      // The English "20th century" is Europeana's enrichment (language-tagged), not the provider's date.
      raw_doc_date: '1944-09-17',
      doc_year: 1944,
      doc_date: '1944-09-17',
      dateSource: 'year',
      country: 'Netherlands',
      title: 'Airborne landings near Arnhem',
      description: 'British paratroopers landing near Arnhem.',
      extra: { rights: 'http://rightsstatements.org/vocab/InC/1.0/' },
    });
  });

  it('takes the first title that reads as English and accepts an image URL without extension', () => {
    const row = keptRow(europeanaAdapter.toRow(multilingualItem, defaultOptions));
    expect(row.title).toBe('Soldiers in a trench');
    expect(row.img_url).toBe('https://media.example.de/iiif/get?id=77&format=jpeg');
    expect(row).toMatchObject({ doc_year: 1916, doc_date: '1916', raw_doc_date: '1916', country: 'Germany' });
    expect(row.description).toBeNull();
  });

  it('keeps a Dutch item with a decade undated and without an English title or description', () => {
    expect(keptRow(toRow('dutchWithDecade'))).toMatchObject({
      raw_doc_date: '1940s',
      doc_year: null,
      doc_date: null,
      title: null,
      description: null,
    });
  });

  it('reads no year from centuries, millennium ranges or year ranges, and keeps the labels as text', () => {
    expect(keptRow(toRow('centuryLabels'))).toMatchObject({
      raw_doc_date: '19th century; Second millennium AD, years 1001-2000',
      doc_year: null,
      doc_date: null,
    });
    expect(keptRow(toRow('rangeOnly'))).toMatchObject({ raw_doc_date: '1939-1945', doc_year: null });
  });

  it('finds a year standing alone in a timespan label', () => {
    expect(keptRow(toRow('yearInLabelOnly'))).toMatchObject({ doc_year: 1943, doc_date: '1943' });
  });

  it('survives an item without data provider or country', () => {
    expect(keptRow(toRow('missingProviderAndCountry'))).toMatchObject({ country: null, doc_year: 1918 });
  });

  it('cleans &nbsp; and indented line breaks out of titles and descriptions, as exported catalogue text has them', () => {
    const exported = 'Soldiers crossing the river\n          at dawn.&nbsp;';
    const item = {
      ...taggedItem,
      dcTitleLangAware: { en: [exported] },
      dcDescriptionLangAware: { en: [`British paratroopers near Arnhem.&nbsp;${exported}`] },
    };
    expect(keptRow(europeanaAdapter.toRow(item, defaultOptions))).toMatchObject({
      title: 'Soldiers crossing the river at dawn.',
      description: 'British paratroopers near Arnhem. Soldiers crossing the river at dawn.',
    });
  });

  it('skips titles made only of stop words and meaningless words', () => {
    expect(keptRow(toRow('untitledFirst')).title).toBe('Tank crossing a river');
  });

  it('matches useless terms at word starts only', () => {
    expect(keptRow(toRow('wordInsideAnotherWord')).title).toBe('Troops withdrawing from the town');
  });

  it('keeps every dated item when there is no window', () => {
    expect(keptRow(toRow('yearOutsideWindow', { ...defaultOptions, window: null })).doc_year).toBe(1872);
  });

  it('compares a lone year with the window years and a full date with the window dates', () => {
    const war = { ...defaultOptions, window: { start: '1939-09-01', end: '1945-09-02' } };
    expect(keptRow(europeanaAdapter.toRow({ ...fixtures.fullDateBeforeWar, edmTimespanLabel: [{ def: '1939' }] }, war)).doc_year).toBe(
      1939,
    );
    expect(toRow('fullDateBeforeWar', war)).toEqual({ drop: 'out of date window' });
    expect(keptRow(toRow('fullDateBeforeWar')).doc_date).toBe('1939-05-01');
  });
});

describe('europeanaAdapter.toRow: drops', () => {
  it.each<[keyof typeof fixtures, string]>([
    ['excludedProvider', 'excluded provider'],
    ['excludedCreator', 'excluded creator'],
    ['excludedSubject', 'excluded subject'],
    ['uselessTitle', 'useless title'],
    ['uselessTitlePlural', 'useless title'],
    ['uselessDescription', 'useless description'],
    ['yearOutsideWindow', 'out of date window'],
    ['noImageUrl', 'no image url'],
    ['pdfImageUrl', 'not an image url (.pdf)'],
    ['noId', 'no record id'],
  ])('drops %s as "%s"', (name, reason) => {
    expect(toRow(name)).toEqual({ drop: reason });
  });

  it.each([
    ['a TIFF scan', 'https://images.example.org/master/scan.tif'],
    ['a PNG', 'https://images.example.org/photo.PNG'],
    ['a script', 'http://bibliotecadigital.jcyl.es/i18n/catalogo_imagenes/imagen_id.cmd?idImagen=102620362'],
    ['a PHP image server', 'https://foto.example.it/getimage.php?id=77&size=full'],
    ['an ASP.NET handler', 'https://archief.example.nl/ImageHandler.ashx?guid=ab12'],
  ])('keeps %s for the image stage to judge by its bytes', (_kind, url) => {
    expect(keptRow(europeanaAdapter.toRow({ ...fixtures.tiffImageUrl, edmIsShownBy: [url] }, defaultOptions)).img_url).toBe(url);
  });

  it.each([
    ['https://media.example.org/interview.MP3', 'not an image url (.mp3)'],
    ['https://media.example.org/newsreel.mp4?start=0', 'not an image url (.mp4)'],
    ['https://www.example.org/object/12.html', 'not an image url (.html)'],
  ])('drops %s by its name', (url, reason) => {
    expect(europeanaAdapter.toRow({ ...fixtures.tiffImageUrl, edmIsShownBy: [url] }, defaultOptions)).toEqual({ drop: reason });
  });

  it('drops an item whose span of years lies wholly outside the window, and keeps one reaching into it undated', () => {
    const labelled = (def: string) => ({ ...fixtures.rangeOnly, edmTimespanLabel: [{ def }] });
    expect(europeanaAdapter.toRow(labelled('1840s'), defaultOptions)).toEqual({ drop: 'out of date window' });
    expect(keptRow(europeanaAdapter.toRow(labelled('1895/1905'), defaultOptions))).toMatchObject({ doc_year: null });
    expect(keptRow(europeanaAdapter.toRow(labelled('1840s'), { ...defaultOptions, window: null })).raw_doc_date).toBe('1840s');
  });

  it('drops a Spanish subject heading whose last part is the form (Grabados, Carteles)', () => {
    for (const def of ['Monasterio de las Huelgas (Burgos)-Grabados', 'Teatro-Málaga-Carteles', 'Carteles taurinos']) {
      expect(europeanaAdapter.toRow({ ...fixtures.untitledFirst, edmConceptLabel: [{ def }] }, defaultOptions)).toEqual({
        drop: 'excluded subject',
      });
    }
    const photographs = { ...fixtures.untitledFirst, edmConceptLabel: [{ def: 'Valladolid-Fotografías' }] };
    expect(keptRow(europeanaAdapter.toRow(photographs, defaultOptions)).doc_id).toBe(fixtures.untitledFirst.id);
  });

  it('rejects image URLs that are not http(s)', () => {
    const item = { ...fixtures.noImageUrl, edmIsShownBy: ['ftp://images.example.org/a.jpg'] };
    expect(europeanaAdapter.toRow(item, defaultOptions)).toEqual({ drop: 'no image url' });
  });

  it('drops a cached item whose fields are not the Search API’s shapes, naming the field, and names no record for it', () => {
    // The hits cache is plain JSON: an item of another shape (an older HX4, an edit) is refused, not half read.
    const item = { id: '/13/odd', dataProvider: ['Example Archive'], title: [7, null], edmIsShownBy: ['https://e.org/a.jpg'] };
    expect(europeanaAdapter.toRow(item, defaultOptions)).toEqual({ drop: 'unreadable record (title[]: expected string)' });
    expect(europeanaAdapter.toRow({ ...item, title: ['Tank'], dataProvider: 'Example Archive' }, defaultOptions)).toEqual({
      drop: 'unreadable record (dataProvider: expected Array)',
    });
    expect(europeanaAdapter.recordRef(item, defaultOptions)).toBeNull();
  });
});

describe("europeanaAdapter.toRow with the project's meaningless words", () => {
  it('passes over a title made only of them, and keeps it without the list', () => {
    const item = { ...taggedItem, dcTitleLangAware: { en: ['Reprint'] }, title: ['Reprint'] };
    const withList = keptRow(europeanaAdapter.toRow(item, { ...defaultOptions, meaninglessWords: new Set(['reprint']) }));
    expect(withList.title).toBeNull();
    expect(keptRow(europeanaAdapter.toRow(item, defaultOptions)).title).toBe('Reprint');
  });
});
