import * as v from 'valibot';

/** Where a value does not fit its schema. */
export interface Misfit {
  /** The path to the first field that does not fit, `items[3].title`; `''` for the value itself. */
  at: string;
  /** The same path with list positions left out, `items[].title`: one name for the field in every record. */
  field: string;
  /** What the schema allows there, e.g. `Array`, `(number | string)`. */
  expected: string;
  /** What was there, e.g. `"Tank"`, `5`, `null`. */
  received: string;
}

/**
 * The first field of `value` that does not fit `schema`, null when all do. In a union every option
 * failed; the option that got deepest into the value says best what went wrong (a vehicle image's
 * `war` rather than "neither an article nor an image"), the first of them on a tie, so a union lists
 * its fullest shape first.
 */
export function misfit(schema: v.GenericSchema, value: unknown): Misfit | null {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return null;
  const { issue, keys } = deepest(result.issues[0], []);
  // A required key left out: valibot says it expected the key's name; what is missing is a value.
  const missing = issue.received === 'undefined' && /object$/u.test(issue.type);
  return {
    at: keys
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
      .join('')
      .replace(/^\./u, ''),
    field: keys
      .map((key) => (typeof key === 'number' ? '[]' : `.${String(key)}`))
      .join('')
      .replace(/^\./u, ''),
    expected: missing ? 'a value' : distinct(issue.expected ?? issue.type),
    received: issue.received,
  };
}

/** The issue and the keys leading to it from the checked value; a union's options report paths from the union's own value. */
function deepest(issue: v.BaseIssue<unknown>, above: readonly unknown[]): { issue: v.BaseIssue<unknown>; keys: unknown[] } {
  const here = { issue, keys: [...above, ...(issue.path ?? []).map((item) => item.key)] };
  const options = (issue.issues ?? []).map((option) => deepest(option, here.keys));
  const best = options.reduce<typeof here | null>(
    (found, option) => (found === null || option.keys.length > found.keys.length ? option : found),
    null,
  );
  return best !== null && best.keys.length > here.keys.length ? best : here;
}

/** A union of two object shapes expects `(Object | Object)`: each kind once, `Object`. */
function distinct(expected: string): string {
  const kinds = /^\((.*)\)$/u.exec(expected)?.[1]?.split(' | ');
  if (kinds === undefined) return expected;
  const unique = [...new Set(kinds)];
  return unique.length === 1 ? unique.join('') : `(${unique.join(' | ')})`;
}
