import { join } from 'node:path';
import { readHits } from '@hx4/core';
import { increment } from '../figures/index.js';
import type { QueryHarvest } from './readQueryHarvests.js';

/** Rights statements found in the harvested records. */
export interface RightsTally {
  records: number;
  recordsWithRights: number;
  /** Statement (usually a rightsstatements.org or Creative Commons URL) → records carrying it. */
  statements: Map<string, number>;
}

/** Record fields archives use for a rights statement (Europeana: `rights`, a list of URLs). */
const RIGHTS_FIELDS = ['rights', 'license', 'licence'] as const;

/**
 * Counts the rights statements of the cached raw records. Archive-neutral: it reads only top-level
 * `rights` / `license` / `licence` fields holding text or a list of texts, so an archive whose records
 * carry none simply reports none.
 */
export async function tallyRights(datasetDir: string, harvests: readonly QueryHarvest[]): Promise<RightsTally> {
  const tally: RightsTally = { records: 0, recordsWithRights: 0, statements: new Map() };
  for (const { slug } of harvests) {
    for await (const record of readHits(join(datasetDir, 'hits'), slug)) {
      tally.records++;
      const statements = rightsOf(record);
      if (statements.size > 0) tally.recordsWithRights++;
      for (const statement of statements) increment(tally.statements, statement);
    }
  }
  return tally;
}

function rightsOf(record: unknown): Set<string> {
  const statements = new Set<string>();
  if (typeof record !== 'object' || record === null) return statements;
  for (const field of RIGHTS_FIELDS) {
    const value = (record as Record<string, unknown>)[field];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string' && item.trim() !== '') statements.add(item.trim());
    }
  }
  return statements;
}
