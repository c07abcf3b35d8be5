import * as v from 'valibot';
import {
  datasetDefinitionSchema,
  mergedSetDefinitionSchema,
  type DatasetDefinition,
  type MergedSetDefinition,
} from './DatasetDefinition.js';
import { DefinitionError } from './DefinitionError.js';

/** A definition file's content: one archive's dataset, or a merged set of datasets (it has `sources`). */
export type Definition = { kind: 'dataset'; dataset: DatasetDefinition } | { kind: 'merged'; merged: MergedSetDefinition };

/** The checked content of the definition file `file` (named in errors); a `DefinitionError` names the first wrong field. */
export function parseDefinition(file: string, text: string): Definition {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DefinitionError(file, '', `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DefinitionError(file, '', 'must hold a JSON object: { "archive": … } or { "sources": […] }');
  }
  if ('sources' in value) {
    return { kind: 'merged', merged: checked(file, mergedSetDefinitionSchema, value) };
  }
  return { kind: 'dataset', dataset: checked(file, datasetDefinitionSchema, value) };
}

function checked<S extends v.GenericSchema>(file: string, schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new DefinitionError(file, v.getDotPath(issue) ?? '', issue.message);
}
