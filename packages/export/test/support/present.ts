/** The item at `index`; a test whose data came out shorter fails here, naming what was missing. */
export function itemAt<T>(items: readonly T[], index: number, what: string): T {
  const item = items.at(index);
  if (item === undefined) throw new Error(`no ${what} at ${String(index)} (of ${String(items.length)})`);
  return item;
}

/** A CSV record's cell; a missing column fails the test, naming it. */
export function cell(record: Readonly<Record<string, string>>, column: string): string {
  const value = record[column];
  if (value === undefined) throw new Error(`the record has no column "${column}"`);
  return value;
}
