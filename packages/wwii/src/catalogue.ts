import type { OwnQueries } from '@hx4/core';
import { COUNTRIES, GALLERY_SECTIONS, type GallerySection } from './gallerySections.js';

/** One gallery of worldwarphotos.info: a query of its own, labelled with one canonical class. */
export interface Gallery {
  /** The query naming the gallery: its path below `/gallery/`, segments joined by spaces. */
  key: string;
  /** `/gallery/<country>/<section>/<slug>/` (or a section's own folder) on the site. */
  path: string;
  /** The gallery's name: the site's where known, else this project's name for its subject. */
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

/** `usa tanks m4_sherman` → `/gallery/usa/tanks/m4_sherman/`. */
export function galleryPath(key: string): string {
  const segments = key.split(' ');
  if (!segments.every((segment) => segment.length >= 2 && SEGMENT.test(segment))) {
    throw new Error(`"${key}" does not name a gallery: expected path segments such as "usa tanks m4_sherman"`);
  }
  return `/gallery/${segments.join('/')}/`;
}

/** `/gallery/usa/tanks/m4_sherman/` → `usa tanks m4_sherman`. */
export function galleryKey(path: string): string {
  const folders = /^\/gallery\/(.+)\/$/.exec(path)?.[1];
  const key = folders === undefined ? '' : folders.replaceAll('/', ' ');
  if (folders === undefined || galleryPath(key) !== path)
    throw new Error(`"${path}" is not a gallery path like /gallery/usa/tanks/m4_sherman/`);
  return key;
}

/** A section's own gallery, when it is read as one, then its galleries, with their labels and country. */
function sectionGalleries(section: GallerySection): Gallery[] {
  const folder = `/gallery/${section.folder}/`;
  const country = COUNTRIES[section.folder.replace(/\/.*/su, '')];
  if (!country) throw new Error(`gallery sections: ${folder} is in no country folder of COUNTRIES`);
  const own = section.gallery === undefined ? [] : [{ path: folder, title: section.gallery, label: section.label }];
  const galleries = Object.entries(section.galleries ?? {}).map(([slug, entry]) => {
    const [title, label] = typeof entry === 'string' ? [entry, section.label] : entry;
    return { path: `${folder}${slug}/`, title, label };
  });
  return [...own, ...galleries].map((gallery) => ({ key: galleryKey(gallery.path), ...gallery, country }));
}

function readCatalogue(sections: readonly GallerySection[]): readonly Gallery[] {
  const galleries = sections.flatMap(sectionGalleries);
  const seen = new Set<string>();
  for (const { key, path, title, label } of galleries) {
    if (seen.has(key)) throw new Error(`gallery sections list ${path} twice`);
    seen.add(key);
    if (!title.trim() || !label.trim()) throw new Error(`gallery sections: ${path} needs a title and a label`);
  }
  return galleries;
}

/** The galleries HX4 collects, in the order they are harvested (earlier ones win label ties). */
export const GALLERIES: readonly Gallery[] = readCatalogue(GALLERY_SECTIONS);

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
