import { SeededRandom } from './SeededRandom.js';
import { compareLabels, resolveSplitOptions, rowsInInputOrder, type SplitOptions, type SplitResult } from './SplitOptions.js';

/** A label seen on fewer rows stays out of val: its only row is worth more to training than to validation. */
export const MIN_LABEL_ROWS_FOR_VAL = 2;

const VAL = 0;
const TRAIN = 1;
const UNASSIGNED = -1;

/**
 * Multi-label train/val split by first-order iterative stratification (Sechidis, Tsoumakas &
 * Vlahavas 2011): the label with the fewest unassigned rows is served first, and each of its rows
 * goes to the side that still wants most of that label (then most rows, then a seeded coin).
 * Unlike the reference it drops no label: rows with a label seen fewer than
 * {@link MIN_LABEL_ROWS_FOR_VAL} times go to train, and a label that ended up only in val gets one
 * of its rows (the one with the fewest labels) moved to train, so every label is trained on.
 * Rows without labels are `dropped`.
 */
export function iterativeStratifiedSplit<T>(
  rows: readonly T[],
  labelsOf: (row: T) => readonly string[],
  options: SplitOptions = {},
): SplitResult<T> {
  const { valFraction, seed } = resolveSplitOptions(options);
  // Rows and label ids are dense indices into arrays made with one entry per row, per label or per side
  // (VAL, TRAIN), so indexing with them always hits: hence the `!`s below.
  const labelSets = rows.map((row) => [...new Set(labelsOf(row).filter((label) => label.trim() !== ''))]);
  const labels = [...new Set(labelSets.flat())].sort(compareLabels);
  if (labels.length === 0) throw new Error('iterativeStratifiedSplit: no row has a label, nothing to split');
  const labelIds = new Map(labels.map((label, id) => [label, id]));
  const rowLabels = labelSets.map((set) => set.map((label) => labelIds.get(label)!));
  const rowsOfLabel: number[][] = labels.map(() => []);
  rowLabels.forEach((ids, row) => ids.forEach((id) => rowsOfLabel[id]!.push(row)));

  const labelledRows = rowLabels.filter((ids) => ids.length > 0).length;
  const ratios = [valFraction, 1 - valFraction];
  const wantedRows = ratios.map((ratio) => ratio * labelledRows);
  const wantedLabelRows = ratios.map((ratio) => rowsOfLabel.map((list) => ratio * list.length));
  const unassignedOfLabel = rowsOfLabel.map((list) => list.length);
  const side = rows.map(() => UNASSIGNED);
  const assign = (row: number, to: number) => {
    side[row] = to;
    wantedRows[to]!--;
    for (const id of rowLabels[row]!) {
      wantedLabelRows[to]![id]!--;
      unassignedOfLabel[id]!--;
    }
  };

  rowLabels.forEach((ids, row) => {
    if (ids.some((id) => rowsOfLabel[id]!.length < MIN_LABEL_ROWS_FOR_VAL)) assign(row, TRAIN);
  });

  const random = new SeededRandom(seed);
  const tieBreaks = labels.map(() => random.int(0, 0x7fffffff));
  const chooseSide = (id: number): number => {
    const byLabel = wantedLabelRows[VAL]![id]! - wantedLabelRows[TRAIN]![id]!;
    if (byLabel !== 0) return byLabel > 0 ? VAL : TRAIN;
    const byRows = wantedRows[VAL]! - wantedRows[TRAIN]!;
    if (byRows !== 0) return byRows > 0 ? VAL : TRAIN;
    return random.int(VAL, TRAIN);
  };
  let next: number;
  while ((next = rarestUnassignedLabel(unassignedOfLabel, tieBreaks)) >= 0) {
    const pending = rowsOfLabel[next]!.filter((row) => side[row] === UNASSIGNED);
    for (const row of random.shuffled(pending)) assign(row, chooseSide(next));
  }

  giveEveryLabelATrainRow(side, rowLabels, rowsOfLabel);

  // Every labelled row was assigned, so the unassigned ones are exactly the rows without labels.
  const on = (to: number) => side.flatMap((s, row) => (s === to ? [row] : []));
  return {
    train: rowsInInputOrder(rows, on(TRAIN)),
    val: rowsInInputOrder(rows, on(VAL)),
    dropped: rowsInInputOrder(rows, on(UNASSIGNED)),
  };
}

/** For each label that has no row in train, moves its row with the fewest labels (then the first) there. Indices as above. */
function giveEveryLabelATrainRow(side: number[], rowLabels: readonly number[][], rowsOfLabel: readonly number[][]): void {
  const trainRowsOfLabel = rowsOfLabel.map(() => 0);
  side.forEach((to, row) => to === TRAIN && rowLabels[row]!.forEach((id) => trainRowsOfLabel[id]!++));
  rowsOfLabel.forEach((labelRows, id) => {
    if (trainRowsOfLabel[id]! > 0) return;
    const moved = labelRows.reduce((best, row) => (rowLabels[row]!.length < rowLabels[best]!.length ? row : best));
    side[moved] = TRAIN;
    rowLabels[moved]!.forEach((other) => trainRowsOfLabel[other]!++);
  });
}

/** The label with the fewest unassigned rows (ties: seeded tie-break, then label order), or -1 when all are assigned. */
function rarestUnassignedLabel(unassignedOfLabel: readonly number[], tieBreaks: readonly number[]): number {
  let rarest = -1;
  unassignedOfLabel.forEach((count, id) => {
    if (count === 0) return;
    if (rarest < 0 || count < unassignedOfLabel[rarest]! || (count === unassignedOfLabel[rarest] && tieBreaks[id]! < tieBreaks[rarest]!)) {
      rarest = id;
    }
  });
  return rarest;
}
