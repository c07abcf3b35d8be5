import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { misfit } from '../adapter/misfit.js';
import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import { archiveRunSummarySchema } from '../dataset/runSummarySchemas.js';
import { SHARD_SUMMARY_JSON } from './shardLayout.js';

const positive = v.pipe(v.number(), v.integer(), v.minValue(1));

/** A shard's `shard-summary.json`: the parts it shares with a run summary, checked the same way. */
export const shardSummarySchema = v.object({
  ...v.pick(archiveRunSummarySchema, [
    'version',
    'hx4',
    'archive',
    'dataset',
    'settings',
    'hits',
    'images',
    'politeness',
    'timingsMs',
    'complete',
  ]).entries,
  kind: v.literal('shard'),
  shard: v.object({ index: positive, count: positive }),
  waitingFor: v.array(positive),
});

export type RecordedShardSummary = v.InferOutput<typeof shardSummarySchema>;

/** The shard folder's summary, or why there is none to trust: `missing`, or the file and its first wrong field. */
export async function readShardSummary(shard: DatasetLayout): Promise<RecordedShardSummary | { problem: string }> {
  const path = shard.file(SHARD_SUMMARY_JSON);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      return { problem: 'missing (never run, or killed before its first summary)' };
    return { problem: `${SHARD_SUMMARY_JSON} cannot be read: ${String(error)}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: `${SHARD_SUMMARY_JSON} is not valid JSON` };
  }
  const wrong = misfit(shardSummarySchema, parsed);
  if (wrong) return { problem: `${SHARD_SUMMARY_JSON} field "${wrong.at}" is ${wrong.received}, expected ${wrong.expected}` };
  return v.parse(shardSummarySchema, parsed);
}
