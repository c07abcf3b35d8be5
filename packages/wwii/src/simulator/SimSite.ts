import { hash32 } from '@hx4/testkit';
import { galleryByKey, type Gallery } from '../catalogue.js';
import { simImage, type SimImage } from './simImage.js';

export interface SimSiteOptions {
  seed: number;
  imageSize: readonly [number, number];
  /** Images in given galleries; the others get 4–40 by hash, one in eight none. */
  sizes: Readonly<Record<string, number>>;
  perPage: number;
  /** Galleries served in a new theme's markup. */
  changedMarkup: ReadonlySet<string>;
}

const MAX_RANDOM_SIZE = 40;
const CACHED_GALLERIES = 64;

/** The catalogue's galleries filled with generated photographs, the same on every run. */
export class SimSite {
  readonly #images = new Map<string, readonly SimImage[]>();

  constructor(readonly options: SimSiteOptions) {}

  /** The catalogue gallery at `/gallery/<segments>/`, segments joined by `/`. */
  gallery(segments: string): Gallery | undefined {
    return galleryByKey(segments.replaceAll('/', ' '));
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
    const number = /[_-](\d{3,})$/.exec(nameOrSlug);
    const image = number ? this.images(gallery)[Number(number[1]) - 1] : undefined;
    return image && (image.name === nameOrSlug || image.slug === nameOrSlug) ? image : undefined;
  }

  #size(key: string): number {
    const { sizes, seed } = this.options;
    if (Object.hasOwn(sizes, key)) return sizes[key];
    const hash = hash32(seed, 'size', key);
    return hash % 8 === 0 ? 0 : 4 + ((hash >>> 3) % (MAX_RANDOM_SIZE - 3));
  }
}
