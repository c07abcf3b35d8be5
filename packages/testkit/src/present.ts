/*
 * Reads for tests of data that must be there: when the code under test made less than the test expects, the
 * test fails here with a message naming what was missing, not with a TypeError further on.
 */

/** `value`, which must not be undefined; `what` names it in the failure. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}, found none`);
  return value;
}

/** The item at `index` (negative counts from the end, as `at` does). */
export function itemAt<T>(items: readonly T[], index: number, what: string): T {
  const item = items.at(index);
  if (item === undefined) throw new Error(`no ${what} at ${String(index)} (of ${String(items.length)})`);
  return item;
}

/** A CSV record's cell; a missing column fails, naming it. */
export function cell(record: Readonly<Record<string, string>>, column: string): string {
  const value = record[column];
  if (value === undefined) throw new Error(`the record has no column "${column}"`);
  return value;
}
