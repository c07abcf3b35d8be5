import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { misfit } from '../adapter/misfit.js';
import type { DatasetSummary } from './DatasetSummary.js';
import { layoutOf, RUN_SUMMARY_JSON } from './DatasetLayout.js';
import { archiveRunSummarySchema, mergedRunSummarySchema } from './runSummarySchemas.js';
import { RunSummaryError } from './RunSummaryError.js';

/**
 * Reads and checks the `run-summary.json` of the dataset folder `dir`: one archive's run summary, or a
 * merge's (`kind: 'merged'`). Anything else throws a `RunSummaryError` naming the file and the first field
 * that is wrong, so collect, merge, report and explain all accept and refuse the same folders.
 */
export async function readRunSummary(dir: string): Promise<DatasetSummary> {
  const { root, runSummary: path } = layoutOf(dir);
  const fail = (problem: string): never => {
    throw new RunSummaryError(`${path} ${problem}`, `${RUN_SUMMARY_JSON} ${problem}`);
  };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    if (code === 'ENOENT')
      throw new RunSummaryError(`${root} is not an hx4 dataset folder: it has no ${RUN_SUMMARY_JSON}`, `no ${RUN_SUMMARY_JSON}`);
    return fail(`cannot be read: ${code}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail('does not hold a JSON object');
  const kind = 'kind' in parsed ? parsed.kind : undefined;
  if (kind === 'merged')
    return { kind: 'merged', summary: checked(mergedRunSummarySchema, parsed, (problem) => fail(`(merged) ${problem}`)) };
  if (kind !== undefined) return fail(`has an unknown kind ${JSON.stringify(kind)}`);
  return { kind: 'archive', summary: checked(archiveRunSummarySchema, parsed, fail) };
}

/** The summary as the schema reads it (defaults filled in), or `fail` told the first field that does not fit. */
function checked<S extends v.GenericSchema>(schema: S, value: unknown, fail: (problem: string) => never): v.InferOutput<S> {
  const problem = misfit(schema, value);
  if (problem?.received === 'undefined') fail(`has no field "${problem.at}"`);
  if (problem) fail(`field "${problem.at}" is ${problem.received}, expected ${problem.expected}`);
  return v.parse(schema, value);
}
