import { hash32, pickCyclic } from '@hx4/testkit';
import { GALLERIES, galleryByKey, type Gallery } from '../catalogue.js';
import { simImage, type SimImage } from './simImage.js';
import { uploadFolder } from './siteUrls.js';

export interface SimSiteOptions {
  seed: number;
  imageSize: readonly [number, number];
  /** Images in given galleries; the others get 4–40 by hash, one in eight none. */
  sizes: Readonly<Record<string, number>>;
  perPage: number;
  /** Galleries served in a new theme's markup. */
  changedMarkup: ReadonlySet<string>;
}

/**
 * How a gallery's thumbnails are written. The real site's saved home page shows plain `src` thumbnails;
 * the reference collector (2024) read `data-src`, so lazy loading came later; Eazyest Gallery's own
 * gallery code (used when thumbnails show descriptions) writes captions without the `id` that WordPress's
 * `[gallery]` ties to the thumbnail's `aria-describedby`.
 */
export type ThumbnailMarkup = 'wordpress' | 'eazyest' | 'lazy';
const MARKUPS: readonly ThumbnailMarkup[] = ['wordpress', 'eazyest', 'lazy'];

/** The slug of the subfolder one gallery in `SUBFOLDER_SHARE` has, as Eazyest folders may hold folders. */
export const SUBFOLDER_SLUG = 'field-photos';
const SUBFOLDER_SHARE = 4;
const MAX_RANDOM_SIZE = 40;
const CACHED_GALLERIES = 64;

/** The catalogue's galleries (and their subfolders) filled with generated photographs, the same on every run. */
export class SimSite {
  readonly #images = new Map<string, readonly SimImage[]>();
  readonly #byUploadFolder = new Map<string, Gallery>();

  constructor(readonly options: SimSiteOptions) {
    const galleries = GALLERIES.flatMap((entry) => {
      const subfolder = this.subfolder(entry);
      return subfolder ? [entry, subfolder] : [entry];
    });
    for (const gallery of galleries) {
      const folder = uploadFolder(gallery);
      const other = this.#byUploadFolder.get(folder);
      if (other) throw new Error(`${gallery.path} and ${other.path} would share the upload folder ${folder}`);
      this.#byUploadFolder.set(folder, gallery);
    }
  }

  /** The gallery at `/gallery/<segments>/` (segments joined by `/`): a catalogue gallery or a subfolder of one. */
  gallery(segments: string): Gallery | undefined {
    const key = segments.replaceAll('/', ' ');
    const parent = key.endsWith(` ${SUBFOLDER_SLUG}`) ? galleryByKey(key.slice(0, -SUBFOLDER_SLUG.length - 1)) : undefined;
    return galleryByKey(key) ?? (parent && this.subfolder(parent)) ?? undefined;
  }

  /** The gallery whose files are in `folder` (`/wp-content/gallery/…/`). */
  galleryOfUploadFolder(folder: string): Gallery | undefined {
    return this.#byUploadFolder.get(folder);
  }

  /**
   * The folders a gallery's first page lists as folder icons: the catalogue galleries inside it (a section
   * read as a gallery, such as `/gallery/usa/tanks/`, holds galleries too), then its generated subfolder.
   */
  subfolders(gallery: Gallery): Gallery[] {
    const inside = GALLERIES.filter(
      (other) => other.path.startsWith(gallery.path) && /^[^/]+\/$/u.test(other.path.slice(gallery.path.length)),
    );
    const generated = this.subfolder(gallery);
    return generated ? [...inside, generated] : inside;
  }

  /** A catalogue gallery's generated subfolder; most have none. */
  subfolder(gallery: Gallery): Gallery | null {
    if (!galleryByKey(gallery.key) || hash32(this.options.seed, 'subfolder', gallery.key) % SUBFOLDER_SHARE !== 0) return null;
    return {
      ...gallery,
      key: `${gallery.key} ${SUBFOLDER_SLUG}`,
      path: `${gallery.path}${SUBFOLDER_SLUG}/`,
      title: `${gallery.title} in the field`,
    };
  }

  markup(gallery: Gallery): ThumbnailMarkup {
    return pickCyclic(MARKUPS, hash32(this.options.seed, 'markup', gallery.key));
  }

  images(gallery: Gallery): readonly SimImage[] {
    const cached = this.#images.get(gallery.key);
    if (cached) return cached;
    const { seed, imageSize } = this.options;
    const images = Array.from({ length: this.#size(gallery.key) }, (_, index) => simImage(seed, gallery, index + 1, imageSize));
    if (this.#images.size >= CACHED_GALLERIES) this.#images.delete(this.#images.keys().next().value as string);
    this.#images.set(gallery.key, images);
    return images;
  }

  pages(gallery: Gallery): number {
    return Math.max(1, Math.ceil(this.images(gallery).length / this.options.perPage));
  }

  /** The photographs on page `page` (1-based) of a gallery. */
  page(gallery: Gallery, page: number): readonly SimImage[] {
    const { perPage } = this.options;
    return this.images(gallery).slice((page - 1) * perPage, page * perPage);
  }

  /** The image whose file name (without extension) or attachment slug this is. */
  find(gallery: Gallery, nameOrSlug: string): SimImage | undefined {
    const number = /[_-](\d{3,})$/.exec(nameOrSlug)?.[1];
    const image = number === undefined ? undefined : this.images(gallery)[Number(number) - 1];
    return image && (image.name === nameOrSlug || image.slug === nameOrSlug) ? image : undefined;
  }

  #size(key: string): number {
    const { sizes, seed } = this.options;
    // hasOwn: a key named like an Object.prototype member (`constructor`) is no test's size.
    const given = Object.hasOwn(sizes, key) ? sizes[key] : undefined;
    if (given !== undefined) return given;
    const hash = hash32(seed, 'size', key);
    return hash % 8 === 0 ? 0 : 4 + ((hash >>> 3) % (MAX_RANDOM_SIZE - 3));
  }
}
