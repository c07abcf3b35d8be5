/** Locale-independent ascending order (code units for strings), so sorting is the same on every machine. */
export function compareAscending<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
