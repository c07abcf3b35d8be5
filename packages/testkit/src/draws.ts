/** Choices for simulated corpora, from draws in [0, 1) (see `unitHash`), so a seed fixes every record. */

/** Picks from a non-empty list with a draw in [0, 1). */
export function pickFrom<T>(list: readonly T[], draw: number): T {
  const picked = list[Math.min(list.length - 1, Math.floor(draw * list.length))];
  if (picked === undefined) throw new Error('pickFrom: nothing to pick from an empty list');
  return picked;
}

/** The `n`-th item of a non-empty list, counting on round it past its end (and back from the start for negative `n`). */
export function pickCyclic<T>(list: readonly T[], n: number): T {
  const picked = list[((n % list.length) + list.length) % list.length];
  if (picked === undefined) throw new Error('pickCyclic: nothing to pick from an empty list');
  return picked;
}

/** Picks by weight with a draw in [0, 1). */
export function weighted<T>(draw: number, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let remaining = draw * total;
  for (const [value, weight] of entries) {
    remaining -= weight;
    if (remaining < 0) return value;
  }
  // Rounding can leave a sliver of `remaining`: it goes to the last entry.
  return pickFrom(entries, 1 - Number.EPSILON)[0];
}

/** A whole number in `[min, max]` with a draw in [0, 1). */
export function between(min: number, max: number, draw: number): number {
  return min + Math.min(max - min, Math.floor(draw * (max - min + 1)));
}
