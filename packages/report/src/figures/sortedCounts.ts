/** A label (or any key) and how many images carry it. */
export interface Count {
  key: string;
  count: number;
}

/** Most frequent first; ties in key order, so equal inputs always give the same order. */
export function sortedCounts(counts: ReadonlyMap<string, number>): Count[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function total(counts: Iterable<number>): number {
  let sum = 0;
  for (const count of counts) sum += count;
  return sum;
}

export function increment<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}
