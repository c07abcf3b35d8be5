/** Query labels of the real vocabulary; each is given the same number of hits in the simulator. */
export const QUERIES = ['aircraft', 'tank', 'artillery', 'infantry'];

/**
 * Stored images per hit, measured on the simulator's corpus: a record turns up under several queries, the
 * adapter drops some (excluded providers, dates out of the window, PDFs…) and a few URLs fail (404, HTML,
 * truncated JPEGs). It does not depend on the number of hits, so it sizes the corpus for N images.
 */
const STORED_IMAGES_PER_HIT = 0.43;

/** The simulator's `totals` for about `images` stored images. */
export function corpusTotals(images) {
  const perQuery = Math.ceil(images / (QUERIES.length * STORED_IMAGES_PER_HIT));
  return Object.fromEntries(QUERIES.map((query) => [query, perQuery]));
}
