import { readFileSync } from 'node:fs';
import { cleanQuery, vocabularyFromQueries } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { GALLERIES, galleryKey, galleryPath, wwiiAdapter } from '../src/index.js';

const real = (name: string) => readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8');
/**
 * Every gallery URL known to exist on the real site (fixtures/real/PROVENANCE.md): the reference collector's
 * 417 and the folders the real home page links.
 */
const REAL_GALLERY_URLS = new Set([
  ...real('imaccess-gallery-urls.txt').trim().split('\n'),
  ...load(real('worldwarphotos-home.html'))('a[href^="https://www.worldwarphotos.info/gallery/"]')
    .map((_, a) => a.attribs.href)
    .toArray(),
]);
const OPTIONS = { endpoint: wwiiAdapter.defaultEndpoint, window: wwiiAdapter.defaultWindow };

const canonicalLabels = JSON.parse(readFileSync(new URL('../../../misc/canonical_labels.json', import.meta.url), 'utf8')) as Record<
  string,
  string
>;

describe('gallery catalogue', () => {
  it('reads only galleries known to exist on the real site, at the URL a collector used there', () => {
    expect(GALLERIES).toHaveLength(419);
    const unknown = GALLERIES.map((gallery) => wwiiAdapter.pageRequest(gallery.key, null, OPTIONS).url).filter(
      (url) => !REAL_GALLERY_URLS.has(url),
    );
    expect(unknown).toEqual([]);
  });

  it('labels every gallery with a canonical label of misc/canonical_labels.json', () => {
    const labels = new Set(Object.values(canonicalLabels));
    for (const gallery of GALLERIES) expect(labels, gallery.path).toContain(gallery.label);
  });

  it('names each gallery by a key the core keeps through query cleaning', () => {
    for (const { key, path } of GALLERIES) {
      expect(cleanQuery(key), path).toBe(key);
      expect(galleryPath(key)).toBe(path);
    }
    expect(new Set(GALLERIES.map((gallery) => gallery.key)).size).toBe(GALLERIES.length);
  });

  it('reads a gallery path given as a query as that gallery, once the core has cleaned it', () => {
    expect(cleanQuery('/gallery/usa/tanks/m4_sherman/')).toBe('usa tanks m4_sherman');
  });

  it('gives the core its queries in catalogue order, each mapped to the gallery label', () => {
    const { queries, canonical } = wwiiAdapter.ownQueries!();
    expect(queries).toEqual(GALLERIES.map((gallery) => gallery.key));
    const vocabulary = vocabularyFromQueries(queries, canonical);
    expect(vocabulary.queries).toEqual(queries);
    expect(vocabulary.canonical('usa tanks m4_sherman')).toBe('tank');
    expect(vocabulary.canonical('japan ijn midget')).toBe('submarine');
    expect(vocabulary.canonical('germany kriegsmarine')).toBe('warship');
  });

  it('maps keys and paths both ways and refuses anything else with a clear message', () => {
    expect(galleryKey('/gallery/germany/wehrmacht_trucks/opel_blitz/')).toBe('germany wehrmacht_trucks opel_blitz');
    expect(() => galleryPath('Panzer IV!')).toThrow(/^"Panzer IV!" does not name a gallery/);
    expect(() => galleryPath('germany  tanks')).toThrow(/does not name a gallery/);
    expect(() => galleryKey('/gallery/germany/tanks')).toThrow(/is not a gallery path/);
    expect(() => galleryKey('/photos/germany/tanks/')).toThrow(/is not a gallery path/);
  });
});
