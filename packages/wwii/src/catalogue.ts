import type { OwnQueries } from '@hx4/core';
import galleries from './galleries.json' with { type: 'json' };

/** One gallery of worldwarphotos.info: a query of its own, labelled with one canonical class. */
export interface Gallery {
  /** The query naming the gallery: its path below `/gallery/`, segments joined by spaces. */
  key: string;
  /** `/gallery/<country>/<category>/<slug>/` on the site. */
  path: string;
  /** The gallery's name on the site. */
  title: string;
  /** A canonical label of `misc/canonical_labels.json`. */
  label: string;
  country: string;
}

/**
 * Lower-case words of letters, digits, `_` and `-`: the form a query keeps through the core's query
 * cleaning, so the cleaned query still names its gallery.
 */
const SEGMENT = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;

/** `germany tanks panzer-iv` → `/gallery/germany/tanks/panzer-iv/`. */
export function galleryPath(key: string): string {
  const segments = key.split(' ');
  if (!segments.every((segment) => segment.length >= 2 && SEGMENT.test(segment))) {
    throw new Error(`"${key}" does not name a gallery: expected path segments such as "germany tanks panzer-iv"`);
  }
  return `/gallery/${segments.join('/')}/`;
}

/** `/gallery/germany/tanks/panzer-iv/` → `germany tanks panzer-iv`. */
export function galleryKey(path: string): string {
  const match = /^\/gallery\/(.+)\/$/.exec(path);
  const key = match ? match[1].replaceAll('/', ' ') : '';
  if (!match || galleryPath(key) !== path) throw new Error(`"${path}" is not a gallery path like /gallery/germany/tanks/panzer-iv/`);
  return key;
}

function readCatalogue(entries: ReadonlyArray<Omit<Gallery, 'key'>>): readonly Gallery[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    const key = galleryKey(entry.path);
    if (seen.has(key)) throw new Error(`galleries.json lists ${entry.path} twice`);
    seen.add(key);
    if (!entry.title.trim() || !entry.label.trim() || !entry.country.trim()) {
      throw new Error(`galleries.json: ${entry.path} needs a title, a label and a country`);
    }
    return { key, ...entry };
  });
}

/** The galleries HX4 collects, in the order they are harvested (earlier ones win label ties). */
export const GALLERIES: readonly Gallery[] = readCatalogue(galleries);

const byKey = new Map(GALLERIES.map((gallery) => [gallery.key, gallery]));

export function galleryByKey(key: string): Gallery | undefined {
  return byKey.get(key);
}

/** The catalogue as the core's query list: gallery keys, each mapped to its gallery's label. */
export function catalogueQueries(): OwnQueries {
  return {
    queries: GALLERIES.map((gallery) => gallery.key),
    canonical: Object.fromEntries(GALLERIES.map((gallery) => [gallery.key, gallery.label])),
  };
}
