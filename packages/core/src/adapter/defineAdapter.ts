import * as v from 'valibot';
import type { ArchiveAdapter } from './ArchiveAdapter.js';
import { misfit } from './misfit.js';

/**
 * The adapter as the core and the CLI hold it: every record handed to it is checked against `schema`
 * before the archive's own code reads it, since records come back from the hits cache as plain JSON
 * (cached by an older HX4, or edited). A record that does not fit is dropped naming the field
 * (`unreadable record (title: expected Array)`, one reason for every such record), has no `recordRef`,
 * and fails its expansion. The schema is the one the archive's `parsePage` checks pages with
 * (`checkAnswer`), and the archive's record type is derived from it.
 */
export function defineAdapter<R>(schema: v.GenericSchema<R>, adapter: ArchiveAdapter<R>): ArchiveAdapter<R, unknown> {
  const { recordRef, toRow, expandRecord, configure, ...identity } = adapter;
  // Called for records `v.is` refused, which have a misfit.
  const unreadable = (record: unknown) => {
    const { field, expected } = misfit(schema, record)!;
    return `unreadable record (${field || 'the record'}: expected ${expected})`;
  };
  return {
    ...identity,
    recordRef: (record, options) => (v.is(schema, record) ? recordRef(record, options) : null),
    toRow: (record, options, query) => (v.is(schema, record) ? toRow(record, options, query) : { drop: unreadable(record) }),
    ...(expandRecord && {
      expandRecord: async (record, fetch, options) => {
        if (!v.is(schema, record)) throw new Error(unreadable(record));
        return expandRecord(record, fetch, options);
      },
    }),
    ...(configure && { configure: (given, setup) => defineAdapter(schema, configure(given, setup)) }),
  };
}
