import * as v from 'valibot';
import { ArchiveResponseError } from './ArchiveResponseError.js';
import { misfit } from './misfit.js';

/**
 * `value` when it fits `schema`, as it came: adapter schemas check and never rewrite, so records are
 * cached as the archive sent them. Otherwise an `ArchiveResponseError` naming the first field that does
 * not fit, e.g. `Europeana answered items[3].title: expected Array, received "Tank"`; worth asking again
 * like any answer HX4 cannot read, and the query fails with that message if the answer stays so.
 * `where` is the path of `value` inside the answer (`items`), when it is a part of it.
 */
export function checkAnswer<T>(schema: v.GenericSchema<T>, value: unknown, who: string, where = ''): T {
  if (v.is(schema, value)) return value;
  // `v.is` refused the value, so it has a misfit.
  const { at, expected, received } = misfit(schema, value)!;
  throw new ArchiveResponseError(`${who} answered ${joinPath(where, at) || 'a body'}: expected ${expected}, received ${received}`, true);
}

function joinPath(outer: string, inner: string): string {
  if (outer === '' || inner === '') return outer + inner;
  return inner.startsWith('[') ? outer + inner : `${outer}.${inner}`;
}
