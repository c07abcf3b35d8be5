import * as v from 'valibot';

/** A flag name of the hx4 CLI as written after `--`, in its kebab-case spelling: `thumbnail-size`, `img-mean-std`. */
const FLAG_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$|^[a-z][a-z0-9]+$/u;

/** A value the plugin turns into flags: `--name value`; true `--name`, false `--no-name`; a list repeats the flag. */
const flagValue = v.union(
  [v.string(), v.number(), v.boolean(), v.array(v.union([v.string(), v.number()]))],
  'must be a string, a number, true/false or a list of strings and numbers',
);

/** The message of a definition object's own issues: not an object, a key missing, or a key it does not have. */
function fieldsMessage(kind: string, fields: string) {
  return (issue: v.StrictObjectIssue) => {
    if (issue.expected === 'Object') return `must be an object of ${fields}`;
    return issue.received === 'undefined' ? `is required in ${kind}` : `is not a field of ${kind} (${fields})`;
  };
}

/** hx4 flags as `options` of a definition; `reserved` are those the plugin sets from other fields (flag → where). */
function flagOptions(reserved: Readonly<Record<string, string>>) {
  const name = v.pipe(
    v.string(),
    v.regex(FLAG_NAME, 'is not a long hx4 flag name in kebab-case (e.g. thumbnail-size)'),
    v.check(
      (flag) => !Object.hasOwn(reserved, flag),
      (issue) => `is set by the plugin from ${reserved[issue.input]}`,
    ),
  );
  return v.optional(v.record(name, flagValue, 'must be an object of hx4 flags, e.g. { "thumbnail-size": "512,512" }'));
}

const date = v.pipe(
  v.string('must be a date, YYYY-MM-DD'),
  v.isoDate((issue) => `${JSON.stringify(issue.input)} is not a date YYYY-MM-DD`),
);

/** The collect flags that the definition's own fields give, with their History-X4 spellings. */
const COLLECT_RESERVED = {
  'dataset-dir': 'outDir',
  dir: 'outDir',
  ddir: 'outDir',
  'start-date': 'window.start',
  sdt: 'window.start',
  'end-date': 'window.end',
  edt: 'window.end',
};

/** `datasets/<name>/hx4.dataset.json` of one archive's dataset. */
export const datasetDefinitionSchema = v.strictObject(
  {
    archive: v.pipe(
      v.string('must name the archive, e.g. "europeana"'),
      v.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/u, (issue) => `${JSON.stringify(issue.input)} is not an archive id (e.g. europeana, sa-kuva)`),
    ),
    window: v.optional(
      v.pipe(
        v.strictObject({ start: date, end: date }, fieldsMessage('a window', 'start, end (YYYY-MM-DD)')),
        v.check(
          (window) => window.start <= window.end,
          (issue) => `start ${issue.input.start} is after end ${issue.input.end}`,
        ),
      ),
    ),
    outDir: v.optional(v.pipe(v.string('must be a folder path'), v.nonEmpty('must be a folder path'))),
    options: flagOptions(COLLECT_RESERVED),
  },
  fieldsMessage('a dataset', 'archive, window, outDir, options'),
);

/** The merge flags that the definition's sources give. */
const MERGE_RESERVED = { 'dataset-dir': "the sources' outDir", dir: "the sources' outDir", ddir: "the sources' outDir", expect: 'sources' };

/** `datasets/<name>/hx4.dataset.json` of a merged set: the datasets (project names) it merges. */
export const mergedSetDefinitionSchema = v.strictObject(
  {
    sources: v.pipe(
      v.array(
        v.pipe(v.string('must be a dataset project name'), v.nonEmpty('must be a dataset project name')),
        'must list dataset projects',
      ),
      v.minLength(1, 'must list at least one dataset project'),
      v.check((sources) => new Set(sources).size === sources.length, 'names a dataset twice'),
      // minLength has made sure of the first.
      v.transform((sources) => sources as [string, ...string[]]),
    ),
    options: flagOptions(MERGE_RESERVED),
  },
  fieldsMessage('a merged set', 'sources, options'),
);

export type DatasetDefinition = v.InferOutput<typeof datasetDefinitionSchema>;
export type MergedSetDefinition = v.InferOutput<typeof mergedSetDefinitionSchema>;
export type FlagOptions = NonNullable<DatasetDefinition['options']>;
export type DateWindow = NonNullable<DatasetDefinition['window']>;
