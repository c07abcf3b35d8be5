import { compareLabels } from './SplitOptions.js';

export interface ClassToAllocate {
  label: string;
  count: number;
  /** Seeded random number that breaks ties between equal remainders before the label does. */
  tieBreak: number;
}

/**
 * How many rows of each class go to val: `valTotal` shared proportionally to class sizes, floors
 * first and leftover slots by largest remainder, with every class keeping at least one row on each
 * side. The caller guarantees `classes.length <= valTotal <= rows - classes.length` and counts >= 2.
 */
export function allocateValCounts(classes: readonly ClassToAllocate[], valTotal: number): number[] {
  const rowTotal = classes.reduce((sum, { count }) => sum + count, 0);
  const quotas = classes.map(({ count }) => (valTotal * count) / rowTotal);
  // quotas and allocated hold one entry per class: a class index always hits (the `!`s below).
  const allocated = classes.map(({ count }, i) => Math.min(count - 1, Math.max(1, Math.floor(quotas[i]!))));
  let missing = valTotal - allocated.reduce((sum, value) => sum + value, 0);

  const byRemainder = (direction: 1 | -1) => (a: number, b: number) =>
    direction * (quotas[b]! - allocated[b]! - (quotas[a]! - allocated[a]!)) ||
    classes[a]!.tieBreak - classes[b]!.tieBreak ||
    compareLabels(classes[a]!.label, classes[b]!.label);

  // The clamps to [1, count - 1] can leave more than one slot per class to move, hence the loops.
  while (missing > 0) {
    const growable = classes.map((_, i) => i).filter((i) => allocated[i]! < classes[i]!.count - 1);
    for (const i of growable.sort(byRemainder(1)).slice(0, missing)) allocated[i]!++;
    missing = valTotal - allocated.reduce((sum, value) => sum + value, 0);
  }
  while (missing < 0) {
    const shrinkable = classes.map((_, i) => i).filter((i) => allocated[i]! > 1);
    for (const i of shrinkable.sort(byRemainder(-1)).slice(0, -missing)) allocated[i]!--;
    missing = valTotal - allocated.reduce((sum, value) => sum + value, 0);
  }
  return allocated;
}
