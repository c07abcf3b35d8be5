import { allocateValCounts } from './allocateValCounts.js';
import { SeededRandom } from './SeededRandom.js';
import { compareLabels, resolveSplitOptions, rowsInInputOrder, type SplitOptions, type SplitResult } from './SplitOptions.js';

/**
 * Single-label stratified train/val split with the reference semantics: rows whose label occurs
 * once (or is blank) are `dropped`; of the other `n` rows, `ceil(valFraction × n)` go to val, shared
 * between labels in proportion to their size (largest remainder for leftover slots), with every
 * label on both sides. Rows are drawn from a seeded permutation within each label.
 */
export function stratifiedSplit<T>(rows: readonly T[], labelOf: (row: T) => string, options: SplitOptions = {}): SplitResult<T> {
  const { valFraction, seed } = resolveSplitOptions(options);
  const rowsByLabel = new Map<string, number[]>();
  const dropped: number[] = [];
  rows.forEach((row, index) => {
    const label = labelOf(row);
    if (label.trim() === '') dropped.push(index);
    else if (rowsByLabel.has(label)) rowsByLabel.get(label)!.push(index);
    else rowsByLabel.set(label, [index]);
  });
  for (const [label, indices] of rowsByLabel) {
    if (indices.length < 2) {
      dropped.push(...indices);
      rowsByLabel.delete(label);
    }
  }

  const labels = [...rowsByLabel.keys()].sort(compareLabels);
  const kept = rows.length - dropped.length;
  if (kept === 0) throw new Error('stratifiedSplit: no label has 2 or more rows, nothing to split');
  // The epsilon keeps float noise from adding a row: 0.35 × 20 is 7.000000000000001 in binary.
  const valTotal = Math.ceil(valFraction * kept - 1e-9);
  if (valTotal < labels.length || kept - valTotal < labels.length) {
    throw new Error(
      `stratifiedSplit: ${kept} rows in ${labels.length} labels cannot give every label a train and a val row ` +
        `with valFraction ${valFraction} (${kept - valTotal} train, ${valTotal} val)`,
    );
  }

  const random = new SeededRandom(seed);
  const classes = labels.map((label) => ({
    label,
    count: rowsByLabel.get(label)!.length,
    tieBreak: random.int(0, 0x7fffffff),
  }));
  const valCounts = allocateValCounts(classes, valTotal);
  const train: number[] = [];
  const val: number[] = [];
  labels.forEach((label, i) => {
    const permuted = random.shuffled(rowsByLabel.get(label)!);
    val.push(...permuted.slice(0, valCounts[i]));
    train.push(...permuted.slice(valCounts[i]));
  });
  return { train: rowsInInputOrder(rows, train), val: rowsInInputOrder(rows, val), dropped: rowsInInputOrder(rows, dropped) };
}
