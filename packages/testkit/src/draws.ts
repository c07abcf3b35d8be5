/** Choices for simulated corpora, from draws in [0, 1) (see `unitHash`), so a seed fixes every record. */

/** Picks from a list with a draw in [0, 1). */
export function pickFrom<T>(list: readonly T[], draw: number): T {
  return list[Math.min(list.length - 1, Math.floor(draw * list.length))];
}

/** Picks by weight with a draw in [0, 1). */
export function weighted<T>(draw: number, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let remaining = draw * total;
  for (const [value, weight] of entries) {
    remaining -= weight;
    if (remaining < 0) return value;
  }
  return entries[entries.length - 1][0];
}

/** A whole number in `[min, max]` with a draw in [0, 1). */
export function between(min: number, max: number, draw: number): number {
  return min + Math.min(max - min, Math.floor(draw * (max - min + 1)));
}
