/** Task ids as sbatch's `--array` takes them: sorted, runs written as ranges (`0-3,6,8-9`). */
export function arrayRanges(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  for (const [position, id] of sorted.entries()) {
    const next = sorted[position + 1];
    if (next === id + 1) continue;
    ranges.push(start === id ? String(id) : `${String(start)}-${String(id)}`);
    start = next;
  }
  return ranges.join(',');
}
