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
  const problem = misfit(schema, value);
  const at = joinPath(where, problem?.at ?? '') || 'a body';
  throw new ArchiveResponseError(`${who} answered ${at}: expected ${problem?.expected ?? 'another value'}, received ${problem?.received ?? 'this'}`, true);
}

function joinPath(outer: string, inner: string): string {
  if (outer === '' || inner === '') return outer + inner;
  return inner.startsWith('[') ? outer + inner : `${outer}.${inner}`;
}
