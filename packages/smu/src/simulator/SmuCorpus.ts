import { hash32, queryTotal } from '@hx4/testkit';
import { MAX_PAGES, PAGE_POINTER_BASE, POINTER_BASE, simItem, type SimItem, type SimPage } from './simItem.js';

export interface SmuCorpusOptions {
  seed: number;
  /** Hits for given phrases (lower-case); other phrases get 0-40 by hash. */
  totals: Record<string, number>;
  imageSize: readonly [number, number];
}

/** What a pointer names: an item, or a page of a compound object with its parent. */
export type PointerTarget = { item: SimItem; page?: undefined } | { item: SimItem; page: SimPage };

const MIN_SIZE = 600;
const CACHED_PHRASES = 128;

/**
 * A finite archive (large enough for three times the largest configured total) generated lazily. A phrase
 * matches a deterministic subset of it, so one item turns up under several phrases; the browse search
 * (`0`) lists all of it.
 */
export class SmuCorpus {
  readonly size: number;
  readonly #options: SmuCorpusOptions;
  readonly #items = new Map<number, SimItem>();
  readonly #hits = new Map<string, readonly number[]>();

  constructor(options: SmuCorpusOptions) {
    for (const [phrase, total] of Object.entries(options.totals)) {
      if (!Number.isSafeInteger(total) || total < 0) throw new Error(`total for "${phrase}" must be a non-negative integer, got ${total}`);
    }
    this.#options = options;
    this.size = Math.max(MIN_SIZE, 3 * Math.max(0, ...Object.values(options.totals)));
  }

  item(index: number): SimItem {
    let item = this.#items.get(index);
    if (!item) {
      item = simItem(this.#options.seed, index, this.#options.imageSize);
      this.#items.set(index, item);
    }
    return item;
  }

  /** Indexes of the items a phrase matches, in index order (CONTENTdm's `nosort`). */
  hits(phrase: string): readonly number[] {
    const key = phrase.toLowerCase().replace(/\s+/gu, ' ').trim();
    const cached = this.#hits.get(key);
    if (cached) return cached;
    const { seed, totals } = this.#options;
    const total = Math.min(this.size, queryTotal(seed, totals, key));
    const ranked = Array.from({ length: this.size }, (_, index) => ({ index, rank: hash32(seed, 'member', key, index) }));
    ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
    const hits = ranked
      .slice(0, total)
      .map(({ index }) => index)
      .sort((a, b) => a - b);
    if (this.#hits.size >= CACHED_PHRASES) this.#hits.delete(this.#hits.keys().next().value as string);
    this.#hits.set(key, hits);
    return hits;
  }

  /** The item or compound page `alias:pointer` names; null when there is none. */
  byPointer(alias: string, pointer: number): PointerTarget | null {
    if (pointer >= PAGE_POINTER_BASE) {
      const offset = pointer - PAGE_POINTER_BASE;
      const item = this.#existing(Math.floor(offset / MAX_PAGES), alias);
      const page = item?.pages.find((candidate) => candidate.pointer === pointer);
      return item && page ? { item, page } : null;
    }
    const item = this.#existing(pointer - POINTER_BASE, alias);
    return item ? { item } : null;
  }

  #existing(index: number, alias: string): SimItem | null {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.size) return null;
    const item = this.item(index);
    return item.collection.alias === alias ? item : null;
  }
}
