import type { FlagOptions } from '../definition/DatasetDefinition.js';

/** A definition's `options` as hx4 arguments, in the order written: `--name value`, `--name` (true), `--no-name` (false), a list repeated. */
export function flagArguments(options: FlagOptions = {}): string[] {
  return Object.entries(options).flatMap(([name, value]) => {
    if (value === true) return [`--${name}`];
    if (value === false) return [`--no-${name}`];
    return [value].flat().flatMap((item) => [`--${name}`, String(item)]);
  });
}
