/** How unevenly images spread over labels. */
export interface Imbalance {
  /** Largest count over smallest count; 1 for a single label. */
  maxMinRatio: number;
  median: number;
  /** 0 when every label has as many images as the others, towards 1 when one label has nearly all. */
  gini: number;
}

export function imbalance(counts: readonly number[]): Imbalance {
  const ascending = [...counts].sort((a, b) => a - b);
  const [fewest] = ascending;
  const most = ascending.at(-1);
  if (fewest === undefined || most === undefined) throw new Error('imbalance needs at least one count');
  const n = ascending.length;
  const sum = ascending.reduce((a, b) => a + b, 0);
  // With n ≥ 1, middle < n, and middle ≥ 1 whenever n is even.
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? ascending[middle]! : (ascending[middle - 1]! + ascending[middle]!) / 2;
  let weighted = 0;
  ascending.forEach((count, index) => {
    weighted += (2 * (index + 1) - n - 1) * count;
  });
  return {
    maxMinRatio: most / Math.max(fewest, 1),
    median,
    gini: sum === 0 ? 0 : weighted / (n * sum),
  };
}
